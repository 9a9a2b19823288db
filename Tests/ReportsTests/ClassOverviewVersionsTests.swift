import Foundation
import Knowledge
import ProgressCore
import Testing

@testable import Reports

/// Who studied which deck version and what changed since; a fixed quiz's results over the class.
@Suite("Class overview: deck versions and fixed quizzes")
struct ClassOverviewVersionsTests {
  typealias Fixture = ReportFixture
  typealias Overview = ClassOverviewTests
  static let v1 = DeckVersion(hash: "5ce6bff43257ca00", number: 1)
  static let v2 = DeckVersion(hash: "1a8295228a3afdb6", number: 2)

  static func details(
    _ learner: String, versions: [(DeckVersion, Int)] = [],
    quizzes: [LearnerDetails.QuizAttempt] = []
  ) -> LearnerDetails {
    LearnerDetails(
      learner: learner, topics: [],
      versions: versions.map { .init(version: $0.0, sessions: 1, last: Fixture.at($0.1, "09:00")) },
      sessionsWithoutVersion: 0, quizzes: quizzes)
  }

  static func attempt(
    _ daysAgo: Int, _ answers: [(String, String)], result: Double?
  ) -> LearnerDetails.QuizAttempt {
    LearnerDetails.QuizAttempt(
      set: "week-1", started: Fixture.at(daysAgo, "09:00"),
      result: result.map { .init(correct: $0, questions: 3, seconds: 60) },
      answers: answers.map { .init(card: $0.0, verdict: $0.1, text: nil) })
  }

  @Test(
    "learners are grouped by the version they last studied, the current one first, with the changes"
  )
  func versions() {
    let rows = ["ana", "ben", "cy", "dan"].map { Overview.row($0, known: 30) }
    let details = [
      Self.details("ana", versions: [(Self.v1, 9), (Self.v2, 1)]),
      Self.details("ben", versions: [(Self.v1, 3)]), Self.details("cy"),
      Self.details("dan", versions: [(Self.v2, 2), (Self.v1, 4)]),
    ]
    let old = DeckSnapshot(
      deck: "mini", version: Self.v1, units: ["u1": ["u1.a", "u1.b"], "u2": ["u2.a"]])
    let new = DeckSnapshot(
      deck: "mini", version: Self.v2, units: ["u1": ["u1.a"], "u3": ["u3.a", "u3.b"]])
    let overview = ClassOverview(
      report: Overview.report(rows, details: details), current: Self.v2, snapshots: [old, new],
      calendar: Fixture.calendar)
    #expect(overview.versions.map(\.version) == [Self.v2, Self.v1, nil])
    // dan studied the old version too, but the new one last.
    #expect(overview.versions.map(\.learners) == [["ana", "dan"], ["ben"], ["cy"]])
    #expect(overview.versions.map(\.isCurrent) == [true, false, false])
    #expect(
      overview.versions[1].changes
        == DeckSnapshot.Changes(
          unitsAdded: ["u3"], unitsRemoved: ["u2"], cardsAdded: 2, cardsRemoved: 2))
    #expect(
      ClassOverviewText.describe(overview.versions[1].changes!)
        == "1 unit added (u3), 1 removed (u2); 2 cards added, 2 removed")
    // Without the old version's units at hand, the change is not guessed.
    let unknown = ClassOverview(
      report: Overview.report(rows, details: details), current: Self.v2, snapshots: [new],
      calendar: Fixture.calendar)
    #expect(unknown.versions[1].changes == nil)
  }

  @Test("a fixed quiz: each learner's first finished sitting, the mean, and every question's tally")
  func quiz() {
    let quiz = ClassFile.FixedQuiz(
      name: "week-1", title: "Week 1", units: [], tags: [], questions: 3, minutes: nil, seed: 1,
      ask: "choose", location: Overview.location)
    let questions = ["q1", "q2", "q3"].map {
      ClassOverview.QuizQuestion(card: $0, prompt: "\($0)?")
    }
    let details = [
      Self.details(
        "ana",
        quizzes: [
          Self.attempt(3, [("q1", "incorrect")], result: nil),  // cut short: not counted
          Self.attempt(
            2, [("q1", "correct"), ("q2", "partial"), ("q3", "incorrect")], result: 1.5),
          Self.attempt(1, [("q1", "correct"), ("q2", "correct"), ("q3", "correct")], result: 3),
        ]),
      Self.details("ben", quizzes: [Self.attempt(1, [("q2", "correct")], result: 1)]),
      Self.details("cy"),
    ]
    let file = Overview.classFile(
      [Overview.member("ana", "Ana"), Overview.member("ben", "Ben"), Overview.member("cy", "Cy")],
      quizzes: [quiz])
    let overview = ClassOverview(
      report: Overview.report(
        ["ana", "ben", "cy"].map { Overview.row($0, known: 30) }, details: details),
      classFile: file, quizQuestions: ["week-1": questions], calendar: Fixture.calendar)
    let results = overview.quizzes[0]
    #expect(results.results.keys.sorted() == ["ana", "ben"])
    #expect(results.results["ana"]?.score == 0.5)
    #expect(abs((results.mean ?? 0) - (0.5 + 1.0 / 3) / 2) < 1e-9)
    #expect(results.tallies.map(\.correct) == [1, 1, 0])
    #expect(results.tallies.map(\.partial) == [0, 1, 0])
    #expect(results.tallies.map(\.wrong) == [0, 0, 1])
    #expect(results.tallies.map(\.unanswered) == [1, 0, 1])
  }
}
