import Foundation
import TestSupport

@testable import Knowledge

/// A small deck written for the tests: every part of the format, with known answers.
///
/// Four classes of at least four entities (disease, body site, treatment) plus one of three (imaging), so that
/// a fact about imaging has too few distractors for a choice card. Relations with and without a reverse
/// question, facts with one and many objects, overlaps, a qualifier, two quantities and one hand-written card
/// of each kind. The same text is kept in `Tests/CardsTests/SyntheticDeck.swift`.
enum SyntheticDeck {
  static let file = "synthetic.yaml"
  static let id = "synthetic"

  static let header = SyntheticDeckText.header
  static let classes = SyntheticDeckText.classes
  static let entities = SyntheticDeckText.entities
  static let relations = SyntheticDeckText.relations
  static let facts = SyntheticDeckText.facts
  static let quantities = SyntheticDeckText.quantities
  static let cards = SyntheticDeckText.cards
  static func yaml(facts: [String] = facts) -> String { SyntheticDeckText.yaml(facts: facts) }
  static let yaml = yaml()

  /// Loads `text` under the synthetic deck's file name.
  static func load(_ text: String = yaml) throws -> Deck {
    try DeckLoader.load(yaml: text, file: file, deckID: id)
  }

  /// Every diagnostic for `text`; a syntax error comes back as its one diagnostic.
  static func diagnostics(_ text: String) -> [DeckDiagnostic] {
    do {
      return try DeckLoader.diagnose(yaml: text, file: file, deckID: id).diagnostics
    } catch {
      return error.diagnostics
    }
  }

  /// The 1-based line and column where `marker` first starts in `text` (columns in Unicode scalars).
  static func position(of marker: String, in text: String) -> (line: Int, column: Int)? {
    guard let range = text.range(of: marker) else { return nil }
    let before = text[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    return (line, before[lineStart...].unicodeScalars.count + 1)
  }
}

/// The package root, three levels above this file (`Tests/KnowledgeTests/<file>`).
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The text of the real deck shipped with Recall.
func realDeckText() throws -> String {
  let url = packageRoot.appendingPathComponent("Decks/calcinosis-cutis.yaml")
  return try String(contentsOf: url, encoding: .utf8)
}
