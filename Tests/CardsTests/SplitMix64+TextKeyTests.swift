import Testing
import Utilities

@testable import Cards

@Suite("SplitMix64 seeded from text")
struct SplitMix64TextKeyTests {
  private func draws(_ seed: UInt64, _ key: String) -> [UInt64] {
    var generator = SplitMix64(seed: seed, key: key)
    return (0..<5).map { _ in generator.next() }
  }

  @Test("the same seed and key give the same numbers; another seed or key, others")
  func deterministic() {
    #expect(draws(1, "ssc-sites.choice.forward") == draws(1, "ssc-sites.choice.forward"))
    #expect(draws(1, "ssc-sites.choice.forward") != draws(2, "ssc-sites.choice.forward"))
    #expect(draws(1, "ssc-sites.choice.forward") != draws(1, "crest-sites.choice.forward"))
  }

  @Test("a prefix seeds as if it were written before the key")
  func prefix() {
    var joined = SplitMix64(seed: 3, key: "order/ssc-sites.choice.forward")
    var prefixed = SplitMix64(seed: 3, prefix: "order/", key: "ssc-sites.choice.forward")
    #expect((0..<5).map { _ in joined.next() } == (0..<5).map { _ in prefixed.next() })
  }

  // Option order and distractors of every deck ever exported depend on these numbers: they must not move.
  @Test(
    "the state is FNV-1a of the key mixed with the seed, as card generation has always seeded it",
    arguments: [
      (0, "ssc-sites.choice.forward", [0x26EE_0FD6_B4E9_7D6A, 0x3151_2FB3_F2A4_EF48] as [UInt64]),
      (3, "order/ssc-sites.choice.forward", [0x0BC1_962C_DBBB_5A8F, 0x9211_24CF_DF58_5128]),
    ])
  func fixedSequence(seed: UInt64, key: String, expected: [UInt64]) {
    var generator = SplitMix64(seed: seed, key: key)
    #expect([generator.next(), generator.next()] == expected)
  }
}
