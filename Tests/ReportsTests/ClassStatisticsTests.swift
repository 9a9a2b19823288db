import Foundation
import Reports
import Scheduling
import Testing

/// `recall class` figures on the three fixture learners, counted by hand from ReportFixture.
@Suite("Class statistics")
struct ClassStatisticsTests {
  typealias Fixture = ReportFixture
  let report = ReportFixture.classReport()

  @Test(
    "one row per learner, by name: units known and studied, retention, reviews, last active, quizzes"
  )
  func learners() {
    #expect(report.learners.map(\.learner) == ["ana", "ben", "chloe"])
    let (ana, ben, chloe) = (report.learners[0], report.learners[1], report.learners[2])
    #expect(ana.unitsStudied == 6)  // all but c7
    #expect(ben.unitsStudied == 2)
    #expect(chloe.unitsStudied == 1)
    #expect(ana.unitsKnown == 4)  // c1, c2, c3, c6 (LearnerStatisticsTests counts them)
    #expect(ben.unitsKnown == 1)  // c2
    #expect(chloe.unitsKnown == 0)  // c3, relearnt 3 days ago after three lapses, is fading (below)
    #expect(ana.retention == LearnerStatistics.Passes(passed: 5, reviewed: 6))
    #expect(ben.retention == LearnerStatistics.Passes(passed: 0, reviewed: 8))
    #expect(chloe.retention == LearnerStatistics.Passes(passed: 0, reviewed: 3))
    #expect(ana.reviews == 20)  // 21 review lines, one undone; the cram review counts
    #expect(ben.reviews == 19)
    #expect(chloe.reviews == 8)
    #expect(ana.lastActive == Fixture.at(0, "09:30"))
    #expect(ben.lastActive == Fixture.at(3, "09:10"))
    #expect(ana.quizzes == 1 && ana.quizScore == 0.7)
    #expect(ben.quizzes == 0 && ben.quizScore == nil)
    #expect(chloe.quizzes == 2 && abs((chloe.quizScore ?? 0) - 0.7) < 1e-9)
  }

  @Test("due counts units due by the end of today, never suspended ones")
  func due() {
    let endOfToday = Fixture.date("2026-11-26T04:00:00Z")
    for (index, events) in [Fixture.ana, Fixture.ben, Fixture.chloe].enumerated() {
      let suspended: Set<String> = index == 0 ? ["c4"] : index == 1 ? ["c1"] : []
      let expected = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"].filter { card in
        guard !suspended.contains(card),
          let due = Fixture.schedulerState(card, events, before: Fixture.now)?.due
        else { return false }
        return due < endOfToday
      }.count
      #expect(report.learners[index].due == expected)
    }
    // ana's c5 is in learning, due minutes after 09:30.
    #expect(report.learners[0].due >= 1)
  }

  @Test(
    "most missed units: learners who missed each, once per learner; answers with cram and quiz ones"
  )
  func mostMissed() {
    #expect(report.mostMissed.map(\.unit) == ["c1", "c3", "c4", "c5", "c2"])
    // c1: ana once, ben eight times, but two learners; the rest one learner each, then by wrong answers.
    #expect(report.mostMissed.map(\.learners) == [2, 1, 1, 1, 1])
    #expect(report.mostMissed.map(\.wrong) == [9, 3, 2, 2, 1])
    #expect(report.mostMissed.map(\.answered) == [2, 2, 1, 1, 2])
    #expect(report.mostMissed[0].answers == 22)  // ben 17, ana 5
    #expect(report.mostMissed[1].answers == 11)  // chloe 8, ana 3 (one undone)
    #expect(report.mostMissed[4].answers == 6)  // ana 4, ben 2
    #expect(report.mostMissed[0].prompt == "Question c1? — answer c1")
  }

  @Test("wrong answers grouped per card, case and spaces ignored, option letters left out")
  func wrongAnswers() {
    #expect(report.wrongAnswers.map(\.card) == ["c1", "c3", "c5"])
    #expect(report.wrongAnswers[0].answers.map(\.text) == ["aspirin"])
    #expect(report.wrongAnswers[0].answers.map(\.count) == [8])
    #expect(report.wrongAnswers[1].answers.map(\.text) == ["warfarin", "heparin"])
    #expect(report.wrongAnswers[1].answers.map(\.count) == [2, 1])
    #expect(report.wrongAnswers[1].answer == "answer c3")
    #expect(report.wrongAnswers[2].answers.map(\.count) == [2])  // "liver", cram and study
  }

  @Test("flags with their notes, oldest first")
  func flags() {
    #expect(report.flags.map(\.learner) == ["chloe", "ana"])
    #expect(report.flags.map(\.card) == ["c3", "c4"])
    #expect(report.flags.map(\.unit) == ["c3", "c4"])
    #expect(report.flags[0].note == "the <b>answer</b> & \"wording\"")
    #expect(report.flags[1].prompt == "Question c4?")
  }

  @Test("topics across the class, activity and forecast summed over learners")
  func totals() {
    #expect(report.topics.map(\.topic) == ["treatment", "types", "signs"])
    #expect(report.topics.map(\.units) == [2, 2, 3])
    #expect(report.topics.allSatisfy { $0.learners == 3 })
    let learners = [("ana", Fixture.ana), ("ben", Fixture.ben), ("chloe", Fixture.chloe)].map {
      Fixture.statistics($0.0, $0.1)
    }
    for (index, topic) in report.topics.enumerated() {
      #expect(topic.known == learners.map { $0.topics[index].known }.reduce(0, +))
      #expect(topic.studied == learners.map { $0.topics[index].studied }.reduce(0, +))
    }
    // types: ana's c3 (known) and c4 (suspended), chloe's c3 (fading).
    #expect(report.topics[1].studied == 3 && report.topics[1].known == 1)
    #expect(report.activity.count == 84)
    #expect(report.activity.map(\.reviews).reduce(0, +) == 47)  // 20 + 19 + 8
    #expect(report.forecast.count == 30)
    #expect(
      report.forecast == (0..<30).map { day in learners.map { $0.forecast[day] }.reduce(0, +) })
  }

  @Test("chloe's c3, relearnt 3 days ago, is in review but recalled with a probability under 0.8")
  func premise() {
    #expect(Fixture.recall("c3", Fixture.chloe) < LearnerStatistics.knownThreshold)
    #expect(Fixture.schedulerState("c3", Fixture.chloe, before: Fixture.now)?.phase == .review)
  }
}
