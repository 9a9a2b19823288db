/// A class of entities (drug, body site, ...): the entities of one class are distractors for each other.
public struct EntityClass: Sendable, Hashable {
  /// The class id.
  public var id: String
  /// Singular noun used in generated wording.
  public var name: String
  /// Plural noun used in generated wording.
  public var plural: String
  /// Where the class is declared.
  public var location: SourceLocation
}
