/// How an answer was judged, and why, in words a learner can use.
public struct Grade: Sendable, Hashable {
  /// The overall verdict.
  public enum Verdict: String, Sendable, Hashable, Codable {
    /// Fully right.
    case correct
    /// Some items right (lists and selections).
    case partial
    /// Wrong, or no answer.
    case incorrect
  }

  /// Right, partly right or wrong.
  public var verdict: Verdict
  /// The share of credit, 0...1.
  public var score: Double
  /// The learner gave no answer ("I don't know").
  public var isBlank: Bool = false
  /// Accepted despite a typo; holds the accepted spelling.
  public var typoOf: String?
  /// The learner typed exactly the name of another entity: its id (it is a different thing, not a typo).
  public var otherEntity: String?
  /// For lists and selections: the items found and those missed (display texts).
  public var found: [String] = []
  /// Items the learner missed.
  public var missed: [String] = []
  /// Items or options the learner gave that are wrong.
  public var wrongItems: [String] = []
  /// One sentence saying why.
  public var reason: String

  /// Creates a grade.
  public init(verdict: Verdict, score: Double, reason: String) {
    self.verdict = verdict
    self.score = score
    self.reason = reason
  }

  /// Whether the answer counts as right.
  public var isCorrect: Bool { verdict == .correct }
}
