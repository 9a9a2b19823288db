import Foundation
import ProgressCore
import Reports
import Testing

/// A wrong answer counts once per learner and card: the class's shared misconception comes before one
/// learner's repeated slip, and the teacher can see who holds it.
@Suite("Class wrong answers: counted per learner")
struct ClassWrongAnswerRankingTests {
  typealias Fixture = ReportFixture

  @Test(
    "two learners giving one wrong answer once come before one learner giving another five times")
  func perLearner() throws {
    let repeated = (1...5).flatMap { day in
      [
        Fixture.review("c1", 1, Fixture.at(day, "09:00"), answer: "aspirin"),
        Fixture.review("c1", 3, Fixture.at(day, "09:10")),
      ]
    }
    let once = [
      Fixture.review("c3", 1, Fixture.at(2, "09:00"), answer: "heparin"),
      Fixture.review("c3", 3, Fixture.at(2, "09:10")),
    ]
    let report = ClassStatistics(
      deckID: "mini", deckTitle: "Mini", units: Fixture.units, now: Fixture.now,
      learners: [
        Fixture.input("ana", repeated), Fixture.input("ben", once), Fixture.input("cy", once),
      ])
    #expect(report.wrongAnswers.map(\.card) == ["c3", "c1"])
    let shared = try #require(report.wrongAnswers.first?.answers.first)
    #expect(shared.text == "heparin" && shared.learners == 2 && shared.count == 2)
    #expect(shared.givenBy == ["ben", "cy"])
    #expect(report.wrongAnswers.last?.answers.first?.givenBy == ["ana"])
  }
}
