/// A unit's stable identity, derived from ids in the deck (never from wording or position), so that editing a
/// deck keeps every learner's memory of it: a fact's id for the fact asked forward, `relation.object.reverse` for
/// an object asked back, `entity.definition` for a term from its description, a quantity's or hand-written
/// card's id for those.
public struct UnitID: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The id, e.g. `ssc-sites` or `underlies.dystrophic.reverse`.
  public var rawValue: String

  /// Wraps an existing id.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The id itself.
  public var description: String { rawValue }

  /// Orders ids alphabetically.
  public static func < (lhs: UnitID, rhs: UnitID) -> Bool { lhs.rawValue < rhs.rawValue }
}
