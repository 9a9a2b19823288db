import Foundation
import ProgressCore
import Testing

@testable import Reports

/// What the class view reads of one learner beyond the table: deck versions and fixed quiz sittings.
@Suite("Learner details")
struct LearnerDetailsTests {
  typealias Fixture = ReportFixture
  static let v1 = DeckVersion(hash: "5ce6bff43257ca00", number: 1)
  static let v2 = DeckVersion(hash: "1a8295228a3afdb6", number: 2)

  static func review(_ card: String, _ rating: Int, _ time: Date, quiz: Bool = false) -> (
    Date, ProgressEvent
  ) {
    Fixture.review(
      card, rating, time, answer: rating == 1 ? "no" : nil, mode: quiz ? .quiz : .study)
  }

  static let events: [(Date, ProgressEvent)] = [
    (Fixture.at(9, "09:00"), .sessionStart(mode: "study")),  // before versions were recorded
    review("c1", 3, Fixture.at(9, "09:01")),
    (Fixture.at(8, "09:00"), .sessionStart(mode: "study", deck: v1)),
    review("c2", 3, Fixture.at(8, "09:01")),
    (Fixture.at(6, "09:00"), .sessionStart(mode: "study", deck: v1)),
    (Fixture.at(2, "09:00"), .sessionStart(mode: "quiz", deck: v2, set: "week-1")),
    review("c1", 3, Fixture.at(2, "09:01"), quiz: true),
    review("c3", 1, Fixture.at(2, "09:02"), quiz: true),
    (Fixture.at(2, "09:05"), .sessionStart(mode: "study", deck: v2)),  // the quiz was cut short
    review("c4", 1, Fixture.at(2, "09:06")),
    (Fixture.at(1, "09:00"), .sessionStart(mode: "quiz", deck: v2, set: "week-1")),
    review("c1", 3, Fixture.at(1, "09:01"), quiz: true),
    review("c3", 3, Fixture.at(1, "09:02"), quiz: true),
    (Fixture.at(1, "09:03"), .quizResult(correct: 2, questions: 3, seconds: 180, set: "week-1")),
    (Fixture.at(0, "08:00"), .sessionStart(mode: "quiz", deck: v2, set: "week-1")),
    review("c3", 1, Fixture.at(0, "08:01"), quiz: true),
    (Fixture.at(0, "08:02"), .quizResult(correct: 0, questions: 3, seconds: 60, set: "week-1")),
    (Fixture.at(-1, "08:00"), .sessionStart(mode: "study", deck: v1)),  // after now: left out
  ]

  let details = LearnerDetails(
    input: Fixture.input("ana", events), statistics: Fixture.statistics("ana", events))

  @Test("the deck versions each session recorded, and the latest studied")
  func versions() {
    #expect(details.versions.map(\.version) == [Self.v1, Self.v2])
    #expect(details.versions.map(\.sessions) == [2, 4])
    #expect(details.versions.map(\.last) == [Fixture.at(6, "09:00"), Fixture.at(0, "08:00")])
    #expect(details.sessionsWithoutVersion == 1)
    #expect(details.latestVersion == Self.v2)
  }

  @Test(
    "a fixed quiz's answers are those between its start and its result; a sitting cut short has none"
  )
  func sittings() throws {
    #expect(details.quizzes.map(\.set) == ["week-1", "week-1", "week-1"])
    #expect(details.quizzes[0].result == nil)
    #expect(details.quizzes[0].answers.map(\.card) == ["c1", "c3"])
    #expect(details.quizzes[1].answers.map(\.verdict) == ["correct", "correct"])
    let first = try #require(details.firstResult(of: "week-1"))
    #expect(first.started == Fixture.at(1, "09:00"))
    #expect(first.result == .init(correct: 2, questions: 3, seconds: 180))
    #expect(abs((first.score ?? 0) - 2.0 / 3) < 1e-9)
    #expect(details.firstResult(of: "week-2") == nil)
  }

  @Test("mastery by topic is the learner's own statistics'")
  func topics() {
    #expect(details.topics == Fixture.statistics("ana", Self.events).topics)
  }
}
