import Foundation
import TestSupport
import Testing

@testable import Knowledge

extension BrokenDeck {
  /// Mistakes in wording and references that must each give exactly one error, where the mistake is.
  static let misspelt: [BrokenDeck] = [
    BrokenDeck(
      name: "a misspelt placeholder in a question",
      original: "ask: Which treatment is used {qualifier} in {subject}?",
      replacement: "ask: Which treatment is used {qualifer} in {subject}?",
      message:
        "unknown placeholder {qualifer} in the question of relation 'treated-by'; "
        + "did you mean {qualifier}? (it may use {subject} and {qualifier})",
      pointsAt: "{qualifer}"),
    BrokenDeck(
      name: "a misspelt placeholder in a statement (its cards would silently disappear)",
      original: "statement: In {subject}, {object} is used.",
      replacement: "statement: In {subject}, {objet} is used.",
      message:
        "unknown placeholder {objet} in the statement of relation 'treated-by'; "
        + "did you mean {object}?",
      pointsAt: "{objet}"),
    BrokenDeck(
      name: "a placeholder written with spaces",
      original: "ask: Which treatment is used {qualifier} in {subject}?",
      replacement: "ask: Which treatment is used { qualifier } in {subject}?",
      message: "unknown placeholder { qualifier } in the question of relation 'treated-by'; "
        + "did you mean {qualifier}?",
      pointsAt: "{ qualifier }"),
    BrokenDeck(
      name: "a question that names its own answer",
      original: "ask: Which imaging study shows the deposits of {subject}?",
      replacement: "ask: Which imaging study, like {object}, shows the deposits of {subject}?",
      message:
        "the question of relation 'imaged-by' cannot use {object}: the object is what it asks for",
      pointsAt: "{object}, shows"),
    BrokenDeck(
      name: "a reverse question that names its own answer",
      original: "ask-reverse: The deposits of which disease does {object} show?",
      replacement: "ask-reverse: The deposits of which disease does {object} show in {subject}?",
      message: "the reverse question of relation 'imaged-by' cannot use {subject}",
      pointsAt: "{subject}?\nfacts"),
    BrokenDeck(
      name: "a qualifier in a reverse question",
      original: "ask-reverse: In which disease do calcium deposits typically form on {object}?",
      replacement:
        "ask-reverse: In which disease do calcium deposits {qualifier} form on {object}?",
      message: "the reverse question of relation 'lesion-site' cannot use {qualifier}",
      pointsAt: "{qualifier} form"),
    BrokenDeck(
      name: "a fact with both object and objects", original: "    object: fingers\n",
      replacement: "    object: fingers\n    objects: [fingers, elbows]\n",
      message: "fact 'crest-sites' has both 'object' and 'objects'",
      pointsAt: "objects: [fingers, elbows]"),
    BrokenDeck(
      name: "an unknown entity, with the closest id suggested", original: "object: knees\n",
      replacement: "object: kneess\n",
      message: "unknown entity 'kneess' in fact 'gout-sites'; did you mean 'knees'?",
      pointsAt: "kneess"),
    BrokenDeck(
      name: "an unknown relation, with the closest id suggested",
      original: "relation: imaged-by", replacement: "relation: imaged-bi",
      message: "unknown relation 'imaged-bi' in fact 'dm-imaging'; did you mean 'imaged-by'?",
      pointsAt: "imaged-bi"),
    BrokenDeck(
      name: "an unknown class in a relation, with the closest id suggested",
      original: "subject: [disease]", replacement: "subject: [diseas]",
      message: "unknown class 'diseas' in the subject classes of relation 'imaged-by'; "
        + "did you mean 'disease'?",
      pointsAt: "[diseas]"),
    BrokenDeck(
      name: "a misspelt relation id, used by five facts, reported once at the first",
      original: "  lesion-site:\n", replacement: "  lesion-sites:\n",
      message:
        "unknown relation 'lesion-site' in fact 'ssc-sites' (4 other facts use it); "
        + "did you mean 'lesion-sites'?",
      pointsAt: "lesion-site\n    objects: [forearms"),
    BrokenDeck(
      name: "an entity of an unknown class: its facts are not checked against that class",
      original: "    class: body-site\n    name: the knees\n",
      replacement: "    class: body-sit\n    name: the knees\n",
      message: "unknown class 'body-sit' for entity 'knees'; did you mean 'body-site'?",
      pointsAt: "body-sit\n"),
  ]

  /// Declarations with an error: the facts (and overlaps) that name them add no error of their own.
  static let brokenDeclarations: [BrokenDeck] = [
    BrokenDeck(
      name: "a relation whose declaration has an error: its facts say nothing more",
      original: "    ask: Where do calcium deposits typically form in {subject}?\n",
      replacement: "    aks: Where do calcium deposits typically form in {subject}?\n",
      message: "unknown key 'aks' in relation 'lesion-site'", pointsAt: "aks:"),
    BrokenDeck(
      name: "an entity whose declaration has an error: its facts and overlaps say nothing more",
      original: "    class: body-site\n    name: the knees\n",
      replacement: "    class: body-site\n    nmae: the knees\n",
      message: "unknown key 'nmae' in entity 'knees'", pointsAt: "nmae"),
  ]

