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

  /// An empty report.
  public init() {}

  /// Adds what `other` noted after what this report holds.
  mutating func add(_ other: GenerationReport) {
    missingChoices += other.missingChoices
    leaks += other.leaks
  }
}
