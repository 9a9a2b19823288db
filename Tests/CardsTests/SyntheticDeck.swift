import Foundation
import Knowledge
import TestSupport

@testable import Cards

/// A small deck written for the tests: every part of the format, with known answers.
///
/// Four classes of at least four entities (disease, body site, treatment) plus one of three (imaging), so that
/// a fact about imaging has too few distractors for a choice card. Relations with and without a reverse
/// question, facts with one and many objects, overlaps, a qualifier, two quantities and one hand-written card
/// of each kind. The same text is kept in `Tests/KnowledgeTests/SyntheticDeck.swift`.
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

  /// The cards of `text`, generated with `seed`.
  static func cards(_ text: String = yaml, seed: UInt64 = 0) throws -> [Card] {
    CardGenerator(deck: try load(text), seed: seed).generate()
  }

  /// A checker that knows the synthetic deck's names.
  static func checker() throws -> AnswerChecker {
    AnswerChecker(lexicon: Lexicon(deck: try load()))
  }
}

/// The package root, three levels above this file (`Tests/CardsTests/<file>`).
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The text of the real deck shipped with Recall.
func realDeckText() throws -> String {
  let url = packageRoot.appendingPathComponent("Decks/calcinosis-cutis.yaml")
  return try String(contentsOf: url, encoding: .utf8)
}

/// The real deck, loaded.
func realDeck() throws -> Deck {
  try DeckLoader.load(
    yaml: realDeckText(), file: "calcinosis-cutis.yaml", deckID: "calcinosis-cutis")
}
