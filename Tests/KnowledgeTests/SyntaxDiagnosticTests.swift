import TestSupport
import Testing

@testable import Knowledge

/// What a teacher sees when a deck file is not one YAML document: one error at file:line:column, where the
/// mistake most likely is, in words about the lines they wrote rather than libyaml's grammar.
@Suite("SyntaxDiagnostic")
struct SyntaxDiagnosticTests {
  /// The syntax error loading `yaml` gives.
  static func syntaxError(_ yaml: String) -> DeckDiagnostic? {
    do {
      _ = try DeckLoader.diagnose(yaml: yaml, file: SyntheticDeck.file, deckID: SyntheticDeck.id)
    } catch {
      if case .syntax(let diagnostic) = error { return diagnostic }
    }
    return nil
  }

  @Test("a YAML syntax error is located at the offending character")
  func syntaxError() throws {
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "name: dermatomyositis", with: "name: dermato: myositis")
    let expected = try #require(SyntheticDeck.position(of: ": myositis", in: yaml))
    let error = #expect(throws: KnowledgeError.self) { try SyntheticDeck.load(yaml) }
    guard case .syntax(let diagnostic) = error else {
      Issue.record("expected a syntax error, got \(String(describing: error))")
      return
    }
    #expect(
      diagnostic.message
        == "the value after the key contains ': ', which YAML reads as a second key; put the whole value"
        + " in double quotes")
    #expect(diagnostic.location.file == "synthetic.yaml")
    #expect(diagnostic.location.line == expected.line)
    #expect(diagnostic.location.column == expected.column)
  }

  @Test("an unclosed flow list is a syntax error on its line or after it")
  func unclosedList() throws {
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "aliases: [SSc, scleroderma]", with: "aliases: [SSc, scleroderma")
    let opened = try #require(SyntheticDeck.position(of: "[SSc", in: yaml))
    let error = #expect(throws: KnowledgeError.self) { try SyntheticDeck.load(yaml) }
    guard case .syntax(let diagnostic) = error else {
      Issue.record("expected a syntax error, got \(String(describing: error))")
      return
    }
    #expect(diagnostic.location.line >= opened.line)
    #expect(diagnostic.location.line <= opened.line + 2)
  }

  @Test("a duplicate entity id is reported at its second occurrence, naming the first")
  func duplicateMappingKey() throws {
    let duplicate = "gout:\n    class: disease\n    name: gout again\n"
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "  scleredema:\n", with: "  " + duplicate + "  scleredema:\n")
    let first = try #require(SyntheticDeck.position(of: "gout:\n    class: disease", in: yaml))
    let second = try #require(SyntheticDeck.position(of: duplicate, in: yaml))
    #expect(first.line < second.line)
    let error = #expect(throws: KnowledgeError.self) { try SyntheticDeck.load(yaml) }
    let diagnostic = try #require(error?.diagnostics.first)
    #expect(diagnostic.message.contains("duplicate key 'gout' (first at line \(first.line))"))
    #expect(diagnostic.location.line == second.line)
    #expect(diagnostic.location.column == second.column)
    #expect(throws: KnowledgeError.self) {
      try DeckLoader.diagnose(yaml: yaml, file: SyntheticDeck.file, deckID: SyntheticDeck.id)
    }
  }

  @Test("a duplicate key inside an entity is reported at its second occurrence")
  func duplicateFieldKey() throws {
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "    name: warfarin\n", with: "    name: warfarin\n    name: coumarin\n")
    let second = try #require(SyntheticDeck.position(of: "name: coumarin", in: yaml))
    let error = #expect(throws: KnowledgeError.self) { try SyntheticDeck.load(yaml) }
    let diagnostic = try #require(error?.diagnostics.first)
    #expect(diagnostic.message.contains("duplicate key 'name'"))
    #expect(diagnostic.location.line == second.line)
    #expect(diagnostic.location.column == second.column)
  }

  @Test("a tab where indentation belongs is an error at the tab")
  func tab() {
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "  title: Synthetic calcinosis\n", with: "\ttitle: Synthetic calcinosis\n")
    let line = SyntheticDeck.position(of: "\ttitle", in: yaml)?.line ?? 0
    #expect(
      Self.syntaxError(yaml)?.description
        == "synthetic.yaml:\(line):1: error: this line is indented with a tab; indent with spaces only"
    )
  }

  @Test("a second document is an error where it starts")
  func secondDocument() {
    let yaml = SyntheticDeck.yaml + "---\nmore: 1\n"
    let line = SyntheticDeck.position(of: "---", in: yaml)?.line ?? 0
    #expect(
      Self.syntaxError(yaml)?.description
        == "synthetic.yaml:\(line):1: error: '---' starts a second document, and a deck file holds one;"
        + " remove the line")
  }

  @Test("an alias whose anchor is not declared before it is an error at the alias")
  func undefinedAlias() throws {
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "aliases: [SSc, scleroderma]", with: "aliases: *ssc")
    let at = try #require(SyntheticDeck.position(of: "*ssc", in: yaml))
    #expect(
      Self.syntaxError(yaml)?.description
        == "synthetic.yaml:\(at.line):\(at.column): error: YAML reads a value starting with '*' as a"
        + " reference to an '&' anchor, and there is none; put the whole value in double quotes")
  }

  @Test("an alias reads as the value its anchor names")
  func alias() throws {
    let yaml = SyntheticDeck.yaml
      .replacingOccurrences(
        of: "aliases: [SSc, scleroderma]", with: "aliases: &ssc [SSc, scleroderma]"
      )
      .replacingOccurrences(of: "aliases: [CREST]", with: "aliases: *ssc")
    let (deck, _) = try DeckLoader.diagnose(
      yaml: yaml, file: SyntheticDeck.file, deckID: SyntheticDeck.id)
    #expect(deck?.entity("crest")?.aliases == ["SSc", "scleroderma"])
  }

  @Test("a byte-order mark at the start of a quoted text is dropped, as Foundation decodes it")
  func byteOrderMark() throws {
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "title: Synthetic calcinosis", with: "title: \"\u{FEFF}Synthetic calcinosis\"")
    #expect(try SyntheticDeck.load(yaml).title == "Synthetic calcinosis")
  }

  @Test(
    "a character libyaml cannot read is an error at its own line and column, whatever the line ends",
    arguments: [
      ("deck:\n  title: a\u{1}b\n", 2, 11), ("a: b\r\n\u{1}: c\r\n", 2, 1),
      ("a: e\u{301}\r\nb: x\u{2}\n", 2, 5), ("\u{1}", 1, 1),
    ])
  func unreadableCharacter(_ yaml: String, _ line: Int, _ column: Int) {
    #expect(
      Self.syntaxError(yaml)?.description
        == "synthetic.yaml:\(line):\(column): error: unreadable text: control characters are not allowed"
    )
  }

  @Test("a duplicate key that is not text is reported where it first occurs")
  func duplicateComplexKey() {
    #expect(
      Self.syntaxError("? [a, b]\n: 1\n? [a, b]\n: 2\n")?.description
        == "synthetic.yaml:1:3: error: duplicate key '<a mapping or list>' (first at line 1); ids must"
        + " be unique")
  }
}
