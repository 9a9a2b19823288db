import Cards
import Foundation
import ProgressCore

/// The units of one version of a deck and the cards that present them: kept in the class's folder each
/// time the class view or `recall class collect` meets a version, so that once the deck file has moved on
/// the class view can still say what changed between the version a learner studied and the current one.
public struct DeckSnapshot: Sendable, Equatable {
  /// The deck id.
  public var deck: String
  /// The version.
  public var version: DeckVersion
  /// The card ids of each unit, by unit id.
  public var units: [String: [String]]

  /// The snapshot of a deck's `units` at `version`.
  public init(deck: String, version: DeckVersion, units: [KnowledgeUnit]) {
    self.deck = deck
    self.version = version
    self.units = Dictionary(units.map { ($0.id.rawValue, $0.ladder.map(\.id.rawValue)) }) {
      first, _ in first
    }
  }

  /// A snapshot as recorded.
  public init(deck: String, version: DeckVersion, units: [String: [String]]) {
    self.deck = deck
    self.version = version
    self.units = units
  }

  /// The snapshot as one line of JSON (keys sorted, so the same version always writes the same bytes).
  public var text: String {
    JSONLine.encode([
      "format": .string("recall-deck-version"), "deck": .string(deck),
      "hash": .string(version.hash), "version": version.number.map { .number(Double($0)) },
      "units": .object(units.mapValues { .array($0.map(JSONValue.string)) }),
    ]) + "\n"
  }

  /// Reads a snapshot written by ``text``; nil for anything else.
  public init?(text: String) {
    guard let object = try? JSONLine.parseObject(ArraySlice(text.utf8).prefix { $0 != 10 }),
      case .string("recall-deck-version") = object["format"],
      case .string(let deck) = object["deck"], case .string(let hash) = object["hash"],
      case .object(let units) = object["units"]
    else { return nil }
    var number: Int?
    if case .number(let value) = object["version"] { number = Int(exactly: value) }
    var cards: [String: [String]] = [:]
    for (unit, value) in units {
      guard case .array(let items) = value else { return nil }
      cards[unit] = items.compactMap { if case .string(let id) = $0 { id } else { nil } }
    }
    self.init(deck: deck, version: DeckVersion(hash: hash, number: number), units: cards)
  }

  /// What changed from this version to `newer`.
  public func changes(to newer: DeckSnapshot) -> Changes {
    let old = Set(units.keys)
    let new = Set(newer.units.keys)
    let oldCards = Set(units.values.joined())
    let newCards = Set(newer.units.values.joined())
    return Changes(
      unitsAdded: new.subtracting(old).sorted(), unitsRemoved: old.subtracting(new).sorted(),
      cardsAdded: newCards.subtracting(oldCards).count,
      cardsRemoved: oldCards.subtracting(newCards).count)
  }

  /// The difference between two versions of a deck, in units and cards.
  public struct Changes: Sendable, Equatable {
    /// Units the newer version makes and the older did not.
    public var unitsAdded: [String]
    /// Units the older version made and the newer does not.
    public var unitsRemoved: [String]
    /// Cards (presentations) added.
    public var cardsAdded: Int
    /// Cards removed.
    public var cardsRemoved: Int

    /// Whether the two versions make the same units and cards (they may still differ in wording).
    public var isEmpty: Bool {
      unitsAdded.isEmpty && unitsRemoved.isEmpty && cardsAdded == 0 && cardsRemoved == 0
    }
  }
}
