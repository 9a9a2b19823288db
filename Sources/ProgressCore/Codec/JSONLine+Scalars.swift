/// Strings and numbers.
extension JSONLine.Parser {
  mutating func string() throws(JSONLine.ParseError) -> String {
    index += 1
    let start = index
    // Fast path: no escapes.
    while index < bytes.endIndex, bytes[index] != UInt8(ascii: "\""),
      bytes[index] != UInt8(ascii: "\\")
    {
      guard bytes[index] >= 0x20 else { throw error("control character inside a string") }
      index += 1
    }
    guard index < bytes.endIndex else { throw error("unterminated string") }
    if bytes[index] == UInt8(ascii: "\"") {
      defer { index += 1 }
      return try decode(bytes[start..<index])
    }
    var buffer = Array(bytes[start..<index])
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return try decode(buffer[...])
      }
      guard byte >= 0x20 else { throw error("control character inside a string") }
      if byte != UInt8(ascii: "\\") {
        buffer.append(byte)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.endIndex else { throw error("unterminated escape") }
      let escaped = bytes[index]
      index += 1
      switch escaped {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escaped)
      case UInt8(ascii: "n"): buffer.append(10)
      case UInt8(ascii: "r"): buffer.append(13)
      case UInt8(ascii: "t"): buffer.append(9)
      case UInt8(ascii: "b"): buffer.append(8)
      case UInt8(ascii: "f"): buffer.append(12)
      case UInt8(ascii: "u"):
        var scalarValue = try hex4()
        if (0xD800..<0xDC00).contains(scalarValue) {
          guard index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          else { throw error("unpaired surrogate") }
          index += 2
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
          scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { throw error("invalid \\u escape") }
        buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
      default: throw error("unknown escape")
      }
    }
    throw error("unterminated string")
  }

  private mutating func hex4() throws(JSONLine.ParseError) -> UInt32 {
    guard index + 4 <= bytes.endIndex else { throw error("short \\u escape") }
    var value: UInt32 = 0
    for byte in bytes[index..<index + 4] {
      let digit: UInt8
      switch byte {
      case 48...57: digit = byte - 48
      case 65...70: digit = byte - 55
      case 97...102: digit = byte - 87
      default: throw error("bad hex digit in \\u escape")
      }
      value = value * 16 + UInt32(digit)
    }
    index += 4
    return value
  }

  private func decode(_ slice: ArraySlice<UInt8>) throws(JSONLine.ParseError) -> String {
    guard let text = String(validating: slice, as: UTF8.self) else { throw error("invalid UTF-8") }
    return text
  }

  mutating func number() throws(JSONLine.ParseError) -> Double {
    let start = index
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") { index += 1 }
    var isInteger = true
    var integer: Int64 = 0
    var digits = 0
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte >= 48, byte <= 57 {
        if digits < 17 { integer = integer * 10 + Int64(byte - 48) }
        digits += 1
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
      {
        isInteger = false
      } else {
        break
      }
      index += 1
    }
    guard digits > 0 else { throw error("expected a value") }
    if isInteger, digits < 17 {
      return Double(bytes[start] == UInt8(ascii: "-") ? -integer : integer)
    }
    guard let text = String(validating: bytes[start..<index], as: UTF8.self),
      let value = Double(text)
    else { throw error("bad number") }
    return value
  }
}
