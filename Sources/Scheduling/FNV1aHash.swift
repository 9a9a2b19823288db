/// The 64-bit FNV-1a hash: a stable hash of bytes, the same in every process and on every platform.
///
/// Swift's `Hasher` is seeded randomly per process, so it cannot seed anything that must be
/// reproduced later, such as the fuzz of a replayed review.
enum FNV1aHash {
  private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// The hash of the UTF-8 encoding of `text`.
  static func hash(_ text: String) -> UInt64 {
    text.utf8.reduce(offsetBasis) { hash, byte in (hash ^ UInt64(byte)) &* prime }
  }
}
