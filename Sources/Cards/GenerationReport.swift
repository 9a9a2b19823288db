import Knowledge

/// What the generator could not do fairly, for `recall deck lint`.
public struct GenerationReport: Sendable {
  /// A single-best-answer question that was not made: too few provably false options.
  public struct MissingChoice: Sendable, Hashable {
    /// The fact (or the first fact of a reverse question).
    public var fact: String
    /// Forward or reverse.
    public var direction: String
    /// For a reverse question, the object it asks back from; empty for forward ones.
    public var object: String = ""
    /// How many fair distractors there were.
    public var distractors: Int
    /// Whether other entities of the class existed but every one overlaps a true answer.
    public var onlyOverlaps: Bool
  }

  /// Choice questions left out.
  public var missingChoices: [MissingChoice] = []
  /// A card left out because its prompt contained its answer.
  public struct DroppedCard: Sendable, Hashable {
    /// The card's id.
    public var id: CardID
    /// Where the deck declares what it came from.
    public var location: SourceLocation?
  }

  /// Cards dropped because the prompt contained the answer.
  public var leaks: [DroppedCard] = []

  /// A unit of a fact that the deck's `kinds:` leaves without any presentation: it cannot be asked.
  public struct UnaskableUnit: Sendable, Hashable {
    /// The unit.
    public var unit: UnitID
    /// The fact it comes from (the first fact, for a reverse unit).
    public var fact: String
    /// The kinds the generator could make for it, in the order it made them.
    public var possible: [CardKind]
    /// Where the fact is declared.
    public var location: SourceLocation
  }

  /// Units left without a presentation by `kinds:`.
  public var unaskableUnits: [UnaskableUnit] = []

  /// A fact whose questions another fact asks: the same subject and relation, neither with a qualifier.
  /// It gives only its statements, or no card at all.
  public struct SharedQuestions: Sendable, Hashable {
    /// The fact.
    public var fact: String
    /// The fact of the subject under the relation without a qualifier that asks the questions (the least id).
    public var askedBy: String
  }

  /// Facts whose questions another fact asks.
  public var sharedQuestions: [SharedQuestions] = []

  /// What clinical cases could not be made fairly: a wrong option no finding rules out (an error), a
  /// template entity with too few options ruled out (a warning).
  public var caseDiagnostics: [DeckDiagnostic] = []

  /// An empty report.
  public init() {}

  /// Adds what `other` noted after what this report holds.
  mutating func add(_ other: GenerationReport) {
    missingChoices += other.missingChoices
    leaks += other.leaks
    unaskableUnits += other.unaskableUnits
    sharedQuestions += other.sharedQuestions
    caseDiagnostics += other.caseDiagnostics
  }
}
