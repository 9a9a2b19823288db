import Testing

@testable import Knowledge

@Suite("YAMLReader")
struct YAMLReaderTests {
  @Test(
    "ids are lowercase letters, digits and '-', starting with a letter",
    arguments: [
      ("systemic-sclerosis", true), ("co2-laser", true), ("x", true), ("a1", true),
      ("", false), ("1abc", false), ("-abc", false), ("Abc", false), ("snake_case", false),
      ("with space", false), ("dotted.id", false), ("é", false),
      (String(repeating: "a", count: 80), true), (String(repeating: "a", count: 81), false),
    ])
  func identifiers(_ value: String, _ valid: Bool) {
    #expect(YAMLReader.isIdentifier(value) == valid)
  }

  @Test("trimming removes surrounding whitespace and newlines only")
  func trimming() {
    #expect("  a b \n".trimmingWhitespace == "a b")
    #expect("\t\n".trimmingWhitespace == "")
    #expect("ab".trimmingWhitespace == "ab")
  }
}
