import Knowledge
import TestSupport

@testable import Cards

extension SyntheticDeck {
  /// The cards of `text`, generated with `seed`.
  static func cards(_ text: String = yaml, seed: UInt64 = 0) throws -> [Card] {
    CardGenerator(deck: try load(text), seed: seed).generate()
  }

  /// A checker that knows the synthetic deck's names.
  static func checker() throws -> AnswerChecker {
    AnswerChecker(lexicon: Lexicon(deck: try load()))
  }
}

/// The real deck, loaded.
func realDeck() throws -> Deck {
  try DeckLoader.load(
    yaml: realDeckText(), file: "calcinosis-cutis.yaml", deckID: "calcinosis-cutis")
}
