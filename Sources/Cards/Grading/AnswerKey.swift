/// What a card accepts, by kind of answer.
public enum AnswerKey: Sendable, Hashable {
  /// A typed answer: any one of the accepted texts. `entities` are the entity ids these texts name, so that
  /// typing another entity's exact name is known to be a different thing, not a typo.
  case typed(accepted: [String], entities: Set<String>)
  /// One option is right; the learner answers by letter or by option text.
  case choice(options: [String], correct: Int)
  /// Several options are right; the learner names them by letters or texts.
  case select(options: [String], correct: Set<Int>)
  /// Every item is needed, in any order; each item is a list of accepted texts, the first displayed.
  case list(items: [[String]])
  /// A statement that is true or false.
  case trueFalse(Bool)
  /// A number within a range, inclusive.
  case number(minimum: Double, maximum: Double)
}
