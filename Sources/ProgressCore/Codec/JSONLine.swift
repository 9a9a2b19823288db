/// Reads and writes the JSON objects of a progress file, one per line.
///
/// A small purpose-built codec: it parses one line of UTF-8 bytes into a `[String: JSONValue]` without
/// Foundation, which keeps replaying a million-event file fast, and writes keys in the order given so that
/// files read well (`t` first).
public enum JSONLine {
  /// Why a line is not a JSON object.
  public struct ParseError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// 1-based byte column where it went wrong.
    public var column: Int
  }

  /// Parses one line (without its newline) into an object.
  public static func parseObject(_ bytes: ArraySlice<UInt8>) throws(ParseError) -> [String:
    JSONValue]
  {
    var parser = Parser(bytes: bytes)
    parser.skipSpace()
    guard case .object(let object) = try parser.value() else {
      throw ParseError(message: "a line must be a JSON object", column: 1)
    }
    parser.skipSpace()
    guard parser.atEnd else { throw parser.error("unexpected text after the object") }
    return object
  }

  /// Writes an object with keys in the given order; nil values are left out.
  public static func encode(_ fields: KeyValuePairs<String, JSONValue?>) -> String {
    var out = "{"
    var first = true
    for (key, value) in fields {
      guard let value else { continue }
      if !first { out += "," }
      first = false
      appendString(key, to: &out)
      out += ":"
      append(value, to: &out)
    }
    return out + "}"
  }

  static func append(_ value: JSONValue, to out: inout String) {
    switch value {
    case .string(let text): appendString(text, to: &out)
    case .number(let number):
      if number.rounded() == number, abs(number) < 1e15 {
        out += String(Int64(number))
      } else {
        out += number.isFinite ? "\(number)" : "null"
      }
    case .bool(let flag): out += flag ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        append(item, to: &out)
      }
      out += "]"
    case .object(let object):
      out += "{"
      for (index, key) in object.keys.sorted().enumerated() {
        if index > 0 { out += "," }
        appendString(key, to: &out)
        out += ":"
        if let item = object[key] { append(item, to: &out) }
      }
      out += "}"
    }
  }

  /// Escapes quotes, backslashes and every control character, so a line never contains a raw newline.
  /// (The reports' JSON writes its strings with it too.)
  package static func appendString(_ text: String, to out: inout String) {
    out += "\""
    // Text between two characters that need escaping is copied as one piece, not scalar by scalar.
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    for index in scalars.indices {
      let escaped: String
      switch scalars[index] {
      case "\"": escaped = "\\\""
      case "\\": escaped = "\\\\"
      case "\n": escaped = "\\n"
      case "\r": escaped = "\\r"
      case "\t": escaped = "\\t"
      case let scalar
      where scalar.value < 0x20 || scalar.value == 0x7f || (0x80..<0xa0).contains(scalar.value)
        || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: continue
      }
      // Sliced by scalars: a mark after a quote is not a character boundary, and must not be lost.
      out += Substring(scalars[start..<index])
      out += escaped
      start = scalars.index(after: index)
    }
    out += Substring(scalars[start...])
    out += "\""
  }
}
