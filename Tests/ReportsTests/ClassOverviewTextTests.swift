import Foundation
import Knowledge
import ProgressCore
import Testing
import Utilities

@testable import Reports

/// The class view's text read against a roster: within 80 columns, who needs help marked with `!` (and in red
/// on a terminal), the names behind each misconception on request.
@Suite("Class overview text")
struct ClassOverviewTextTests {
  typealias Fixture = ReportFixture
  typealias Overview = ClassOverviewTests

  static func overview() -> ClassOverview {
    let quiz = ClassFile.FixedQuiz(
      name: "week-1", title: "Week 1 check", units: [], tags: [], questions: 2, minutes: nil,
      seed: 1, ask: "choose", location: Overview.location)
    let file = Overview.classFile(
      [
        Overview.member("ana", "Ana Lima"), Overview.member("ben", "Ben Okafor"),
        Overview.member("chloe", "Chloé Martin-Dubois de la Fontaine"),
        Overview.member("dora", "Dora Ma"),
      ], start: Fixture.calendar.day(of: Fixture.now) - 28,
      targets: [
        ClassFile.Target(
          units: 6, by: ClassFile.Day(number: Fixture.calendar.day(of: Fixture.now) + 14))
      ],
      quizzes: [quiz])
    return ClassOverview(
      report: Fixture.classReport(), classFile: file, notOnRoster: ["zed"],
      quizQuestions: [
        "week-1": [
          .init(card: "c1", prompt: "Question c1?"), .init(card: "c3", prompt: "Question c3?"),
        ]
      ], calendar: Fixture.calendar)
  }

  func visibleWidth(_ line: Substring) -> Int {
    line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression).count
  }

  @Test("every line within 80 columns, with colour or without, with names or without")
  func width() {
    for colour in [true, false] {
      for names in [true, false] {
        let text = ClassText.render(
          Self.overview(), calendar: Fixture.calendar, style: TextStyle(isEnabled: colour),
          names: names)
        for line in text.split(separator: "\n") { #expect(visibleWidth(line) <= 80, "\(line)") }
        #expect(text.contains("\u{1B}[") == colour)
      }
    }
  }

  @Test(
    "who needs help is marked and said; the roster names the learners; files off the roster are named"
  )
  func marks() {
    let text = ClassText.render(
      Self.overview(), calendar: Fixture.calendar, style: .plain, names: true)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "Recall class · First aid 7B · Mini <deck> & co · 4 learners · 2026-11-25")
    // The target expects 6 units in 42 days: 4 by today; the median of units known is 1.
    #expect(lines.contains("! Dora Ma              not started"))
    #expect(lines.contains { $0.hasPrefix("! Ben Okafor          1       2") })
    #expect(lines.contains { $0.hasPrefix("  Ana Lima            4       6") })
    #expect(lines.contains("  ! Ben Okafor       1 unit known (target 4 by today)"))
    #expect(
      text.contains("Not on the roster, left out: zed (add them to the roster to count them)"))
    #expect(text.contains("      1 learner “aspirin”"))
    #expect(lines.contains("                Ben Okafor"))
    let colour = ClassText.render(
      Self.overview(), calendar: Fixture.calendar, style: TextStyle(isEnabled: true))
    #expect(colour.contains("\u{1B}[31m!\u{1B}[0m \u{1B}[31mDora Ma"))
    let behind = ClassText.render(
      Self.overview(), calendar: Fixture.calendar, style: .plain, behindOnly: true)
    #expect(!behind.contains("  Ana Lima            4"))
  }
}
