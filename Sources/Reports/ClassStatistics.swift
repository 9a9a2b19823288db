import Foundation

/// Everything `recall class` reports about the learners of one deck: built from each learner's
/// ``LearnerStatistics`` and the answers and flags in their files (see docs/reports.md).
public struct ClassStatistics: Sendable, Equatable, Codable {
  /// The deck id.
  public var deckID: String
  /// The deck title.
  public var deckTitle: String
  /// The moment the report describes.
  public var now: Date
  /// One row per learner, by name.
  public var learners: [LearnerRow]
  /// Mastery per topic across the class.
  public var topics: [ClassTopic]
  /// The units missed by the most learners (at most 10).
  public var mostMissed: [MissedUnit]
  /// For the cards with wrong answers, the wrong answers given by the most learners (at most 10 cards, 3
  /// answers each): a learner repeating one mistake counts once, so it is the class's misconceptions that
  /// come first, not one learner's habit.
  public var wrongAnswers: [WrongAnswers]
  /// Per typed card, the answers learners said were right after a wrong verdict ("I was right"), each
  /// counted once per learner: alias suggestions for the teacher (`recall deck aliases --suggest` prints
  /// them as YAML). Cards in deck order.
  public var aliasSuggestions: [AliasSuggestions.CardSuggestions] = []
  /// Every flag, oldest first.
  public var flags: [FlagNote]
  /// Reviews and true retention per study day over the last 84 days (12 weeks), summed over the class,
  /// oldest first, ending today.
  public var activity: [LearnerStatistics.DayActivity]
  /// Units due on each of the next 30 study days, summed over the class (day 0 includes overdue units).
  public var forecast: [Int]
  /// What the class view shows of each learner beyond the table (mastery by topic, deck versions, fixed
  /// quizzes), in the order of `learners`.
  public var details: [LearnerDetails] = []

  /// One learner's line of the class table.
  public struct LearnerRow: Sendable, Equatable, Codable {
    /// The learner's name.
    public var learner: String
    /// Deck units known now (see ``LearnerStatistics/isKnown(phase:retrievability:suspended:)``).
    public var unitsKnown: Int
    /// Deck units introduced (answered at least once).
    public var unitsStudied: Int
    /// All-time true retention.
    public var retention: LearnerStatistics.Passes
    /// Units due by the end of today (learning units included, suspended ones not).
    public var due: Int
    /// The latest review, if any.
    public var lastActive: Date?
    /// Answers given, all modes.
    public var reviews: Int
    /// Quizzes taken.
    public var quizzes: Int
    /// The mean quiz score, 0...1, if any quiz was taken.
    public var quizScore: Double?
  }

  /// Mastery of one topic across the class.
  public struct ClassTopic: Sendable, Equatable, Codable {
    /// The tag.
    public var topic: String
    /// The deck's units with that tag.
    public var units: Int
    /// Units studied, summed over learners.
    public var studied: Int
    /// Units known, summed over learners.
    public var known: Int
    /// Learners counted.
    public var learners: Int
    /// known / studied, or nil when no learner studied a unit of the topic.
    public var share: Double? { studied == 0 ? nil : Double(known) / Double(studied) }
  }

  /// A unit learners answered wrong. Each learner counts once, however often they missed it: one learner
  /// failing a unit ten times says less about the unit than ten learners failing it once.
  public struct MissedUnit: Sendable, Equatable, Codable {
    /// The unit id.
    public var unit: String
    /// What the unit teaches (its lesson, else its top presentation's question).
    public var prompt: String
    /// Learners who answered it wrong at least once.
    public var learners: Int
    /// Learners who answered it at all.
    public var answered: Int
    /// Wrong answers, over the class.
    public var wrong: Int
    /// Answers, over the class.
    public var answers: Int
  }

  /// The wrong answers given to one presentation (the question as asked).
  public struct WrongAnswers: Sendable, Equatable, Codable {
    /// The card id.
    public var card: String
    /// The unit the card presents.
    public var unit: String
    /// The question.
    public var prompt: String
    /// The right answer.
    public var answer: String
    /// The wrong answers, given by the most learners first.
    public var answers: [GivenAnswer]
  }

  /// One wrong answer and how often it was given.
  public struct GivenAnswer: Sendable, Equatable, Codable {
    /// The options chosen when the review names them (joined by "; "), else the answer as typed; lowercased,
    /// spaces tidied.
    public var text: String
    /// Times given.
    public var count: Int
    /// Learners who gave it.
    public var learners: Int
    /// Who gave it (learner names, sorted).
    public var givenBy: [String] = []
  }

  /// A flag a learner raised.
  public struct FlagNote: Sendable, Equatable, Codable {
    /// The card id.
    public var card: String
    /// The unit the card presents (the card id itself when the deck no longer makes it).
    public var unit: String
    /// The question (empty if the deck no longer has the card).
    public var prompt: String
    /// Who flagged it.
    public var learner: String
    /// The note (empty when none was given).
    public var note: String
    /// When.
    public var time: Date
  }
}
