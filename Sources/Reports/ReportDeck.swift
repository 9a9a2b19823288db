import Cards
import ProgressCore

/// A deck as reports count in it: its units of knowledge and what reports look up in them (which unit each
/// card presents, what each unit teaches), worked out once for every learner of the deck.
public struct ReportDeck: Sendable {
  /// The deck id.
  public var id: String
  /// The deck title.
  public var title: String
  /// The deck's units, in study order (`CardGenerator.units()`).
  public let units: [KnowledgeUnit]
  /// Which unit each of the deck's cards presents: reviews name cards, and replay counts them for units (a
  /// card the deck no longer makes is a unit of its own).
  public let unitMap: UnitMap
  /// The id of each unit, in the order of `units`.
  let unitIDs: [String]
  /// What each unit teaches (``LearnerStatistics/prompt(of:)``), in the order of `units`.
  let prompts: [String]
  /// Every presentation of every unit, in study order.
  let cards: [Card]
  /// Whether each of `cards` takes a typed answer (it has no options).
  let typed: [Bool]
  /// Where each card id first stands in `cards`, and the number of its unit.
  private let cardNumbers: [String: (card: Int, unit: Int)]
  /// The number of each unit id: where it first stands in `units`.
  private let unitNumbers: [String: Int]

  /// The deck `id`, titled `title`, whose units of knowledge are `units`, in study order.
  public init(id: String, title: String, units: [KnowledgeUnit]) {
    self.id = id
    self.title = title
    self.units = units
    unitMap = UnitMap(KnowledgeUnit.unitsByCard(units))
    unitIDs = units.map(\.id.rawValue)
    prompts = units.map(LearnerStatistics.prompt(of:))
    let unitNumbers = Dictionary(units.enumerated().map { ($1.id.rawValue, $0) }) { first, _ in
      first
    }
    var cards: [Card] = []
    var cardNumbers: [String: (card: Int, unit: Int)] = [:]
    for unit in units {
      for card in unit.ladder {
        if cardNumbers[card.id.rawValue] == nil {
          cardNumbers[card.id.rawValue] = (cards.count, unitNumbers[unit.id.rawValue] ?? 0)
        }
        cards.append(card)
      }
    }
    self.cards = cards
    typed = cards.map(\.choices.isEmpty)
    self.cardNumbers = cardNumbers
    self.unitNumbers = unitNumbers
  }

  /// Where the card `id` first stands in ``cards`` and the number of its unit (where the unit first stands
  /// in ``units``), or nil when the deck does not make the card.
  func numbers(ofCard id: String) -> (card: Int, unit: Int)? { cardNumbers[id] }

  /// Where the unit `id` first stands in ``units``, or nil when the deck does not make it.
  func number(ofUnit id: String) -> Int? { unitNumbers[id] }
}
