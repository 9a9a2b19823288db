/// Which unit of knowledge each card id belongs to, for replaying a progress file by unit: reviews name the
/// card (presentation) shown, and every presentation of a unit shares the unit's one memory.
///
/// A card id the map does not know (a card the deck no longer makes, or any card when the map is empty) is a
/// unit of its own, so a file written before units existed, or for a deck that changed, still replays.
public struct UnitMap: Sendable {
  private let unitByCard: [String: String]

  /// A map from card ids to unit ids.
  public init(_ unitByCard: [String: String]) { self.unitByCard = unitByCard }

  /// Every card its own unit.
  public static let cards = UnitMap([:])

  /// The unit of `card`.
  public func unit(of card: String) -> String { unitByCard[card] ?? card }

  /// Whether every card is its own unit.
  public var isIdentity: Bool { unitByCard.isEmpty }
}
