import Knowledge
import TestSupport
import Testing

@testable import Cards

/// Lint of a teacher's `kinds:`: a unit left with no presentation is an error at its fact.
@Suite("DeckLinter: kinds")
struct DeckLinterKindsTests {
  static func lint(_ yaml: String) throws -> [DeckDiagnostic] {
    DeckLinter.lint(try DeckLoader.load(yaml: yaml, file: PlanetsDeckText.file, deckID: "planets"))
  }

  /// Where the fact `id` starts in `yaml` (its `id:` key, after the dash).
  static func location(ofFact id: String, in yaml: String) throws -> (line: Int, column: Int) {
    let before = try #require(yaml.range(of: "- id: \(id)\n")).lowerBound
    let text = yaml[..<before]
    let line = text.filter { $0 == "\n" }.count + 1
    let lineStart = text.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    return (line, text[lineStart...].count + 3)
  }

  @Test("the planets deck, with kinds on the deck, a class and a relation, lints clean")
  func clean() throws {
    #expect(try Self.lint(PlanetsDeckText.yaml).isEmpty)
  }

  @Test(
    "a fact left with no kind it can be asked as is an error at the fact, saying what it could be")
  func forwardUnitWithoutPresentation() throws {
    let yaml = PlanetsDeckText.yaml.replacingOccurrences(
      of: "kinds: [select, recall, list]", with: "kinds: [list, select]")
    let diagnostics = try Self.lint(yaml)
    #expect(
      diagnostics.map(\.description) == [
        "planets.yaml:\(try Self.location(ofFact: "earth-moon", in: yaml).line):"
          + "\(try Self.location(ofFact: "earth-moon", in: yaml).column): error: fact 'earth-moon' "
          + "cannot be asked: none of the kinds of relation 'has-moon' (list, select) fits it; "
          + "it can be asked as truefalse, choice, cloze, recall"
      ])
  }

  @Test("a reverse unit left with no kind is an error that says how to turn reverse questions off")
  func reverseUnitWithoutPresentation() throws {
    let yaml = PlanetsDeckText.yaml.replacingOccurrences(
      of: "    tags: [types]\n", with: "    tags: [types]\n    kinds: [truefalse, cloze]\n")
    let errors = try Self.lint(yaml)
    #expect(errors.count == 3)
    #expect(errors.allSatisfy { $0.severity == .error })
    let first = try #require(errors.first)
    #expect(
      first.message
        == "fact 'mercury-type' cannot be asked back (unit planet-type.rocky.reverse): none of the "
        + "kinds of relation 'planet-type' (truefalse, cloze) fits it; it can be asked back as "
        + "choice, recall, or set 'reverse: false' on relation 'planet-type'")
    let mercury = try Self.location(ofFact: "mercury-type", in: yaml)
    #expect(first.location.line == mercury.line)
    #expect(first.location.column == mercury.column)
    #expect(errors.map { $0.message.prefix(26) }.contains("fact 'uranus-type' cannot "))
  }

  @Test("a fact that gives no card at all for its kinds has the error, not also the warning")
  func noDoubleReport() throws {
    let yaml = PlanetsDeckText.yaml.replacingOccurrences(
      of: "kinds: [choice]", with: "kinds: [list]")
    let diagnostics = try Self.lint(yaml)
    #expect(diagnostics.count == 1, "\(diagnostics)")
    #expect(diagnostics.first?.severity == .error)
    #expect(
      diagnostics.first?.message
        == "fact 'titan-planet' cannot be asked: none of the kinds of class 'moon' (list) fits it; "
        + "it can be asked as truefalse, choice, cloze, recall")
  }
}