  /// A misspelt key added to every kind of mapping the deck has.
  static let unknownKeys: [BrokenDeck] = [
    ("deck", "  version: 3\n", "  versoin: 4\n"),
    ("source", "    title: A synthetic source\n", "    titel: Another\n"),
    ("class", "    name: body site\n", "    plurl: body sites\n"),
    ("entity", "    name: the knees\n", "    alias: [knee]\n"),
    ("relation", "    tags: [signs]\n", "    tag: [signs]\n"),
    (
      "fact", "    explanation: Lupus deposits turn up on the face.\n",
      "    explantion: Lupus deposits turn up on the face.\n"
    ),
    ("quantity", "    unit: \"%\"\n", "    units: \"%\"\n"),
    ("card", "    accept: [calcinosis]\n", "    accepts: [calcinosis]\n"),
  ].map { what, original, added in
    let key = String(added.drop { $0 == " " }.prefix { $0 != ":" })
    return BrokenDeck(
      name: "an unknown key in a \(what)", original: original, replacement: original + added,
      message: "unknown key '\(key)'", pointsAt: key + ":")
  }
}

@Suite("DeckParser: wording and references")
struct DeckParserTests {
  @Test(
    "a misspelt placeholder, key or id is one error where it is written",
    arguments: BrokenDeck.misspelt + BrokenDeck.unknownKeys)
  func reportsOneLocatedError(_ broken: BrokenDeck) throws {
    #expect(SyntheticDeck.yaml.components(separatedBy: broken.original).count == 2)
    let yaml = broken.yaml
    let expected = try #require(SyntheticDeck.position(of: broken.pointsAt, in: yaml))
    let errors = SyntheticDeck.diagnostics(yaml).filter { $0.severity == .error }
    #expect(errors.count == 1, "\(errors.map(\.description))")
    let error = try #require(errors.first)
    #expect(error.message.contains(broken.message), "\(error.message)")
    #expect(error.location.line == expected.line, "\(error)")
    #expect(error.location.column == expected.column, "\(error)")
  }

  @Test(
    "a declaration with an error is reported there, not again at each use",
    arguments: BrokenDeck.brokenDeclarations)
  func brokenDeclaration(_ broken: BrokenDeck) throws {
    #expect(SyntheticDeck.yaml.components(separatedBy: broken.original).count == 2)
    let yaml = broken.yaml
    let expected = try #require(SyntheticDeck.position(of: broken.pointsAt, in: yaml))
    let errors = SyntheticDeck.diagnostics(yaml).filter { $0.severity == .error }
    // The misspelt key, and the key it should have been missing: both in the declaration.
    #expect(errors.count == 2, "\(errors.map(\.description))")
    #expect(errors.contains { $0.message.contains(broken.message) })
    #expect(errors.allSatisfy { abs($0.location.line - expected.line) <= 2 }, "\(errors)")
    #expect(
      !errors.contains {
        $0.message.hasPrefix("unknown entity") || $0.message.hasPrefix("unknown relation")
      })
  }

  @Test("every misspelt placeholder of a text is reported where it is, quoted or not")
  func severalPlaceholders() throws {
    let statement = "\"In {subject}, {object} is used {qualifer} ({subjet}) {subjet}.\""
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "statement: In {subject}, {object} is used.", with: "statement: " + statement)
    let errors = SyntheticDeck.diagnostics(yaml).filter { $0.severity == .error }
    #expect(errors.count == 3, "\(errors)")
    let start = try #require(SyntheticDeck.position(of: statement, in: yaml))
    // Where "{qualifer}" and both "{subjet}" start, counted from the quote that opens the text.
    let columns = statement.indices.filter {
      statement[$0...].hasPrefix("{qualifer}") || statement[$0...].hasPrefix("{subjet}")
    }.map { start.column + statement[..<$0].count }
    #expect(errors.map(\.location.line) == Array(repeating: start.line, count: 3))
    #expect(errors.map(\.location.column) == columns)
    #expect(errors.allSatisfy { $0.message.contains("did you mean") })
  }

  @Test("a statement without {object} is a warning: it gives no true/false or fill-in cards")
  func statementWithoutObject() {
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "statement: In {subject}, {object} is used.", with: "statement: In {subject}, it works.")
    let diagnostics = SyntheticDeck.diagnostics(yaml)
    #expect(diagnostics.count == 1, "\(diagnostics)")
    #expect(diagnostics.first?.severity == .warning)
    #expect(diagnostics.first?.message.contains("has no {object}") == true)
  }

  @Test("braces that are no placeholder are left to the author")
  func otherBraces() {
    #expect(
      DeckParser.placeholderLike(in: "a {b} c {d e} {x, y} {} {{f}} {g") == [
        "{b}", "{d e}", "{f}",
      ])
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "ask: Which treatment is used {qualifier} in {subject}?",
      with: "ask: \"Which treatment in the set {a, b} is used {qualifier} in {subject}?\"")
    #expect(SyntheticDeck.diagnostics(yaml).isEmpty)
  }

  @Test("a placeholder is found in the file as written, across lines, from the text's start")
  func locate() {
    let source = "a: x {o}\nb: >\n  one {o}\n  two {o}\n"
    let start = SourceLocation(file: "f", line: 2, column: 4)
    #expect(
      DeckParser.locate("{o}", occurrence: 0, from: start, in: source)
        == SourceLocation(file: "f", line: 3, column: 7))
    #expect(
      DeckParser.locate("{o}", occurrence: 1, from: start, in: source)
        == SourceLocation(file: "f", line: 4, column: 7))
    #expect(DeckParser.locate("{o}", occurrence: 2, from: start, in: source) == nil)
    #expect(DeckParser.locate("{o}", occurrence: 0, from: start, in: "") == nil)
  }
}
