import Foundation
import Knowledge
import ProgressCore

/// The class view for a teacher: ``ClassStatistics`` read against the class file (`Classes/<name>.yaml`):
/// one row per learner of the roster, started or not, each flagged when behind and why, sorted so that who
/// needs help comes first; the deck versions studied; the fixed quizzes' results.
///
/// Without a class file every learner with a progress file is a row, named by their learner name, and the
/// class's median alone tells who is behind. Pure: the executable reads the files.
public struct ClassOverview: Sendable {
  /// The figures of the learners who have a progress file.
  public var report: ClassStatistics
  /// The class file, when there is one.
  public var classFile: ClassFile?
  /// One row per learner, in the order asked for (``SortKey``).
  public var rows: [Row]
  /// Learners with a progress file in the class's folder who are not on the roster: reported, never mixed
  /// into the figures.
  public var notOnRoster: [String]
  /// Learners with a forked copy of their history beside their file (kept by `recall class collect`), in
  /// name order: the teacher keeps one of the two.
  public var forked: [String]
  /// The median of units known, over the learners who have started; nil when none has.
  public var medianKnown: Double?
  /// The units the class's targets expect a learner to know today (pro rata from the class's start), or
  /// nil without targets.
  public var expectedToday: Double?
  /// Which deck version the learners last studied, newest first.
  public var versions: [VersionGroup]
  /// The results of each fixed quiz of the class file.
  public var quizzes: [QuizResults]
  /// The study day of the report.
  public var today: Int
  /// The name shown for each learner id (the roster's display names).
  public var displayNames: [String: String]

  /// One learner's line.
  public struct Row: Sendable {
    /// The learner id.
    public var learner: String
    /// The name shown: the roster's display name, else the learner id.
    public var name: String
    /// The roster entry, when there is a class file.
    public var member: ClassFile.Member?
    /// The learner's figures; nil for a roster learner with no progress file yet.
    public var figures: ClassStatistics.LearnerRow?
    /// Topic mastery, deck versions and fixed quizzes; nil when not started.
    public var details: LearnerDetails?
    /// Why the learner is behind; empty when not.
    public var reasons: [Reason]

    /// Whether the learner needs help.
    public var isBehind: Bool { !reasons.isEmpty }
    /// Whether the learner has answered anything.
    public var hasStarted: Bool { (figures?.reviews ?? 0) > 0 }
  }

  /// The learners who last studied one version of the deck.
  public struct VersionGroup: Sendable {
    /// The version; nil for learners whose sessions recorded none.
    public var version: DeckVersion?
    /// Whether it is the version of the deck the report was made with.
    public var isCurrent: Bool
    /// The learners (ids), sorted by name.
    public var learners: [String]
    /// What changed from it to the current version, when both are known; nil otherwise.
    public var changes: DeckSnapshot.Changes?
  }

  /// A fixed quiz's results over the class.
  public struct QuizResults: Sendable {
    /// The quiz as the class file defines it.
    public var quiz: ClassFile.FixedQuiz
    /// Its questions (empty when the deck cannot make them).
    public var questions: [QuizQuestion]
    /// Each learner's first finished sitting, by learner id.
    public var results: [String: LearnerDetails.QuizAttempt]
    /// The tally of each question, in the quiz's order.
    public var tallies: [QuestionTally]
    /// The mean score of those who took it, 0...1.
    public var mean: Double?
  }

  /// One question of a fixed quiz.
  public struct QuizQuestion: Sendable, Equatable {
    /// The card asked.
    public var card: String
    /// Its question.
    public var prompt: String

    /// Creates a question.
    public init(card: String, prompt: String) {
      self.card = card
      self.prompt = prompt
    }
  }

  /// How the learners who took a fixed quiz answered one of its questions.
  public struct QuestionTally: Sendable, Equatable {
    /// The question.
    public var question: QuizQuestion
    /// Right answers.
    public var correct = 0
    /// Partly right answers.
    public var partial = 0
    /// Wrong answers (an empty answer included).
    public var wrong = 0
    /// Not answered (skipped, or time ran out).
    public var unanswered = 0
  }

  /// Builds the overview of `report`. With a `classFile`, the rows are its roster (learners without a
  /// progress file included), and `notOnRoster` names the files left out; `snapshots` are the deck
  /// versions known (the current one among them, as `current`); `quizQuestions` the questions of each
  /// fixed quiz by name; `forked` the learners with a forked copy of their history.
  public init(
    report: ClassStatistics, classFile: ClassFile? = nil, notOnRoster: [String] = [],
    forked: [String] = [],
    current: DeckVersion? = nil, snapshots: [DeckSnapshot] = [],
    quizQuestions: [String: [QuizQuestion]] = [:], calendar: ReportCalendar,
    sort: SortKey = .behind
  ) {
    self.report = report
    self.classFile = classFile
    self.notOnRoster = notOnRoster
    self.forked = forked
    let today = calendar.day(of: report.now)
    self.today = today
    let figures = Dictionary(report.learners.map { ($0.learner, $0) }) { first, _ in first }
    let details = Dictionary(report.details.map { ($0.learner, $0) }) { first, _ in first }
    var rows: [Row]
    if let classFile {
      rows = classFile.roster.map { member in
        Row(
          learner: member.id, name: member.name, member: member, figures: figures[member.id],
          details: details[member.id], reasons: [])
      }
    } else {
      rows = report.learners.map { row in
        Row(
          learner: row.learner, name: row.learner, member: nil, figures: row,
          details: details[row.learner], reasons: [])
      }
    }
    displayNames = Dictionary(rows.map { ($0.learner, $0.name) }) { first, _ in first }
    let started = rows.compactMap { $0.hasStarted ? $0.figures?.unitsKnown : nil }
    let median = Self.median(started)
    let expected = classFile.flatMap {
      Self.expected(on: today, start: $0.start, targets: $0.targets)
    }
    medianKnown = median
    expectedToday = expected
    for index in rows.indices {
      rows[index].reasons = Self.reasons(
        for: rows[index], median: median, expected: expected, today: today, calendar: calendar,
        rules: classFile?.help ?? ClassFile.HelpRules())
    }
    self.rows = Self.sorted(rows, by: sort)
    versions = Self.versionGroups(rows: rows, current: current, snapshots: snapshots)
    quizzes = (classFile?.quizzes ?? []).map { quiz in
      Self.results(of: quiz, questions: quizQuestions[quiz.name] ?? [], rows: rows)
    }
  }

  /// The median of `values`; nil when there are none.
  static func median(_ values: [Int]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1
      ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The units the targets expect known on study day `day`: each target's units by the end of its day,
  /// reached at an even pace from the class's start (or from the target before it); the last target's
  /// units after its day. Without a start, a target expects nothing before its day.
  static func expected(on day: Int, start: ClassFile.Day?, targets: [ClassFile.Target]) -> Double? {
    guard !targets.isEmpty else { return nil }
    var from = (day: start?.number, units: 0.0)
    for target in targets {
      let end = target.by.number
      if day >= end {
        from = (end, Double(target.units))
        continue
      }
      guard let startDay = from.day, end > startDay, day >= startDay else { return from.units }
      let share = Double(day - startDay) / Double(end - startDay)
      return from.units + (Double(target.units) - from.units) * share
    }
    return from.units
  }
}
