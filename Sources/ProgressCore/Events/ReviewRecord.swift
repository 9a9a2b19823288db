import Scheduling

/// One answered card, as logged.
public struct ReviewRecord: Sendable, Equatable {
  /// The `override` value of an answer the learner said was right.
  public static let overriddenRight = "right"

  /// How the review was made; only `study` and `quiz` reviews move the schedule.
  public enum Mode: String, Sendable, Equatable {
    /// A normal study session.
    case study
    /// A scored quiz: counts as a review.
    case quiz
    /// Practice without changing the schedule.
    case cram
  }

  /// The card id: the presentation shown (a review counts for the card's unit).
  public var card: String
  /// The rung of the unit's ladder the presentation stood on (0 true/false … 5 list), as the session chose
  /// it; nil in files written before Recall logged it (the card's kind then says it).
  public var rung: Int?
  /// The rating the learner accepted.
  public var rating: Rating
  /// Milliseconds from showing the question to the answer.
  public var milliseconds: Int
  /// The rating answer checking suggested, when the learner overrode it.
  public var suggested: Rating?
  /// What the learner typed (kept so teachers can see common wrong answers).
  public var answer: String?
  /// On choice, select and true/false cards, the text of each option the learner picked, in the order the
  /// options were shown (`answer` may hold only letters, and options are shuffled per session); nil on other
  /// cards, when no option was picked, and in files written before Recall logged it.
  public var chosen: [String]?
  /// Answer checking's verdict: correct, partial or incorrect.
  public var verdict: String?
  /// `right` when the learner overrode a wrong or partly right verdict with a rating of Good or Easy ("I was
  /// right"); statistics then count the answer as right. Nil otherwise.
  public var override: String?
  /// The mode of the session.
  public var mode: Mode

  /// Creates a record.
  public init(
    card: String, rating: Rating, milliseconds: Int, suggested: Rating? = nil,
    answer: String? = nil, chosen: [String]? = nil,
    verdict: String? = nil, override: String? = nil, rung: Int? = nil, mode: Mode = .study
  ) {
    self.card = card
    self.rung = rung
    self.rating = rating
    self.milliseconds = milliseconds
    self.suggested = suggested
    self.answer = answer
    self.chosen = chosen
    self.verdict = verdict
    self.override = override
    self.mode = mode
  }
}
