import Foundation
import Knowledge
import ProgressCore
import Testing

@testable import Reports

/// The class view read against its roster: who needs help and why, in the order asked for.
@Suite("Class overview: who needs help")
struct ClassOverviewTests {
  typealias Fixture = ReportFixture
  static let now = Fixture.now
  static let today = Fixture.calendar.day(of: now)
  static let location = SourceLocation(file: "7b.yaml", line: 1, column: 1)

  /// A learner's row: `known` units known, last active `daysAgo`, `passed` of `reviewed` in retention.
  static func row(
    _ learner: String, known: Int, daysAgo: Int? = 0, passed: Int = 45, reviewed: Int = 50,
    reviews: Int = 100, quiz: Double? = nil
  ) -> ClassStatistics.LearnerRow {
    ClassStatistics.LearnerRow(
      learner: learner, unitsKnown: known, unitsStudied: known + 2,
      retention: LearnerStatistics.Passes(passed: passed, reviewed: reviewed), due: known % 5,
      lastActive: daysAgo.map { Fixture.at($0, "09:00") }, reviews: reviews,
      quizzes: quiz == nil ? 0 : 1,
      quizScore: quiz)
  }

  static func report(_ rows: [ClassStatistics.LearnerRow], details: [LearnerDetails] = [])
    -> ClassStatistics
  {
    ClassStatistics(
      deckID: "mini", deckTitle: "Mini", now: now, learners: rows, topics: [], mostMissed: [],
      wrongAnswers: [], flags: [], activity: [], forecast: [], details: details)
  }

  static func member(_ id: String, _ name: String) -> ClassFile.Member {
    ClassFile.Member(id: id, name: name, location: location)
  }

  static func classFile(
    _ members: [ClassFile.Member], start: Int? = nil, targets: [ClassFile.Target] = [],
    quizzes: [ClassFile.FixedQuiz] = []
  ) -> ClassFile {
    ClassFile(
      name: "7b", title: "First aid 7B", deck: "mini", start: start.map(ClassFile.Day.init),
      roster: members, targets: targets, quizzes: quizzes, deckLocation: location)
  }

