import Testing

@testable import ProgressCore

@Suite("JSON lines")
struct JSONLineTests {
  func parse(_ text: String) throws(JSONLine.ParseError) -> [String: JSONValue] {
    try JSONLine.parseObject(Array(text.utf8)[...])
  }

  @Test("writes keys in the order given and leaves out nil values")
  func encodesInOrder() {
    let line = JSONLine.encode(["t": .string("x"), "skip": nil, "n": .number(3), "b": .bool(true)])
    #expect(line == #"{"t":"x","n":3,"b":true}"#)
  }

  @Test("escapes quotes, backslashes and control characters so a line never breaks")
  func escapes() throws {
    let nasty = "a\"b\\c\nd\u{1B}[31me\u{7}f\u{2028}g é 😀"
    let line = JSONLine.encode(["s": .string(nasty)])
    #expect(!line.contains("\n"))
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
    #expect(try parse(line)["s"] == .string(nasty))
  }

  @Test(
    "a combining mark after an escaped character is kept, and the text between escapes is written whole",
    arguments: [
      "\"\u{301}x", "\n\u{301}", "é\"́\\̈", "plain text with no escape", "", "\"", "a\u{7F}\u{85}b",
    ])
  func escapesBesideMarks(text: String) throws {
    var out = ""
    JSONLine.appendString(text, to: &out)
    #expect(try parse("{\"s\":\(out)}")["s"] == .string(text))
    #expect(out.unicodeScalars.count >= text.unicodeScalars.count + 2)
  }

  @Test("parses nested values, numbers and literals")
  func parsesValues() throws {
    let object = try parse(#"{"a":[1,2.5,-3e2],"b":{"c":null},"d":false,"e":"\u00e9\ud83d\ude00"}"#)
    #expect(object["a"] == .array([.number(1), .number(2.5), .number(-300)]))
    #expect(object["b"] == .object(["c": .null]))
    #expect(object["d"] == .bool(false))
    #expect(object["e"] == .string("é😀"))
  }

  @Test(
    "reports where a line goes wrong",
    arguments: [
      (#"{"a":1"#, "unexpected end of line"),
      (#"{"a" 1}"#, "expected ':'"),
      (#"{"a":1} x"#, "unexpected text after the object"),
      (#"[1,2]"#, "a line must be a JSON object"),
      (#"{"a":tru}"#, "unknown word"),
      (#"{"a":"\q"}"#, "unknown escape"),
      ("{\"a\":\"\u{1}\"}", "control character inside a string"),
      (#"{a:1}"#, "expected a key in quotes"),
    ])
  func reportsErrors(text: String, message: String) {
    #expect(throws: JSONLine.ParseError.self) { try parse(text) }
    do {
      _ = try parse(text)
    } catch {
      #expect(error.message == message)
      #expect(error.column >= 1)
    }
  }

  @Test("rejects invalid UTF-8")
  func rejectsInvalidUTF8() {
    let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xff, 0xfe] + Array(#""}"#.utf8)
    #expect(throws: JSONLine.ParseError.self) { try JSONLine.parseObject(bytes[...]) }
  }
}
