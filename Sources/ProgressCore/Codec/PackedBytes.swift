/// Up to 16 bytes packed into two integers, first byte lowest, so that the short keys and type names of an
/// event line are matched with a `switch` on integers, with no `String` made.
package struct PackedBytes: Hashable {
  /// Bytes 0 to 7.
  var low: UInt64 = 0
  /// Bytes 8 to 15.
  var high: UInt64 = 0
  /// How many bytes.
  var count = 0

  /// The longest byte sequence that can be packed.
  package static let capacity = 16

  /// Packs `bytes`; nil if there are more than 16 of them.
  package init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= Self.capacity else { return nil }
    count = bytes.count
    for index in 0..<min(count, 8) {
      low |= UInt64(bytes[index]) &<< (UInt64(truncatingIfNeeded: index) &* 8)
    }
    for index in min(count, 8)..<count {
      high |= UInt64(bytes[index]) &<< (UInt64(truncatingIfNeeded: index &- 8) &* 8)
    }
  }

  /// Packs the bytes of `line` from `start` up to the next quote, eight at a time; returns them with the
  /// quote's index, or nil when there is no quote within 16 bytes (no key or type this module knows is
  /// that long).
  package static func quoted(
    in line: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> (packed: PackedBytes, quote: Int)? {
    guard start + 16 <= line.count else {
      // Near the end of the line: byte by byte.
      var end = start
      while end < line.count, line[end] != UInt8(ascii: "\"") { end += 1 }
      guard end < line.count,
        let packed = PackedBytes(UnsafeBufferPointer(rebasing: line[start..<end]))
      else { return nil }
      return (packed, end)
    }
    let raw = UnsafeRawBufferPointer(line)
    let first = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
    if let found = SWAR.firstQuote(in: first) {
      return (PackedBytes(low: SWAR.keep(found, of: first), high: 0, count: found), start + found)
    }
    let second = raw.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)
    if let found = SWAR.firstQuote(in: second) {
      let packed = PackedBytes(low: first, high: SWAR.keep(found, of: second), count: 8 + found)
      return (packed, start + 8 + found)
    }
    return nil
  }

  /// Packs `line[range]`, eight bytes at a time where the line has them; nil if longer than 16 bytes.
  package static func packed(in line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> PackedBytes?
  {
    let count = range.count
    guard count <= capacity else { return nil }
    guard range.lowerBound &+ 16 <= line.count else {
      return PackedBytes(UnsafeBufferPointer(rebasing: line[range]))
    }
    let raw = UnsafeRawBufferPointer(line)
    let first = raw.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self)
    guard count > 8 else {
      return PackedBytes(low: SWAR.keep(count, of: first), high: 0, count: count)
    }
    let second = raw.loadUnaligned(fromByteOffset: range.lowerBound &+ 8, as: UInt64.self)
    let high = SWAR.keep(count &- 8, of: second)
    return PackedBytes(low: first, high: high, count: count)
  }

  /// A value equal to no packed bytes.
  static let none = PackedBytes(low: 0, high: 0, count: -1)

  /// A well-mixed hash of the bytes.
  var hash: UInt64 {
    var hash = (low ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15
    hash = (hash ^ high ^ (hash &>> 32)) &* 0xBF58_476D_1CE4_E5B9
    return hash ^ (hash &>> 29)
  }

  private init(low: UInt64, high: UInt64, count: Int) {
    self.low = low
    self.high = high
    self.count = count
  }
}
