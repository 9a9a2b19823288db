import Foundation
import ProgressCore
import Reports
import Testing

/// A learner's summary says until when it holds (`stableUntil`), so that the class view can keep the class
/// figures and show them again without reading every history: at any moment before then, the figures worked
/// out afresh are the same.
@Suite("Class statistics: how long a summary holds")
struct ClassStatisticsStabilityTests {
  typealias Fixture = ReportFixture

  /// The forty seeded learners of the tally tests, seen once every answer is given.
  static let learners: [LearnerInput] = ClassStatisticsTallyTests.learners.map { learner in
    var input = learner
    input.entries.removeAll { $0.time > Fixture.now }
    return input
  }

  /// The class figures at `now`, with `now` itself set aside (the view shows the moment it is asked).
  static func figures(at now: Date) -> (statistics: ClassStatistics, until: Date) {
    var tally = ClassStatistics.Tally(
      deck: ClassStatisticsTallyTests.deck, now: now, calendar: Fixture.calendar)
    var until = Date.distantFuture
    for learner in learners {
      var input = learner
      input.now = now
      let summary = ClassStatistics.LearnerSummary(input: input)
      until = min(until, summary.stableUntil)
      tally.add(summary)
    }
    var statistics = tally.statistics
    statistics.now = .distantPast
    return (statistics, until)
  }

  @Test(
    "every figure is the same at any moment before the earliest stableUntil, which is before the next study day",
    arguments: [0.0, 3.5, 9.25, 17.9])
  func holds(hoursAfter: Double) {
    let made = Fixture.now.addingTimeInterval(hoursAfter * 3600)
    let (figures, until) = Self.figures(at: made)
    let nextDay = Fixture.calendar.start(ofDay: Fixture.calendar.day(of: made) + 1)
    #expect(until > made && until <= nextDay)
    for share in [0.01, 0.5, 0.99] {
      let later = made.addingTimeInterval(until.timeIntervalSince(made) * share)
      #expect(Self.figures(at: later).statistics == figures, "at \(later)")
    }
  }

  @Test("a unit known now that stops being known later today ends the summary's time before then")
  func knownUnitTurnsOlder() throws {
    // A unit answered Easy once at 15:00, `days` days ago, goes straight to review. Find the age at which
    // it is known at 10:00 today but no longer at 15:00, when its last review turns a whole day older.
    func input(_ days: Int, at time: Date) -> LearnerInput {
      var input = Fixture.input("ana", [Fixture.review("c1", 4, Fixture.at(days, "15:00"))])
      input.now = time
      return input
    }
    let afternoon = Fixture.now.addingTimeInterval(5 * 3600 + 60)
    let days = try #require(
      (1...400).first { days in
        let known = { (time: Date) in
          LearnerStatistics(input: input(days, at: time)).units.first { $0.id == "c1" }?.known
        }
        return known(Fixture.now) == true && known(afternoon) == false
      })
    let summary = ClassStatistics.LearnerSummary(input: input(days, at: Fixture.now))
    #expect(summary.stableUntil > Fixture.now)
    #expect(summary.stableUntil <= Fixture.now.addingTimeInterval(5 * 3600))
  }

  @Test("the earliest stableUntil is not set far too early: a moment after it can change a figure")
  func tight() {
    // Over a few weeks some known unit turns a day older and stops being known, or a study day passes:
    // walking from one stableUntil to the next, the figures change within a week.
    var moment = Fixture.now
    let (start, _) = Self.figures(at: moment)
    var changed = false
    for _ in 0..<50 where !changed {
      let (figures, until) = Self.figures(at: moment)
      changed = figures != start
      moment = until
    }
    #expect(changed)
    #expect(moment < Fixture.now.addingTimeInterval(8 * 86_400))
  }
}
