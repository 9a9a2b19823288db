/// The recursive-descent parser behind `JSONLine.parseObject`.
extension JSONLine {
  struct Parser {
    let bytes: ArraySlice<UInt8>
    var index: Int
    var depth = 0

    init(bytes: ArraySlice<UInt8>) {
      self.bytes = bytes
      index = bytes.startIndex
    }

    var atEnd: Bool { index >= bytes.endIndex }

    func error(_ message: String) -> ParseError {
      ParseError(message: message, column: index - bytes.startIndex + 1)
    }

    mutating func skipSpace() {
      while index < bytes.endIndex, [32, 9, 13].contains(bytes[index]) { index += 1 }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(ParseError) {
      skipSpace()
      guard index < bytes.endIndex, bytes[index] == byte else { throw error("expected \(what)") }
      index += 1
    }

    mutating func value() throws(ParseError) -> JSONValue {
      skipSpace()
      guard index < bytes.endIndex else { throw error("unexpected end of line") }
      switch bytes[index] {
      case UInt8(ascii: "{"): return try object()
      case UInt8(ascii: "["): return try array()
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): return try literal("true", .bool(true))
      case UInt8(ascii: "f"): return try literal("false", .bool(false))
      case UInt8(ascii: "n"): return try literal("null", .null)
      default: return .number(try number())
      }
    }

    mutating func literal(_ word: StaticString, _ value: JSONValue) throws(ParseError) -> JSONValue
    {
      let count = word.utf8CodeUnitCount
      guard index + count <= bytes.endIndex else { throw error("unexpected end of line") }
      let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
      guard bytes[index..<index + count].elementsEqual(expected) else {
        throw error("unknown word")
      }
      index += count
      return value
    }

    mutating func object() throws(ParseError) -> JSONValue {
      depth += 1
      guard depth < 32 else { throw error("nested too deeply") }
      defer { depth -= 1 }
      index += 1
      var result: [String: JSONValue] = [:]
      skipSpace()
      if index < bytes.endIndex, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(result)
      }
      while true {
        skipSpace()
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else {
          throw error("expected a key in quotes")
        }
        let key = try string()
        try expect(UInt8(ascii: ":"), "':'")
        result[key] = try value()
        skipSpace()
        guard index < bytes.endIndex else { throw error("unexpected end of line") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
        } else if bytes[index] == UInt8(ascii: "}") {
          index += 1
          return .object(result)
        } else {
          throw error("expected ',' or '}'")
        }
      }
    }

    mutating func array() throws(ParseError) -> JSONValue {
      depth += 1
      guard depth < 32 else { throw error("nested too deeply") }
      defer { depth -= 1 }
      index += 1
      var items: [JSONValue] = []
      skipSpace()
      if index < bytes.endIndex, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      while true {
        items.append(try value())
        skipSpace()
        guard index < bytes.endIndex else { throw error("unexpected end of line") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
        } else if bytes[index] == UInt8(ascii: "]") {
          index += 1
          return .array(items)
        } else {
          throw error("expected ',' or ']'")
        }
      }
    }
  }
}
