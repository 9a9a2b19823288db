/// One statement of the model: a subject, a relation and the objects it holds for.
public struct Fact: Sendable, Hashable {
  /// The fact id, the stable key of the cards made from it.
  public var id: String
  /// The subject entity id.
  public var subject: String
  /// The relation id.
  public var relation: String
  /// The object entity ids, in the author's order.
  public var objects: [String]
  /// Free text narrowing the fact ("for small deposits"), if any.
  public var qualifier: String?
  /// The source section the fact comes from.
  public var section: String
  /// A short explanation in the author's words.
  public var explanation: String
  /// Topic tags: the relation's, then the fact's own.
  public var tags: [String]
  /// The ids of what must be introduced to a learner first (`requires:`): facts, quantities and cards by
  /// their ids, an entity's definition by the entity's id.
  public var requires: [String] = []
  /// Set when it goes beyond the deck's source (`teacher-note:`, `source:`).
  public var teacherNote: TeacherNote? = nil
  /// Where the fact is declared.
  public var location: SourceLocation
}
