import Foundation
import Knowledge
import TestSupport
import Testing

@testable import Cards

/// The decks the wording rules are checked on: the two built-in decks, the synthetic deck, and the planets
/// deck a teacher of another subject wrote, as written and with its `kinds:` taken out (so that it gives
/// every kind of card it can).
enum WordingDeck: String, Sendable, CaseIterable, CustomTestStringConvertible {
  case calcinosis = "calcinosis-cutis"
  case burns = "first-aid-burns"
  case synthetic
  case planets
  case planetsEveryKind = "planets-every-kind"

  var testDescription: String { rawValue }

  /// The deck model.
  func load() throws -> Deck {
    switch self {
    case .calcinosis: try GradingDeck.calcinosis.load()
    case .burns: try GradingDeck.burns.load()
    case .synthetic: try SyntheticDeck.load()
    case .planets: try Self.planets(PlanetsDeckText.yaml)
    case .planetsEveryKind: try Self.planets(CardGeneratorKindsTests.withoutKinds)
    }
  }

  /// Every card of the deck.
  func cards() throws -> [Card] { CardGenerator(deck: try load(), seed: 1).generate() }

  static func planets(_ yaml: String) throws -> Deck {
    try DeckLoader.load(yaml: yaml, file: PlanetsDeckText.file, deckID: "planets")
  }
}
