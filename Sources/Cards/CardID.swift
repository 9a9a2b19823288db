/// A card's stable identity: derived from the fact or card key, the kind and the direction, never from wording
/// or position, so that editing a deck keeps every learner's progress.
public struct CardID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  CustomStringConvertible
{
  /// The id as written in progress files, e.g. `ssc-sites.choice.forward`.
  public var rawValue: String

  /// Wraps an existing id.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Joins the parts that make an id with dots.
  public init(_ parts: String...) { rawValue = parts.joined(separator: ".") }

  /// The id itself.
  public var description: String { rawValue }

  /// Orders ids alphabetically.
  public static func < (lhs: CardID, rhs: CardID) -> Bool { lhs.rawValue < rhs.rawValue }
}
