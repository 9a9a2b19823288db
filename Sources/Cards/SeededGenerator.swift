/// A small deterministic random number generator (SplitMix64) seeded from text, so that option order and
/// distractor choice depend only on the deck, the card id and the session seed — never on the process.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  /// Seeds from a number and a text key (FNV-1a of the key's UTF-8, mixed with the number).
  init(seed: UInt64, key: String) {
    self.init(seed: seed, prefix: "", key: key)
  }

  /// Seeds as `init(seed:key:)` does with the key `prefix + key`, without building that text.
  init(seed: UInt64, prefix: StaticString, key: String) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let prefixBytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
    for byte in prefixBytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    func mix(_ bytes: some Sequence<UInt8>) {
      for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
      }
    }
    if key.utf8.withContiguousStorageIfAvailable({ mix($0) }) == nil { mix(key.utf8) }
    state = hash ^ (seed &* 0x9e37_79b9_7f4a_7c15)
  }

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
    return mixed ^ (mixed >> 31)
  }
}
