/// One piece of knowledge a learner can retrieve in one direction, with one memory: a fact asked forward, an
/// object asked back, a term from its description, a quantity, a hand-written card. Its cards are its
/// *presentations*, ordered as a ladder from recognition to production; each review shows the one that fits
/// the unit's memory (see `docs/units.md`).
public struct KnowledgeUnit: Sendable, Identifiable {
  /// What the unit asks about.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A fact, from its subject to its objects.
    case forward
    /// One object of a relation, asked back to the subjects that have it.
    case reverse
    /// A term, from its description.
    case definition
    /// A number with its accepted range.
    case quantity
    /// A card the teacher wrote.
    case handwritten
  }

  /// The stable id.
  public var id: UnitID
  /// What the unit asks about.
  public var kind: Kind
  /// The presentations, lowest rung first (cards of one rung in the order the generator made them).
  public var ladder: [Card]
  /// The fact the unit comes from (the sibling key its cards share): units of one fact are not shown on the
  /// same day.
  public var siblingKey: String

  /// Creates a unit; `ladder` is put in rung order.
  public init(id: UnitID, kind: Kind, presentations: [Card], siblingKey: String) {
    self.id = id
    self.kind = kind
    ladder = presentations.enumerated().sorted {
      (Rung($0.element.kind), $0.offset) < (Rung($1.element.kind), $1.offset)
    }.map(\.element)
    self.siblingKey = siblingKey
  }

  /// The topic tags (those of its first presentation).
  public var tags: [String] { ladder.first?.tags ?? [] }

  /// The source section the unit teaches.
  public var section: String { ladder.first?.section ?? "" }

  /// The lowest rung the unit can be asked at.
  public var lowestRung: Rung { ladder.first.map { Rung($0.kind) } ?? .produce }

  /// The highest rung the unit can be asked at.
  public var highestRung: Rung { ladder.last.map { Rung($0.kind) } ?? .produce }

  /// The presentations at `rung`.
  public func presentations(at rung: Rung) -> [Card] { ladder.filter { Rung($0.kind) == rung } }

  /// The rungs the unit has, lowest first.
  public var rungs: [Rung] {
    var seen: [Rung] = []
    for card in ladder where seen.last != Rung(card.kind) { seen.append(Rung(card.kind)) }
    return seen
  }
}
