import Utilities

/// The generator of a card: seeded from text, so that option order and distractor choice depend only on the
/// deck, the card id and the session seed, never on the process.
extension SplitMix64 {
  /// Seeds from a number and a text key: the FNV-1a hash of the key's UTF-8, mixed with the number.
  init(seed: UInt64, key: String) {
    self.init(seed: seed, prefix: "", key: key)
  }

  /// Seeds as `init(seed:key:)` does with the key `prefix + key`, without building that text.
  init(seed: UInt64, prefix: StaticString, key: String) {
    var hash = FNV1aHash()
    hash.add(
      contentsOf: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
    if key.utf8.withContiguousStorageIfAvailable({ hash.add(contentsOf: $0) }) == nil {
      hash.add(contentsOf: key.utf8)
    }
    self.init(seed: hash.value ^ (seed &* 0x9E37_79B9_7F4A_7C15))
  }
}
