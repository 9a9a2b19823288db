import Foundation
import Knowledge
import Testing

@testable import Cards

/// The two built-in decks as answer checking sees them, with the aliases a teacher would add for the textbook
/// forms the decks still lack (the list handed to the decks' author), so that every row of the grading table
/// can be checked today.
enum GradingDeck: String, Sendable, CaseIterable {
  case calcinosis = "calcinosis-cutis"
  case burns = "first-aid-burns"

  /// Entity id → aliases added for the table.
  static let addedAliases: [GradingDeck: [String: [String]]] = [
    .calcinosis: [
      "raised-calcium-phosphate": [
        "raised calcium × phosphate product", "high calcium-phosphate product",
      ],
      "vitamin-d-level": ["25-hydroxyvitamin D", "25-OH vitamin D", "calcidiol"],
    ]
  ]

  /// Hand-written card id → texts added to its `accept:` list for the table.
  static let addedAccepts: [GradingDeck: [String: [String]]] = [
    .calcinosis: [
      "calciphylaxis-kidney": ["end-stage renal disease", "ESRD", "end-stage kidney disease"],
      "crest-link": ["limited cutaneous systemic sclerosis", "lcSSc"],
    ]
  ]

  /// The deck as shipped.
  func shipped() throws -> Deck {
    let text = try String(
      contentsOf: packageRoot.appendingPathComponent("Decks/\(rawValue).yaml"), encoding: .utf8)
    return try DeckLoader.load(yaml: text, file: "\(rawValue).yaml", deckID: rawValue)
  }

  /// The deck with the added aliases; "scleroderma" is a broader entity of its own rather than an alias of
  /// systemic sclerosis (localised scleroderma exists).
  func withAliases() throws -> Deck {
    var deck = try shipped()
    for (id, aliases) in Self.addedAliases[self] ?? [:] {
      let index = try #require(deck.entities.firstIndex { $0.id == id }, "no entity \(id)")
      deck.entities[index].aliases += aliases
    }
    for (id, texts) in Self.addedAccepts[self] ?? [:] {
      let index = try #require(deck.cards.firstIndex { $0.id == id }, "no card \(id)")
      if case .recall(let prompt, let answer, let accept) = deck.cards[index].content {
        deck.cards[index].content = .recall(prompt: prompt, answer: answer, accept: accept + texts)
      }
    }
    if self == .calcinosis,
      let index = deck.entities.firstIndex(where: { $0.id == "systemic-sclerosis" })
    {
      var broader = deck.entities[index]
      deck.entities[index].aliases.removeAll { $0 == "scleroderma" }
      broader.id = "scleroderma"
      broader.name = "scleroderma"
      broader.aliases = ["localised scleroderma", "morphoea"]
      broader.overlaps = ["systemic-sclerosis", "crest"]
      deck.entities.append(broader)
    }
    return deck
  }
}

/// Decks, cards and checkers built once for all the table's rows.
struct GradingFixture: Sendable {
  let cards: [GradingDeck: [String: Card]]
  let checkers: [GradingDeck: AnswerChecker]

  static let shared: Result<GradingFixture, any Error> = Result {
    try GradingFixture(aliases: true)
  }
  static let shipped: Result<GradingFixture, any Error> = Result {
    try GradingFixture(aliases: false)
  }

  init(aliases: Bool) throws {
    var cards: [GradingDeck: [String: Card]] = [:]
    var checkers: [GradingDeck: AnswerChecker] = [:]
    for deck in GradingDeck.allCases {
      let model = aliases ? try deck.withAliases() : try deck.shipped()
      let generated = CardGenerator(deck: model).generate()
      cards[deck] = Dictionary(generated.map { ($0.id.rawValue, $0) }) { first, _ in first }
      checkers[deck] = AnswerChecker(
        lexicon: Lexicon(deck: model), descriptions: EntityDescriptions.make(deck: model))
    }
    self.cards = cards
    self.checkers = checkers
  }

  /// The grade of `input` on card `id` of `deck`.
  func grade(_ input: String, card id: String, in deck: GradingDeck) throws -> Grade {
    let card = try #require(cards[deck]?[id], "no card \(id) in \(deck.rawValue)")
    let checker = try #require(checkers[deck])
    return checker.grade(input, for: card)
  }
}
