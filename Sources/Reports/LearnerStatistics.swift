import Foundation

/// Everything `recall stats` reports about one learner and one deck, worked out once and rendered as text,
/// JSON or HTML. Built by ``LearnerStatistics/init(input:)``; see docs/reports.md for every definition.
public struct LearnerStatistics: Sendable {
  /// The learner's name.
  public var learner: String
  /// The deck's id and title.
  public var deckID: String
  /// The deck's title.
  public var deckTitle: String
  /// The moment the report describes.
  public var now: Date
  /// The number of the study day containing `now` (see ``ReportCalendar``).
  public var today: Int
  /// The calendar the days were counted in.
  public var calendar: ReportCalendar

  /// Today's reviews.
  public var todayTally: DayTally
  /// Cards by state.
  public var counts: CardCounts
  /// True retention over five periods.
  public var retention: [RetentionRow]
  /// Cards due on each of the next 30 study days (day 0 is today and includes overdue cards).
  public var forecast: [Int]
  /// The last 84 study days (12 weeks), oldest first, ending today.
  public var activity: [DayActivity]
  /// Consecutive study days with at least one review, ending today (or yesterday, if today has none yet).
  public var currentStreak: Int
  /// The longest run of consecutive study days with reviews.
  public var longestStreak: Int
  /// Mastery per topic (card tag), in the order topics first appear in the deck.
  public var topics: [TopicMastery]
  /// The hardest cards: most lapses, then highest difficulty (at most 10).
  public var hardest: [CardFigures]
  /// Every card: the deck's, then cards in the progress file that the deck no longer has.
  public var cards: [CardFigures]
  /// Quizzes taken, oldest first.
  public var quizzes: [QuizFigures]

  /// Cards by state. Suspended cards count only as suspended; leeches are counted apart and may also be
  /// suspended.
  public struct CardCounts: Sendable, Equatable {
    /// Never reviewed.
    public var new = 0
    /// In the learning or relearning steps.
    public var learning = 0
    /// In review with an interval under 21 days.
    public var young = 0
    /// In review with an interval of 21 days or more.
    public var mature = 0
    /// Suspended by the learner or as leeches.
    public var suspended = 0
    /// Tagged `leech` or with 8 lapses or more.
    public var leeches = 0
    /// Cards in the deck.
    public var total = 0
  }

  /// Reviews passed out of reviews counted.
  public struct Passes: Sendable, Equatable {
    /// Rated Hard, Good or Easy.
    public var passed = 0
    /// Counted.
    public var reviewed = 0

    /// Creates a count.
    public init(passed: Int = 0, reviewed: Int = 0) {
      self.passed = passed
      self.reviewed = reviewed
    }
    /// passed / reviewed, or nil when nothing was counted.
    public var rate: Double? { reviewed == 0 ? nil : Double(passed) / Double(reviewed) }

    mutating func add(passed: Bool) {
      reviewed += 1
      if passed { self.passed += 1 }
    }
  }

  /// True retention over one period.
  public struct RetentionRow: Sendable, Equatable {
    /// `today`, `yesterday`, `last-7-days`, `last-30-days` or `all-time`.
    public var period: String
    /// Cards whose interval was under 21 days.
    public var young = Passes()
    /// Cards whose interval was 21 days or more.
    public var mature = Passes()
    /// Both.
    public var all: Passes {
      Passes(passed: young.passed + mature.passed, reviewed: young.reviewed + mature.reviewed)
    }
  }

  /// One study day's work.
  public struct DayActivity: Sendable, Equatable {
    /// The study day's number.
    public var day: Int
    /// Reviews made (cram and quiz included).
    public var reviews = 0
    /// True retention reviews of the day.
    public var retention = Passes()
  }

  /// Mastery of one topic: cards with a probability of recall of at least 0.9 now.
  public struct TopicMastery: Sendable, Equatable {
    /// The tag.
    public var topic: String
    /// The deck's cards with that tag.
    public var cards = 0
    /// Of those, cards with retrievability ≥ 0.9 now.
    public var mastered = 0
    /// Of those, cards reviewed at least once.
    public var seen = 0
    /// mastered / cards (0 when the topic has no cards).
    public var share: Double { cards == 0 ? 0 : Double(mastered) / Double(cards) }
  }

  /// One card's figures.
  public struct CardFigures: Sendable, Equatable {
    /// The card id.
    public var id: String
    /// The question (empty for a card the deck no longer has).
    public var prompt: String
    /// Its topics.
    public var topics: [String]
    /// Whether the deck still has it.
    public var inDeck: Bool
    /// `new`, `learning`, `review` or `relearning`.
    public var state: String
    /// FSRS stability in days (nil while new).
    public var stability: Double?
    /// FSRS difficulty, 1...10 (nil while new).
    public var difficulty: Double?
    /// Probability of recall now (nil while new).
    public var retrievability: Double?
    /// When it is due (nil while new).
    public var due: Date?
    /// When it was last reviewed (nil while new).
    public var lastReview: Date?
    /// Reviews that moved the schedule.
    public var reviews: Int
    /// Times forgotten while in review.
    public var lapses: Int
    /// Suspended.
    public var suspended: Bool
    /// A leech.
    public var leech: Bool
  }

  /// A quiz's result.
  public struct QuizFigures: Sendable, Equatable {
    /// When it ended.
    public var time: Date
    /// Its score (partial answers count in part).
    public var correct: Double
    /// Questions asked.
    public var questions: Int
    /// How long it took.
    public var seconds: Int
  }
}
