import Foundation

/// Everything `recall class` reports about the learners of one deck: built from each learner's
/// ``LearnerStatistics`` and the answers and flags in their files (see docs/reports.md).
public struct ClassStatistics: Sendable {
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
  /// The cards answered wrong most often (at most 10).
  public var mostMissed: [MissedCard]
  /// For the cards with wrong answers, the wrong answers most often given (at most 10 cards, 3 answers each).
  public var wrongAnswers: [WrongAnswers]
  /// Every flag, oldest first.
  public var flags: [FlagNote]
  /// Reviews and true retention per study day over the last 84 days (12 weeks), summed over the class,
  /// oldest first, ending today.
  public var activity: [LearnerStatistics.DayActivity]
  /// Cards due on each of the next 30 study days, summed over the class (day 0 includes overdue cards).
  public var forecast: [Int]

  /// One learner's line of the class table.
  public struct LearnerRow: Sendable, Equatable {
    /// The learner's name.
    public var learner: String
    /// Deck cards reviewed at least once.
    public var cardsSeen: Int
    /// All-time true retention.
    public var retention: LearnerStatistics.Passes
    /// Cards due by the end of today (learning cards included, suspended ones not).
    public var due: Int
    /// The latest review, if any.
    public var lastActive: Date?
    /// Reviews made, all modes.
    public var reviews: Int
    /// Quizzes taken.
    public var quizzes: Int
    /// The mean quiz score, 0...1, if any quiz was taken.
    public var quizScore: Double?
  }

  /// Mastery of one topic across the class.
  public struct ClassTopic: Sendable, Equatable {
    /// The tag.
    public var topic: String
    /// The deck's cards with that tag.
    public var cards: Int
    /// Cards mastered, summed over learners.
    public var mastered: Int
    /// Learners counted.
    public var learners: Int
    /// mastered / (cards × learners).
    public var share: Double {
      cards * learners == 0 ? 0 : Double(mastered) / Double(cards * learners)
    }
  }

  /// A card answered wrong.
  public struct MissedCard: Sendable, Equatable {
    /// The card id.
    public var card: String
    /// The question.
    public var prompt: String
    /// Wrong answers, over the class.
    public var misses: Int
    /// Answers, over the class.
    public var reviews: Int
    /// Learners who answered it wrong at least once.
    public var learners: Int
  }

  /// The wrong answers given for one card.
  public struct WrongAnswers: Sendable, Equatable {
    /// The card id.
    public var card: String
    /// The question.
    public var prompt: String
    /// The right answer.
    public var answer: String
    /// The wrong answers, most frequent first.
    public var answers: [GivenAnswer]
  }

  /// One wrong answer and how often it was given.
  public struct GivenAnswer: Sendable, Equatable {
    /// The options chosen when the review names them (joined by "; "), else the answer as typed; lowercased,
    /// spaces tidied.
    public var text: String
    /// Times given.
    public var count: Int
    /// Learners who gave it.
    public var learners: Int
  }

  /// A flag a learner raised.
  public struct FlagNote: Sendable, Equatable {
    /// The card id.
    public var card: String
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
