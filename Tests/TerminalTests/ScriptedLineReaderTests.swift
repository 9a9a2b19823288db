import Terminal
import Testing

@Suite("ScriptedLineReader")
struct ScriptedLineReaderTests {
  @Test("returns the script in order, then end of input for ever")
  func replaysScriptThenEndOfInput() {
    var reader = ScriptedLineReader([.line("b"), .interrupted, .line("")])
    #expect(reader.readLine(prompt: "> ") == .line("b"))
    #expect(reader.readLine(prompt: "> ") == .interrupted)
    #expect(reader.readLine(prompt: "> ") == .line(""))
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
  }

  @Test("lines: wraps each string as a line")
  func linesInitialiser() {
    var reader = ScriptedLineReader(lines: ["one", "two"])
    #expect(reader.remaining == [.line("one"), .line("two")])
    #expect(reader.readLine(prompt: "") == .line("one"))
    #expect(reader.remaining == [.line("two")])
    #expect(reader.readLine(prompt: "") == .line("two"))
    #expect(reader.remaining.isEmpty)
    #expect(reader.readLine(prompt: "") == .endOfInput)
  }

  @Test("records every prompt it was shown, including after the script ends")
  func recordsPrompts() {
    var reader = ScriptedLineReader(lines: ["42"])
    _ = reader.readLine(prompt: "Q1> ")
    _ = reader.readLine(prompt: "Q2> ")
    #expect(reader.prompts == ["Q1> ", "Q2> "])
  }

  @Test("records history additions exactly as given")
  func recordsHistory() {
    var reader = ScriptedLineReader([])
    reader.addToHistory(":stats")
    reader.addToHistory(":stats")
    reader.addToHistory("")
    #expect(reader.history == [":stats", ":stats", ""])
  }

  @Test("works through the LineReader protocol")
  func usableAsExistential() {
    var reader: any LineReader = ScriptedLineReader(lines: ["x"])
    #expect(reader.readLine(prompt: "> ") == .line("x"))
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
  }
}
