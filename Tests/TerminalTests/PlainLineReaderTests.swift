import Testing

@testable import Terminal

@Suite("PlainLineReader")
struct PlainLineReaderTests {
  /// A plain reader over `lines`, with everything it writes collected in `written`.
  final class Harness {
    var lines: [String]
    var written: [String] = []
    init(_ lines: [String]) { self.lines = lines }

    func reader() -> PlainLineReader {
      PlainLineReader(
        readInput: { self.lines.isEmpty ? nil : self.lines.removeFirst() },
        writeOutput: { self.written.append($0) })
    }
  }

  @Test("writes the prompt, returns each line, then end of input")
  func readsLinesThenEndOfInput() {
    let harness = Harness(["first", ""])
    var reader = harness.reader()
    #expect(reader.readLine(prompt: "> ") == .line("first"))
    #expect(reader.readLine(prompt: "> ") == .line(""))
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
    #expect(harness.written == ["> ", "> ", "> "])
  }

  @Test("drops a carriage return left by a Windows line ending")
  func dropsCarriageReturn() {
    var reader = Harness(["answer\r"]).reader()
    #expect(reader.readLine(prompt: "") == .line("answer"))
  }

  @Test(
    "prompts lose escape codes and readline's invisible markers",
    arguments: [
      ("plain> ", "plain> "),
      ("\u{01}\u{1B}[1;32m\u{02}Q3\u{01}\u{1B}[0m\u{02}> ", "Q3> "),
      ("\u{1B}[31mred\u{1B}[0m ", "red "),
      ("\u{1B}7saved\u{1B}8", "saved"),
      ("ümlaut → ", "ümlaut → "),
    ])
  func stripsEscapeCodes(prompt: String, visible: String) {
    #expect(PlainLineReader.visibleText(of: prompt) == visible)
    let harness = Harness(["x"])
    var reader = harness.reader()
    _ = reader.readLine(prompt: prompt)
    #expect(harness.written == [visible])
  }

  @Test("an empty prompt writes nothing")
  func emptyPromptWritesNothing() {
    let harness = Harness(["x"])
    var reader = harness.reader()
    _ = reader.readLine(prompt: "\u{01}\u{1B}[0m\u{02}")
    #expect(harness.written.isEmpty)
  }

  @Test("history is a no-op")
  func historyIsNoOp() {
    let harness = Harness([])
    var reader = harness.reader()
    reader.addToHistory("anything")
    #expect(reader.readLine(prompt: "") == .endOfInput)
    #expect(harness.written.isEmpty)
  }
}
