/// A number the learner should know (a percentage, a count, a threshold) with the range accepted.
public struct Quantity: Sendable, Hashable {
  /// The quantity id.
  public var id: String
  /// The question.
  public var prompt: String
  /// The answer as displayed ("25–40%").
  public var answer: String
  /// The smallest accepted number.
  public var minimum: Double
  /// The largest accepted number.
  public var maximum: Double
  /// The unit shown after the number, if any.
  public var unit: String?
  /// The source section.
  public var section: String
  /// A short explanation.
  public var explanation: String
  /// Topic tags.
  public var tags: [String]
  /// The ids of what must be introduced to a learner first (`requires:`): facts, quantities and cards by
  /// their ids, an entity's definition by the entity's id.
  public var requires: [String] = []
  /// Set when it goes beyond the deck's source (`teacher-note:`, `source:`).
  public var teacherNote: TeacherNote? = nil
  /// Where the quantity is declared.
  public var location: SourceLocation
}
