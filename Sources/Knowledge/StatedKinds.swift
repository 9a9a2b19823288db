/// The kinds of question a fact may be asked as, and where the deck states them: its relation's `kinds:`,
/// its subject's class's, or the deck's (the most specific wins).
public struct StatedKinds: Sendable, Hashable {
  /// Where a list of kinds is written.
  public enum Scope: Sendable, Hashable, CustomStringConvertible {
    /// On the relation with this id.
    case relation(String)
    /// On the class (of the knowledge model) with this id: the class of the fact's subject.
    case subjectClass(String)
    /// Under `deck:`, for every fact.
    case deck

    /// "relation 'orbits'", "class 'planet'", "the deck".
    public var description: String {
      switch self {
      case .relation(let id): "relation '\(id)'"
      case .subjectClass(let id): "class '\(id)'"
      case .deck: "the deck"
      }
    }
  }

  /// The kinds allowed, in the order the ladder climbs.
  public var kinds: [PresentationKind]
  /// Where they are written.
  public var scope: Scope

  /// Creates a statement of kinds.
  public init(kinds: [PresentationKind], scope: Scope) {
    self.kinds = kinds
    self.scope = scope
  }
}
