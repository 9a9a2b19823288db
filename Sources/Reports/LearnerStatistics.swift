import Foundation

/// Everything `recall stats` reports about one learner and one deck, worked out once and rendered as text,
/// JSON or HTML. Built by ``LearnerStatistics/init(input:)``; see docs/reports.md for every definition.
///
/// Every figure is about **units of knowledge** (a fact asked forward, an object asked back, a term, a
/// quantity, a hand-written card), each with one memory, whichever of its presentations was shown; only the
/// activity and today's tally count answers.
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

  /// Today's answers.
  public var todayTally: DayTally
  /// Units by state.
  public var counts: UnitCounts
  /// True retention over five periods.
  public var retention: [RetentionRow]
  /// Units due on each of the next 30 study days (day 0 is today and includes overdue units).
  public var forecast: [Int]
  /// The last 84 study days (12 weeks), oldest first, ending today.
  public var activity: [DayActivity]
  /// Consecutive study days with at least one review, ending today (or yesterday, if today has none yet).
  public var currentStreak: Int
  /// The longest run of consecutive study days with reviews.
  public var longestStreak: Int
  /// Mastery per topic (unit tag), in the order topics first appear in the deck.
  public var topics: [TopicMastery]
  /// The hardest units: most lapses, then highest difficulty (at most 10).
  public var hardest: [UnitFigures]
  /// Every unit: the deck's in study order, then units in the progress file that the deck no longer makes.
  public var units: [UnitFigures]
  /// Quizzes taken, oldest first.
  public var quizzes: [QuizFigures]

  /// The deck's units by state. Suspended units count only as suspended; leeches are counted apart and may
  /// also be suspended; known units are among the young and mature ones.
  public struct UnitCounts: Sendable, Equatable {
    /// Never answered.
    public var new = 0
    /// In the learning or relearning steps.
    public var learning = 0
    /// In review with an interval under 21 days.
    public var young = 0
    /// In review with an interval of 21 days or more.
    public var mature = 0
    /// Suspended by the learner or as leeches.
    public var suspended = 0
    /// Tagged `leech`, or forgotten (answered Again) on 8 study days or more.
    public var leeches = 0
    /// Introduced: answered at least once (suspended ones included).
    public var studied = 0
    /// Known (see ``LearnerStatistics/isKnown(phase:retrievability:suspended:)``).
    public var known = 0
    /// Units in the deck.
    public var total = 0
    /// The deck's units of each kind, in the order of ``KindCount/kinds`` (kinds the deck has none of left
    /// out).
    public var kinds: [KindCount] = []
  }

  /// How many units of one kind a deck has.
  public struct KindCount: Sendable, Equatable {
    /// `forward`, `reverse`, `definition`, `quantity` or `handwritten` (as `KnowledgeUnit.Kind`).
    public var kind: String
    /// Units of that kind.
    public var units: Int

    /// Creates a count.
    public init(kind: String, units: Int) {
      self.kind = kind
      self.units = units
    }

    /// Every kind, in the order reports list them.
    public static let kinds = ["forward", "reverse", "definition", "quantity", "handwritten"]
  }

  /// Reviews passed out of reviews counted.
  public struct Passes: Sendable, Equatable, Codable {
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
    /// Units whose interval was under 21 days.
    public var young = Passes()
    /// Units whose interval was 21 days or more.
    public var mature = Passes()
    /// Both.
    public var all: Passes {
      Passes(passed: young.passed + mature.passed, reviewed: young.reviewed + mature.reviewed)
    }
  }

  /// One study day's work.
  public struct DayActivity: Sendable, Equatable, Codable {
    /// The study day's number.
    public var day: Int
    /// Answers given (cram and quiz included).
    public var reviews = 0
    /// True retention reviews of the day.
    public var retention = Passes()
  }

  /// Mastery of one topic: the share of the topic's studied units that are known.
  public struct TopicMastery: Sendable, Equatable, Codable {
    /// The tag.
    public var topic: String
    /// The deck's units with that tag.
    public var units = 0
    /// Of those, units introduced (answered at least once; suspended ones included).
    public var studied = 0
    /// Of those, units known now.
    public var known = 0
    /// known / studied, or nil when no unit of the topic was studied yet.
    public var share: Double? { studied == 0 ? nil : Double(known) / Double(studied) }
    /// studied / units (0 when the topic has no units).
    public var coverage: Double { units == 0 ? 0 : Double(studied) / Double(units) }
  }

  /// One unit's figures.
  public struct UnitFigures: Sendable, Equatable {
    /// The unit id.
    public var id: String
    /// `forward`, `reverse`, `definition`, `quantity` or `handwritten`; nil for a unit the deck no longer
    /// makes.
    public var kind: String?
    /// What the unit teaches: its lesson, else its top presentation's question (empty for a unit the deck no
    /// longer makes).
    public var prompt: String
    /// Its topics.
    public var topics: [String]
    /// Whether the deck still makes it.
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
    /// Reviews that moved the schedule (of any of its presentations).
    public var reviews: Int
    /// Times forgotten while in review.
    public var lapses: Int
    /// Suspended.
    public var suspended: Bool
    /// A leech.
    public var leech: Bool
    /// Known now.
    public var known: Bool
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
