import Knowledge

/// One question a learner can be asked, with everything needed to check and explain the answer.
public struct Card: Sendable, Hashable, Identifiable {
  /// The stable id.
  public var id: CardID
  /// The kind of question.
  public var kind: CardKind
  /// The question as shown.
  public var prompt: String
  /// The right answer as shown after answering.
  public var answer: String
  /// What is accepted.
  public var key: AnswerKey
  /// Why the answer is right, in the author's words; on a card with wrong options (or a false statement),
  /// followed by why each of them is wrong, from what the deck says about it.
  public var explanation: String
  /// The explanation without the notes on this card's wrong options: what the unit teaches, whichever
  /// presentation shows it (see `KnowledgeUnit.explanation`).
  var unitExplanation: String
  /// The source section the card tests.
  public var section: String
  /// Topic tags.
  public var tags: [String]
  /// The unit of knowledge the card presents: every card of a unit shares the unit's one memory.
  public var unit: UnitID
  /// The fact the card comes from: units of one fact (forward, reverse) are not shown on the same day.
  public var siblingKey: String
  /// Where in the deck file the card comes from (the fact, quantity, entity or hand-written card).
  public var location: SourceLocation?
  /// Set when what the card asks goes beyond the deck's source: a teacher's note, with its reference.
  public var teacherNote: TeacherNote?

  /// Creates a card; without `unit`, the card is a unit of its own.
  public init(
    id: CardID, kind: CardKind, prompt: String, answer: String, key: AnswerKey,
    explanation: String, section: String, tags: [String], siblingKey: String,
    unit: UnitID? = nil, location: SourceLocation? = nil, teacherNote: TeacherNote? = nil
  ) {
    self.id = id
    self.kind = kind
    self.prompt = prompt
    self.answer = answer
    self.key = key
    self.explanation = explanation
    unitExplanation = explanation
    self.section = section
    self.tags = tags
    self.siblingKey = siblingKey
    self.unit = unit ?? UnitID(rawValue: id.rawValue)
    self.location = location
    self.teacherNote = teacherNote
  }

  /// Every text accepted as a full answer (for export and teacher tools).
  public var acceptedTexts: [String] {
    switch key {
    case .typed(let accepted, _): accepted
    case .choice(let options, let correct): [ChoiceLetters.letter(correct), options[correct]]
    case .select(let options, let correct):
      [correct.sorted().map(ChoiceLetters.letter).joined(separator: " ")]
        + correct.sorted().map { options[$0] }
    case .list(let items): items.compactMap(\.first)
    case .trueFalse(let value): value ? ["true", "t", "yes"] : ["false", "f", "no"]
    case .number(let minimum, let maximum):
      minimum == maximum ? [Self.format(minimum)] : [Self.format(minimum), Self.format(maximum)]
    }
  }

  /// The options of choice, select and true/false cards; empty for others.
  public var choices: [String] {
    switch key {
    case .choice(let options, _), .select(let options, _): options
    case .trueFalse: ["true", "false"]
    default: []
    }
  }

  /// A number without a needless ".0".
  public static func format(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(value)
  }
}
