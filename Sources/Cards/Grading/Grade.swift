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
    /// Not graded: the input is not in the form the card asks for (no option, not true or false, nothing
    /// selected). The learner is asked again; `reason` says what form is expected. Never recorded.
    case retry
  }

  /// Right, partly right or wrong.
  public var verdict: Verdict
  /// The share of credit, 0...1.
  public var score: Double
  /// The learner gave no answer ("I don't know").
  public var isBlank: Bool = false
  /// Accepted despite a typo; holds the accepted spelling.
  public var typoOf: String?
  /// The accepted text a right answer was matched to by meaning rather than letter for letter (a rewording,
  /// an inflection, a spelling variant); nil for an exact match.
  public var matched: String?
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

  /// Whether the input must be asked again instead of graded.
  public var isRetry: Bool { verdict == .retry }

  /// A grade that asks again, with `hint` saying the form expected.
  static func retry(_ hint: String) -> Grade { Grade(verdict: .retry, score: 0, reason: hint) }
}
