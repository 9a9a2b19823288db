import Foundation
import TestSupport
import Testing

@testable import Knowledge

/// One edit of the planets deck with cases and the one error it must give, where the mistake is written.
enum CaseMistake {
  static func mistake(
    _ name: String, _ original: String, _ replacement: String, message: String, pointsAt: String
  ) -> BrokenDeck {
    BrokenDeck(
      name: name, original: original, replacement: replacement, message: message,
      pointsAt: pointsAt, base: PlanetsCasesDeckText.yaml)
  }

  static let all: [BrokenDeck] = [
    mistake(
      "an unknown key in a case", "    answer: mars\n", "    answer: mars\n    colour: red\n",
      message: "unknown key 'colour' in a case (known keys: ", pointsAt: "colour"),
    mistake(
      "an unknown key in a case template", "    question: Which planet is it?\n    tags",
      "    question: Which planet is it?\n    level: easy\n    tags",
      message: "unknown key 'level' in a case template", pointsAt: "level"),
    mistake(
      "a misspelt placeholder in a finding, with the one it may use suggested",
      "It belongs to the {object}s.", "It belongs to the {objet}s.",
      message: "unknown placeholder {objet} in the finding 'planet-type' of case template "
        + "'which-planet'; did you mean {object}?",
      pointsAt: "{objet}"),
    mistake(
      "a finding that names the case's own entity", "\"{object} orbits it.\"",
      "\"{object} orbits {subject}.\"",
      message: "the finding 'has-moon' of case template 'which-planet' cannot use {subject}: it is "
        + "the case's own entity",
      pointsAt: "{subject}.\""),
    mistake(
      "a finding without the other side's placeholder", "It belongs to the {object}s.",
      "It is a planet.",
      message: "the finding 'planet-type' of case template 'which-planet' must contain {object}",
      pointsAt: "It is a planet."),
    mistake(
      "a placeholder in a hand-written stem", "one of them Phobos", "one of them {moon}",
      message: "the stem of case 'red-planet' has {moon}, but nothing is filled in there",
      pointsAt: "{moon}"),
    mistake(
      "a placeholder in a template's question", "    question: Which planet is it?\n    tags",
      "    question: Which {class} is it?\n    tags",
      message: "the question of case template 'which-planet' has {class}", pointsAt: "{class}"),
    mistake(
      "a misspelt relation in the findings, with the closest suggested",
      "      has-moon: \"{object}",
      "      has-moons: \"{object}",
      message: "unknown relation 'has-moons' in a finding of case template 'which-planet'; did you "
        + "mean 'has-moon'?",
      pointsAt: "has-moons"),
    mistake(
      "an unknown class in a template", "    class: planet\n    opening",
      "    class: planets\n    opening",
      message: "unknown class 'planets' in the class of case template 'which-planet'; did you mean "
        + "'planet'?",
      pointsAt: "planets\n    opening"),
    mistake(
      "an unknown entity as an answer", "    answer: mars\n", "    answer: marz\n",
      message: "unknown entity 'marz' in the answer of case 'red-planet'; did you mean 'mars'?",
      pointsAt: "marz"),
    mistake(
      "an unknown fact among the findings", "findings: [mars-type, mars-moons]",
      "findings: [mars-type, mars-moon]",
      message: "unknown fact 'mars-moon' in the findings of case 'red-planet'; did you mean "
        + "'mars-moons'?",
      pointsAt: "mars-moon]"),
    mistake(
      "a quantity among the findings", "findings: [mars-type, mars-moons]",
      "findings: [mars-type, planet-count]",
      message:
        "'planet-count' in the findings of case 'red-planet' is a quantity, card or case, not "
        + "a fact",
      pointsAt: "planet-count]"),
    mistake(
      "fewer than three wrong options", "wrong: [earth, jupiter, uranus]",
      "wrong: [earth, jupiter]",
      message: "case 'red-planet' needs at least 3 wrong options", pointsAt: "[earth, jupiter]"),
    mistake(
      "the answer among the wrong options", "wrong: [earth, jupiter, uranus]",
      "wrong: [earth, jupiter, mars]",
      message: "the answer of case 'red-planet' is also among its wrong options", pointsAt: "mars]"),
    mistake(
      "given without via", "    via: has-moon\n", "",
      message: "case 'jupiter-moon' has 'given' but no 'via'", pointsAt: "jupiter\n    answer"),
    mistake(
      "a diagnosis case without findings", "    findings: [mars-type, mars-moons]\n", "",
      message: "case 'red-planet' needs 'findings'", pointsAt: "id: red-planet"),
    mistake(
      "a case id that a fact already has", "  - id: red-planet", "  - id: mars-type",
      message: "duplicate id 'mars-type'", pointsAt: "id: mars-type\n    stem"),
    mistake(
      "a source on an item that says it is no teacher's note",
      "    teacher-note: true\n    source: A teacher's atlas",
      "    teacher-note: false\n    source: A teacher's atlas",
      message: "fact 'earth-moon' has a 'source' but 'teacher-note: false'",
      pointsAt: "A teacher's atlas"),
    mistake(
      "a case without a question", "    question: Which of these moons can it photograph there?\n",
      "",
      message: "a case needs 'question'", pointsAt: "id: jupiter-moon\n"),
  ]
}