  @Test(
    "each reason to help, and where it stops",
    arguments: [
      (row("a", known: 30), 40.0, nil, [ClassOverview.Reason]()),
      (row("a", known: 19), 40.0, nil, [.belowMedian(known: 19, median: 40)]),
      (row("a", known: 20), 40.0, nil, []),
      (row("a", known: 2), 8.0, nil, []),  // a median under 10 units says nothing yet
      (row("a", known: 30, daysAgo: 7), 40.0, nil, [.inactive(days: 7)]),
      (row("a", known: 30, daysAgo: 6), 40.0, nil, []),
      (row("a", known: 30, passed: 13, reviewed: 20), 40.0, nil, [.lowRetention(rate: 0.65)]),
      (row("a", known: 30, passed: 6, reviewed: 10), 40.0, nil, []),  // too few to say
      (row("a", known: 26), 40.0, 26.67, []),
      (row("a", known: 25), 40.0, 26.67, [.belowTarget(known: 25, expected: 26)]),
      (row("a", known: 0, daysAgo: nil, reviews: 0), 40.0, nil, [.notStarted]),
    ] as [(ClassStatistics.LearnerRow, Double?, Double?, [ClassOverview.Reason])])
  func reasons(
    row: ClassStatistics.LearnerRow, median: Double?, expected: Double?,
    reasons: [ClassOverview.Reason]
  ) {
    let line = ClassOverview.Row(
      learner: row.learner, name: row.learner, member: nil, figures: row, details: nil,
      reasons: [])
    #expect(
      ClassOverview.reasons(
        for: line, median: median, expected: expected, today: Self.today,
        calendar: Fixture.calendar) == reasons)
  }

  @Test("a class file's needs-help thresholds replace the defaults")
  func classThresholds() {
    var rules = ClassFile.HelpRules()
    rules.inactiveDays = 3
    rules.retention = 0.95
    rules.medianShare = 0.8
    let figures = Self.row("a", known: 30, daysAgo: 3, passed: 45, reviewed: 50)
    let line = ClassOverview.Row(
      learner: "a", name: "a", member: nil, figures: figures, details: nil, reasons: [])
    #expect(
      ClassOverview.reasons(
        for: line, median: 40, expected: nil, today: Self.today, calendar: Fixture.calendar)
        == [])
    #expect(
      ClassOverview.reasons(
        for: line, median: 40, expected: nil, today: Self.today, calendar: Fixture.calendar,
        rules: rules)
        == [.belowMedian(known: 30, median: 40), .inactive(days: 3), .lowRetention(rate: 0.9)])
    var file = Self.classFile([Self.member("a", "Ana")])
    file.help = rules
    let overview = ClassOverview(
      report: Self.report([figures]), classFile: file, calendar: Fixture.calendar)
    // Alone in the class, the learner is the median: inactive and low retention by the class's rules.
    #expect(overview.rows.first?.reasons == [.inactive(days: 3), .lowRetention(rate: 0.9)])
  }

  @Test(
    "targets set an even pace from the class's start to each target's day",
    arguments: [
      (28, 0, [(40, 42)], 40.0 * 28 / 42), (0, 0, [(40, 42)], 0), (42, 0, [(40, 42)], 40),
      (50, 0, [(40, 42)], 40), (10, 0, [(20, 21), (40, 42)], 20.0 * 10 / 21),
      (30, 0, [(20, 21), (40, 42)], 20 + 20.0 * 9 / 21), (10, nil, [(40, 42)], 0),
      (43, nil, [(40, 42)], 40),
    ] as [(Int, Int?, [(Int, Int)], Double)])
  func pace(day: Int, start: Int?, targets: [(Int, Int)], expected: Double) throws {
    let value = try #require(
      ClassOverview.expected(
        on: day, start: start.map(ClassFile.Day.init),
        targets: targets.map { ClassFile.Target(units: $0.0, by: ClassFile.Day(number: $0.1)) }))
    #expect(abs(value - expected) < 1e-9)
    #expect(ClassOverview.expected(on: day, start: nil, targets: []) == nil)
  }

  @Test("the median of units known, over the learners who have started")
  func median() {
    #expect(ClassOverview.median([]) == nil)
    #expect(ClassOverview.median([5, 1, 3]) == 3)
    #expect(ClassOverview.median([4, 1, 3, 2]) == 2.5)
  }

  @Test(
    "the roster is the class: learners without a file are rows, not started; files off it are named"
  )
  func roster() {
    let file = Self.classFile([
      Self.member("ana", "Ana Lima"), Self.member("ben", "Ben Okafor"),
      Self.member("dora", "Dora Ma"),
    ])
    let overview = ClassOverview(
      report: Self.report([Self.row("ana", known: 40), Self.row("ben", known: 12)]),
      classFile: file, notOnRoster: ["zed"], calendar: Fixture.calendar)
    #expect(overview.rows.map(\.learner) == ["dora", "ben", "ana"])
    #expect(overview.rows.map(\.name) == ["Dora Ma", "Ben Okafor", "Ana Lima"])
    #expect(overview.rows[0].reasons == [.notStarted] && overview.rows[0].figures == nil)
    #expect(overview.rows[1].reasons == [.belowMedian(known: 12, median: 26)])
    #expect(overview.medianKnown == 26)
    #expect(overview.notOnRoster == ["zed"])
    #expect(overview.names(["ana", "zed"]) == "Ana Lima, zed")
  }

  @Test(
    "the table sorts who needs help first, or by any figure, ties by name",
    arguments: [
      (ClassOverview.SortKey.behind, ["eve", "dan", "ana", "cy", "bea"]),
      (.name, ["ana", "bea", "cy", "dan", "eve"]),
      (.known, ["dan", "eve", "ana", "cy", "bea"]),
      (.retention, ["eve", "ana", "bea", "cy", "dan"]),
      (.lastActive, ["dan", "eve", "cy", "ana", "bea"]),
      (.quiz, ["cy", "bea", "ana", "dan", "eve"]),
    ])
  func sort(key: ClassOverview.SortKey, order: [String]) {
    let rows = [
      Self.row("ana", known: 30, quiz: 0.9), Self.row("bea", known: 42, passed: 46, quiz: 0.8),
      Self.row("cy", known: 31, daysAgo: 1, passed: 47, quiz: 0.5),
      Self.row("dan", known: 5, daysAgo: 20, passed: 48),
      Self.row("eve", known: 5, daysAgo: 9, passed: 5, reviewed: 30),
    ]
    let overview = ClassOverview(report: Self.report(rows), calendar: Fixture.calendar, sort: key)
    #expect(overview.rows.map(\.learner) == order)
  }
}
