/// A card written by the author for what relations cannot say.
public struct HandwrittenCard: Sendable, Hashable {
  /// What the card asks and what it accepts.
  public enum Content: Sendable, Hashable {
    /// A question with a typed answer; `accept` adds accepted texts.
    case recall(prompt: String, answer: String, accept: [String])
    /// A sentence with one `{{blank}}`; `accept` adds accepted texts for the blank.
    case cloze(text: String, accept: [String])
    /// A single-best-answer question: one right option and the wrong ones.
    case choice(prompt: String, answer: String, wrong: [String])
    /// A statement to judge.
    case trueFalse(statement: String, isTrue: Bool)
    /// A question whose answer is every item, in any order.
    case list(prompt: String, items: [String])
  }

  /// The card id in the deck.
  public var id: String
  /// The question and its answer.
  public var content: Content
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
  /// Where the card is declared.
  public var location: SourceLocation
}
