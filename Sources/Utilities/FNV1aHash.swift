/// The 64-bit FNV-1a hash: a stable hash of bytes, the same in every process and on every platform.
///
/// Swift's `Hasher` is seeded randomly per process, so it cannot seed anything that must be reproduced
/// later (the fuzz of a replayed review, the options of a card) nor name anything stored (imported card ids).
/// A value to feed byte by byte, or ``hash(_:)`` for a whole text.
public struct FNV1aHash: Sendable, Equatable {
  /// Inlinable: card generation hashes every word of every prompt with it.
  @usableFromInline var state: UInt64 = 0xCBF2_9CE4_8422_2325

  /// The hash of no bytes (the offset basis).
  @inlinable
  public init() {}

  /// The hash of the bytes added so far.
  @inlinable
  public var value: UInt64 { state }

  /// Adds one byte.
  @inlinable
  public mutating func add(_ byte: UInt8) {
    state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  /// Adds `bytes` in order.
  @inlinable
  public mutating func add(contentsOf bytes: some Sequence<UInt8>) {
    // Through a buffer when the bytes have one (a native string's UTF-8 view does): several times faster
    // than the view's iterator, and replay hashes a card id at every review (`IntervalFuzz`).
    let added: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      for byte in buffer { add(byte) }
    }
    if added == nil {
      for byte in bytes { add(byte) }
    }
  }

  /// The hash of the UTF-8 encoding of `text`.
  @inlinable
  public static func hash(_ text: String) -> UInt64 {
    var hash = FNV1aHash()
    hash.add(contentsOf: text.utf8)
    return hash.value
  }
}
