import Testing

@testable import Knowledge

@Suite("KnowledgeError")
struct KnowledgeErrorTests {
  private func error(_ line: Int, _ message: String) -> DeckDiagnostic {
    DeckDiagnostic(.error, at: SourceLocation(file: "d.yaml", line: line, column: 3), message)
  }

  @Test("a diagnostic reads like a compiler message: file:line:column: severity: message")
  func diagnosticDescription() {
    #expect(error(12, "unknown class 'x'").description == "d.yaml:12:3: error: unknown class 'x'")
    let warning = DeckDiagnostic(
      .warning, at: SourceLocation(file: "d.yaml", line: 1, column: 1), "w")
    #expect(warning.description == "d.yaml:1:1: warning: w")
    #expect(DeckDiagnostic.Severity.error < .warning)
    #expect(!(DeckDiagnostic.Severity.warning < .error))
  }

  @Test("a single error is described as itself")
  func oneError() {
    let single = KnowledgeError.invalid([error(4, "bad")])
    #expect(single.description == "d.yaml:4:3: error: bad")
    #expect(
      KnowledgeError.syntax(error(2, "YAML syntax: x")).description
        == "d.yaml:2:3: error: YAML syntax: x")
  }

  @Test("several errors are described by the first and a count of the rest")
  func severalErrors() {
    let several = KnowledgeError.invalid([error(4, "bad"), error(9, "worse"), error(11, "worst")])
    #expect(
      several.description == "d.yaml:4:3: error: bad (and 2 more; run `recall deck lint` for all)")
    #expect(several.diagnostics.count == 3)
  }

  @Test("warnings are not counted as errors in the description")
  func warningsIgnored() {
    let warning = DeckDiagnostic(
      .warning, at: SourceLocation(file: "d.yaml", line: 1, column: 1), "w")
    #expect(
      KnowledgeError.invalid([warning, error(4, "bad")]).description == "d.yaml:4:3: error: bad")
    #expect(KnowledgeError.invalid([]).description == "the deck is invalid")
  }
}