@Suite("Clinical cases in a deck file")
struct DeckParserCasesTests {
  static func load(_ text: String = PlanetsCasesDeckText.yaml) throws -> Deck {
    try DeckLoader.load(yaml: text, file: PlanetsCasesDeckText.file, deckID: "planets-cases")
  }

  @Test("the planets deck with cases loads with no diagnostics")
  func loadsClean() throws {
    let result = try DeckLoader.diagnose(
      yaml: PlanetsCasesDeckText.yaml, file: PlanetsCasesDeckText.file, deckID: "planets-cases")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
  }

  @Test("a case template keeps its class, findings (which side the entity is on) and question")
  func readsTemplate() throws {
    let template = try #require(try Self.load().caseTemplates.first)
    #expect(template.id == "which-planet")
    #expect(template.classID == "planet")
    #expect(template.opening == "An astronomer describes a planet of the solar system.")
    #expect(template.findings.map(\.relation) == ["planet-type", "has-moon"])
    #expect(
      template.findings.map(\.text) == ["It belongs to the {object}s.", "{object} orbits it."])
    #expect(template.findings.allSatisfy { $0.entityIsSubject })
    #expect(template.question == "Which planet is it?")
    #expect(template.via == nil)
    #expect(template.tags == ["cases"])
  }

  @Test("a hand-written case keeps its stem, answer, options, findings and where each is written")
  func readsCases() throws {
    let deck = try Self.load()
    #expect(deck.cases.map(\.id) == ["red-planet", "jupiter-moon"])
    let red = deck.cases[0]
    #expect(red.stem.hasPrefix("A small planet with two tiny moons"))
    #expect(red.answer.id == "mars")
    #expect(red.wrong.map(\.id) == ["earth", "jupiter", "uranus"])
    #expect(red.findings.map(\.id) == ["mars-type", "mars-moons"])
    #expect(red.given.isEmpty && red.via == nil)
    let where_ = try #require(
      SyntheticDeck.position(of: "earth, jupiter, uranus", in: PlanetsCasesDeckText.yaml))
    #expect(red.wrong[0].location.line == where_.line)
    #expect(red.wrong[0].location.column == where_.column)
    let moon = deck.cases[1]
    #expect(moon.given.map(\.id) == ["jupiter"])
    #expect(moon.via?.id == "has-moon")
    #expect(moon.wrong.isEmpty)
  }

  @Test("a teacher's note keeps its source; a source alone marks the item too")
  func readsTeacherNotes() throws {
    let deck = try Self.load()
    let note = try #require(deck.facts.first { $0.id == "earth-moon" }?.teacherNote)
    #expect(note.source == "A teacher's atlas of the solar system")
    #expect(deck.facts.filter { $0.teacherNote != nil }.count == 1)
    let sourceOnly = try Self.load(
      PlanetsCasesDeckText.yaml.replacingOccurrences(
        of: "    teacher-note: true\n    source: A teacher's atlas",
        with: "    source: A teacher's atlas"))
    #expect(sourceOnly.facts.first { $0.id == "earth-moon" }?.teacherNote?.source != nil)
  }

  @Test("a broken case reports the one error at its file:line:column", arguments: CaseMistake.all)
  func reportsLocatedError(_ broken: BrokenDeck) throws {
    let occurrences = broken.base.components(separatedBy: broken.original).count - 1
    #expect(occurrences == 1, "the edit must apply exactly once")
    let yaml = broken.yaml
    let expected = try #require(SyntheticDeck.position(of: broken.pointsAt, in: yaml))
    let errors = diagnostics(yaml).filter { $0.severity == .error }
    #expect(errors.count == 1, "\(errors)")
    let error = try #require(errors.first)
    #expect(error.message.contains(broken.message), "\(error.message)")
    #expect(error.location.line == expected.line, "\(error)")
    #expect(error.location.column == expected.column, "\(error)")
    #expect(
      error.description.hasPrefix(
        "\(PlanetsCasesDeckText.file):\(expected.line):\(expected.column): error: "))
  }

  private func diagnostics(_ text: String) -> [DeckDiagnostic] {
    do {
      return try DeckLoader.diagnose(
        yaml: text, file: PlanetsCasesDeckText.file, deckID: "planets-cases"
      ).diagnostics
    } catch {
      return error.diagnostics
    }
  }
}
