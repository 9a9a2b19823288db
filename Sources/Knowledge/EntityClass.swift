/// A class of entities (drug, body site, ...): the entities of one class are distractors for each other.
public struct EntityClass: Sendable, Hashable {
  /// The class id.
  public var id: String
  /// Singular noun used in generated wording.
  public var name: String
  /// Plural noun used in generated wording.
  public var plural: String
  /// The kinds of question the facts whose subject is of this class may be asked as, in the order their ladder
  /// climbs (`kinds:`); nil: the deck's.
  public var kinds: [PresentationKind]? = nil
  /// Where the class is declared.
  public var location: SourceLocation
}
