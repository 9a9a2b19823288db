import Cards
import Scheduling

/// Chooses how a unit is asked next: which rung of its ladder, and which presentation there.
///
/// The rule (`docs/units.md` gives the reasons): a new unit starts at its lowest rung; after a right answer
/// (Good) the unit is asked one rung higher, after Easy two; after Hard at the same rung; after a wrong answer
/// (Again) one rung lower. A unit is not asked the same way twice in a row where another presentation fits:
/// at the same rung another one is taken (a false statement after a true one), else the rung below. A new
/// unit's first presentation is not one that repeats its lesson word for word: when its lowest rung has
/// nothing else (a true statement and no false one), it starts at the next rung that does.
///
/// "Higher" and "lower" are steps along the unit's own ladder (`KnowledgeUnit.rungs`): lowest rung first,
/// unless the deck's `kinds:` orders it otherwise, and then the steps follow that order.
public enum Ladder {
  /// A unit's last review: the presentation shown and the rating given.
  public struct Step: Sendable, Equatable {
    /// The card shown.
    public var card: String
    /// The rating saved.
    public var rating: Rating

    /// Creates a step.
    public init(card: String, rating: Rating) {
      self.card = card
      self.rating = rating
    }
  }

  /// The rung `unit` is asked at after `last` (nil: never asked).
  public static func rung(of unit: KnowledgeUnit, after last: Step?) -> Rung {
    let rungs = unit.rungs
    guard let last, let lastRung = rung(ofCard: last.card, in: unit) else {
      let lesson = unit.lesson
      return unit.ladder.first { $0.prompt != lesson }.map { Rung($0.kind) } ?? unit.lowestRung
    }
    // The position of the last rung on the unit's ladder (if the ladder no longer has it, the last one
    // below it).
    let position = rungs.firstIndex(of: lastRung) ?? rungs.lastIndex { $0 <= lastRung } ?? 0
    let step =
      switch last.rating {
      case .again: -1
      case .hard: 0
      case .good: 1
      case .easy: 2
      }
    return rungs[min(max(position + step, 0), rungs.count - 1)]
  }

  /// The presentation `unit` is asked with after `last` (nil: never asked).
  public static func presentation(of unit: KnowledgeUnit, after last: Step?) -> Card? {
    let target = rung(of: unit, after: last)
    let candidates = unit.presentations(at: target)
    // First time: not the presentation that says exactly what the lesson just said (a false statement
    // rather than the true one), so the first answer checks understanding, not copying.
    guard let last else {
      let lesson = unit.lesson
      return candidates.first { $0.prompt != lesson } ?? candidates.first
    }
    if let other = candidates.first(where: { $0.id.rawValue != last.card }) { return other }
    // Only the card shown last time is at this rung: the step below, if there is one, asks it differently.
    let rungs = unit.rungs
    if let position = rungs.firstIndex(of: target), position > 0 {
      return unit.presentations(at: rungs[position - 1]).last
    }
    return candidates.first
  }

  /// The rung of `card` when it belongs to `unit` (a card of another unit, or one no longer made, has none;
  /// the reviews of a card the deck no longer makes are judged by its kind, read from its id).
  static func rung(ofCard card: String, in unit: KnowledgeUnit) -> Rung? {
    if let found = unit.ladder.first(where: { $0.id.rawValue == card }) { return Rung(found.kind) }
    let parts = card.split(separator: ".").map(String.init)
    return parts.lazy.compactMap { CardKind(rawValue: $0) }.last.map(Rung.init)
  }
}
