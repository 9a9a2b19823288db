/// Byte tests on eight bytes at once ("SIMD within a register"), for the scanner of event lines; bytes are
/// loaded first byte lowest.
package enum SWAR {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The high bit set in each byte of `word` that is zero. Only the lowest flag is exact (a borrow may flag
  /// bytes above a true zero), which is all the callers use.
  @inline(__always)
  static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highBits }

  /// The high bit set in each byte below `limit` (at most 128); only the lowest flag is exact.
  @inline(__always)
  static func bytesBelow(_ limit: UInt8, in word: UInt64) -> UInt64 {
    (word &- ones &* UInt64(limit)) & ~word & highBits
  }

  /// The index (0 to 7) of the first quote in `word`, if any.
  @inline(__always)
  package static func firstQuote(in word: UInt64) -> Int? {
    let flags = zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
    return flags == 0 ? nil : flags.trailingZeroBitCount &>> 3
  }

  /// The index of the first byte of `word` that may end or complicate a plain string: a quote, a backslash,
  /// a control character or a non-ASCII byte; nil if there is none.
  @inline(__always)
  package static func firstSpecial(in word: UInt64) -> Int? {
    let flags =
      zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
      | zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\\")))) | bytesBelow(0x20, in: word)
      | (word & highBits)
    return flags == 0 ? nil : flags.trailingZeroBitCount &>> 3
  }

  /// The first `count` bytes of `word` (0 to 8), the others zeroed.
  @inline(__always)
  package static func keep(_ count: Int, of word: UInt64) -> UInt64 {
    count >= 8 ? word : word & ((1 &<< (UInt64(truncatingIfNeeded: count) &* 8)) &- 1)
  }
}
