import Testing
import Utilities

@Suite("SplitMix64")
struct SplitMix64Tests {
  @Test("seed 0 gives the reference SplitMix64 sequence")
  func referenceSequence() {
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(generator.next() == 0x06C4_5D18_8009_454F)
  }

  @Test("unit-interval doubles lie in [0, 1)", arguments: [0, 1, 42, UInt64.max])
  func unitInterval(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<1000 {
      let value = generator.nextUnitInterval()
      #expect(value >= 0 && value < 1)
    }
  }
}
