import Foundation
import ProgressCore
import Reports
import Scheduling
import Study
import Testing

/// `recall stats` figures on the fixture histories; every expected number is counted by hand from
/// ReportFixture (the comments there say what each review counts as).
@Suite("Learner statistics")
struct LearnerStatisticsTests {
  typealias Fixture = ReportFixture
  let ana = ReportFixture.statistics("ana", ReportFixture.ana)
  let ben = ReportFixture.statistics("ben", ReportFixture.ben)

  @Test("the fixture's premises hold: which reviews were of young and of mature units")
  func premises() {
    // c6 and c1/c2 graduate with Easy at about 8 days: young at their next review.
    #expect(
      (1..<21).contains(
        Fixture.intervalDays(
          Fixture.schedulerState("c6", Fixture.ana, before: Fixture.at(40, "08:00")))))
    #expect(
      (1..<21).contains(
        Fixture.intervalDays(
          Fixture.schedulerState("c2", Fixture.ana, before: Fixture.at(22, "08:00")))))
    // c2 is mature when it fails today; c6 is mature now.
    #expect(
      Fixture.intervalDays(
        Fixture.schedulerState("c2", Fixture.ana, before: Fixture.at(0, "07:00"))) >= 21)
    #expect(
      Fixture.intervalDays(Fixture.schedulerState("c6", Fixture.ana, before: Fixture.now)) >= 21)
    // c1 yesterday and c3 today are young.
    #expect(
      (1..<21).contains(
        Fixture.intervalDays(
          Fixture.schedulerState("c1", Fixture.ana, before: Fixture.at(1, "08:00")))))
    #expect(
      (1..<21).contains(
        Fixture.intervalDays(
          Fixture.schedulerState("c3", Fixture.ana, before: Fixture.at(0, "08:30")))))
    // Now c2 (relearnt today) and c3 are young; c1, passed yesterday after 21 days, has become mature.
    for card in ["c2", "c3"] {
      #expect(
        (1..<21).contains(
          Fixture.intervalDays(Fixture.schedulerState(card, Fixture.ana, before: Fixture.now))))
    }
    #expect(
      Fixture.intervalDays(Fixture.schedulerState("c1", Fixture.ana, before: Fixture.now)) >= 21)
    // c6, last answered 40 days ago, and ben's c2, answered 3 days ago, are still recalled with a
    // probability of at least 0.8, so they are known.
    #expect(Fixture.recall("c6", Fixture.ana) >= LearnerStatistics.knownThreshold)
    #expect(Fixture.recall("c2", Fixture.ben) >= LearnerStatistics.knownThreshold)
  }

  @Test("today: reviews since 04:00, right answers and answering time")
  func today() {
    // c2 Again 5 s, c2 Good 4 s, c3 Hard 3 s, c5 Again 2 s.
    #expect(ana.todayTally.reviews == 4)
    #expect(ana.todayTally.correct == 2)
    #expect(ana.todayTally.milliseconds == 14_000)
    #expect(ana.todayTally.summary == "4 reviews · 2 right (50%) · 0m 14s answering")
    #expect(ben.todayTally.reviews == 0)
  }

  @Test("unit counts: known, new, learning, young, mature, suspended, leeches, by kind")
  func counts() {
    let counts = ana.counts
    #expect(counts.total == 7)
    #expect(counts.new == 1)  // c7
    #expect(counts.learning == 1)  // c5
    #expect(counts.young == 2)  // c2, c3
    #expect(counts.mature == 2)  // c1, c6
    #expect(counts.suspended == 1)  // c4
    #expect(counts.leeches == 0)
    #expect(counts.studied == 6)  // all but c7
    // Known: in review, not suspended, recall probability ≥ 0.8 now: c1, c2, c3 (answered yesterday or
    // today) and c6 (see the premises). Not c4 (suspended), c5 (learning), c7 (new).
    #expect(counts.known == 4)
    #expect(counts.kinds == [LearnerStatistics.KindCount(kind: "handwritten", units: 7)])
    // ben: c1 is a suspended leech, c2 young, the other five new.
    #expect(ben.counts.suspended == 1)
    #expect(ben.counts.leeches == 1)
    #expect(ben.counts.young == 1)
    #expect(ben.counts.new == 5)
    #expect(ben.counts.studied == 2)
    #expect(ben.counts.known == 1)  // c2; c1 is suspended
  }

  @Test("true retention: first answer of the day of units in review, young and mature apart")
  func retention() {
    func row(_ stats: LearnerStatistics, _ period: String) -> [Int] {
      guard let row = stats.retention.first(where: { $0.period == period }) else { return [] }
      return [row.young.passed, row.young.reviewed, row.mature.passed, row.mature.reviewed]
    }
    #expect(
      ana.retention.map(\.period) == [
        "today", "yesterday", "last-7-days", "last-30-days", "all-time",
      ])
    #expect(row(ana, "today") == [1, 1, 0, 1])  // c3 Hard; c2 Again (mature)
    #expect(row(ana, "yesterday") == [1, 1, 0, 0])  // c1 Good (the undone c3 does not count)
    #expect(row(ana, "last-7-days") == [2, 2, 0, 1])
    #expect(row(ana, "last-30-days") == [4, 4, 0, 1])  // + c1 and c2 on day 22
    #expect(row(ana, "all-time") == [5, 5, 0, 1])  // + c6 on day 40
    #expect(ana.retention.last?.all.rate == 5.0 / 6.0)
    // ben: eight first-of-day Agains on days 29 to 22; the Goods after them are relearning steps.
    #expect(row(ben, "all-time") == [0, 8, 0, 0])
    #expect(row(ben, "last-7-days") == [0, 0, 0, 0])
  }

  @Test("activity per day and streaks")
  func activity() {
    #expect(ana.activity.count == 84)
    #expect(ana.activity.last?.day == Fixture.calendar.day(of: Fixture.now))
    let byAge = Dictionary(
      uniqueKeysWithValues: ana.activity.reversed().enumerated().map {
        ($0.offset, $0.element.reviews)
      })
    #expect(byAge[0] == 4)
    #expect(byAge[1] == 1)  // c1; the undone c3 is gone
    #expect(byAge[2] == 4)
    #expect(byAge[10] == 1)  // the cram review counts as activity
    #expect(byAge[22] == 4)
    #expect(byAge[40] == 1)
    #expect(ana.activity.map(\.reviews).reduce(0, +) == 20)  // 21 review lines, one undone
    #expect(ana.currentStreak == 4)  // days 3, 2, 1, 0
    #expect(ana.longestStreak == 4)
    #expect(ben.currentStreak == 0)  // nothing today or yesterday
    #expect(ben.longestStreak == 9)  // days 30 to 22
  }

  @Test(
    "forecast: units due per day for 30 days, overdue and learning units today, suspended never")
  func forecast() {
    #expect(ana.forecast.count == 30)
    // c5 is in learning, due 10 minutes after 09:30 today.
    #expect(ana.forecast[0] >= 1)
    // Every reviewed, unsuspended unit due within 30 days is counted once: c1, c2, c3, c5 (c6's interval
    // is long, c4 is suspended).
    let expected = ["c1", "c2", "c3", "c5", "c6"].filter { card in
      guard let due = Fixture.schedulerState(card, Fixture.ana, before: Fixture.now)?.due else {
        return false
      }
      return due < Fixture.now.addingTimeInterval(30 * 86_400 - 6 * 3600)
    }.count
    #expect(ana.forecast.reduce(0, +) == expected)
    #expect(ben.forecast.reduce(0, +) == 1)  // only c2: c1 is suspended
  }

  @Test("mastery by topic: known units of those studied, with how many of the topic's were studied")
  func mastery() {
    #expect(ana.topics.map(\.topic) == ["treatment", "types", "signs"])
    let types = ana.topics[1]
    #expect(types.units == 2)
    #expect(types.studied == 2)
    // c3 was answered today; c4 is suspended, so not known (but studied: it counts against the topic).
    #expect(types.known == 1)
    #expect(types.share == 0.5)
    let signs = ana.topics[2]
    #expect(signs.units == 3)
    #expect(signs.studied == 2)  // c5, c6; c7 is new and does not count
    #expect(signs.known == 1)  // c6; c5 is still in its learning steps
    #expect(signs.share == 0.5)
    #expect(abs(signs.coverage - 2.0 / 3.0) < 1e-9)
    let treatment = ana.topics[0]
    // c2 relearnt today, c1 passed yesterday.
    #expect(treatment.known == 2)
    #expect(treatment.share == 1)
    // ben studied no "signs" unit: no share to show, rather than 0 %.
    #expect(ben.topics[2].studied == 0)
    #expect(ben.topics[2].share == nil)
    #expect(ben.topics[0].share == 0.5)  // c2 known, c1 a suspended leech
  }

  @Test("units: every deck unit with state, memory, counters and known; hardest first by lapses")
  func units() {
    #expect(ana.units.map(\.id) == ["c1", "c2", "c3", "c4", "c5", "c6", "c7"])
    #expect(ana.units.allSatisfy { $0.kind == "handwritten" && $0.inDeck })
    let c2 = ana.units[1]
    #expect(c2.state == "review")
    #expect(c2.reviews == 4)
    #expect(c2.lapses == 1)
    #expect(c2.retrievability == 1)
    #expect(c2.known)
    #expect(c2.prompt == "Question c2? — answer c2")  // the lesson: the question with its answer
    let c7 = ana.units[6]
    #expect(c7.state == "new" && c7.stability == nil && c7.due == nil && c7.reviews == 0)
    #expect(!c7.known)
    #expect(ana.units[3].suspended && !ana.units[3].known)
    // c5: one study review (the cram one does not move the schedule).
    #expect(ana.units[4].reviews == 1 && ana.units[4].state == "learning" && !ana.units[4].known)
    #expect(ana.hardest.first?.id == "c1" || ana.hardest.first?.id == "c2")
    #expect(ana.hardest.first?.lapses == 1)
    #expect(ben.hardest.first?.id == "c1")
    #expect(ben.hardest.first?.lapses == 8)
    #expect(ben.units[0].leech)
    #expect(ana.quizzes.count == 1 && ana.quizzes[0].correct == 7)
  }

  @Test("the report's constants agree with the study session's")
  func constants() {
    #expect(LearnerStatistics.leechLapses == StudySession.leechLapses)
    #expect(ReportCalendar.rolloverHour == StudyDay.rolloverHour)
  }

  @Test(
    "study days: the same boundaries as StudyDay, daylight-saving days included",
    arguments: [
      "2026-11-26T01:30:00Z", "2026-11-26T03:00:00Z", "2026-03-28T12:00:00Z",
      "2026-10-24T12:00:00Z", "2026-07-01T02:30:00Z", "2026-03-29T01:59:00Z",
      "2026-03-29T02:00:00Z", "2026-03-29T12:00:00Z", "2026-10-25T02:30:00Z",
      "2026-10-25T03:00:00Z", "2026-10-25T12:00:00Z",
    ])
  func days(_ text: String) {
    let paris = TimeZone(identifier: "Europe/Paris") ?? .gmt
    let calendar = ReportCalendar(timeZone: paris)
    let day = StudyDay(timeZone: paris)
    let moment = Fixture.date(text)
    #expect(calendar.start(ofDay: calendar.day(of: moment)) == day.start(of: moment))
    #expect(calendar.start(ofDay: calendar.day(of: moment) + 1) == day.end(of: moment))
  }

  @Test("on a daylight-saving day the study day still starts at 04:00 local time")
  func daylightSaving() {
    let calendar = ReportCalendar(timeZone: TimeZone(identifier: "Europe/Paris") ?? .gmt)
    // 29 March 2026: clocks go from 02:00 to 03:00; 04:00 CEST is 02:00 UTC.
    let spring = calendar.day(of: Fixture.date("2026-03-29T12:00:00Z"))
    #expect(calendar.start(ofDay: spring) == Fixture.date("2026-03-29T02:00:00Z"))
    #expect(calendar.day(of: Fixture.date("2026-03-29T01:59:00Z")) == spring - 1)
    // 25 October 2026: clocks go from 03:00 back to 02:00; 04:00 CET is 03:00 UTC.
    let autumn = calendar.day(of: Fixture.date("2026-10-25T12:00:00Z"))
    #expect(calendar.start(ofDay: autumn) == Fixture.date("2026-10-25T03:00:00Z"))
    #expect(calendar.label(ofDay: autumn) == "2026-10-25")
  }

  @Test(
    "the day counter gives the same days as the calendar, every 7 minutes across both 2026 changes")
  func dayCounter() {
    let calendar = ReportCalendar(timeZone: TimeZone(identifier: "Europe/Paris") ?? .gmt)
    var counter = ReportCalendar.DayCounter(calendar)
    for start in ["2026-03-28T12:00:00Z", "2026-10-24T12:00:00Z"] {
      for step in 0..<(48 * 60 / 7) {
        let moment = Fixture.date(start).addingTimeInterval(Double(step * 7 * 60))
        #expect(counter.day(of: moment) == calendar.day(of: moment))
      }
    }
  }

  @Test("the today tally reads only the end of the file and follows undo")
  func tallyFromEnd() {
    let entries = Fixture.entries(Fixture.ana)
    let tally = DayTally.today(
      entries: entries, now: Fixture.at(1, "12:00"), calendar: Fixture.calendar)
    // Yesterday: c1 Good and c3 Good, then c3 undone.
    #expect(tally.reviews == 1)
    #expect(tally.correct == 1)
  }

  @Test(
    "after recall optimize, unit figures use the fitted weights from their event on, as the scheduler does"
  )
  func fittedWeights() throws {
    // Fitted weights that differ from the defaults in every memory formula (within the bounds).
    var weights = FSRSParameters.defaultWeights
    for index in weights.indices {
      let range = FSRSParameters.weightBounds[index]
      weights[index] = range.lowerBound + (range.upperBound - range.lowerBound) * 0.3
    }
    let fitted: (Date, ProgressEvent) = (
      ReportFixture.at(21, "12:00"),
      .parameters(weights: weights, logLoss: 0.3, previousLogLoss: 0.4)
    )
    let events = ReportFixture.ana + [fitted]
    let statistics = ReportFixture.statistics("ana", events)
    let replay = ProgressReplay(
      entries: ReportFixture.entries(events), scheduler: ReportFixture.scheduler)
    let plain = ReportFixture.statistics("ana", ReportFixture.ana)
    var compared = 0
    for card in statistics.units {
      guard let state = replay.states[card.id], let memory = state.memory else { continue }
      #expect(card.stability == memory.stability, "\(card.id)")
      #expect(card.difficulty == memory.difficulty, "\(card.id)")
      #expect(card.due == state.due, "\(card.id)")
      #expect(
        card.retrievability == replay.scheduler.retrievability(of: state, at: ReportFixture.now))
      compared += 1
    }
    #expect(compared >= 4)
    // Reviews after the event moved differently than under the defaults.
    #expect(statistics.units.map(\.stability) != plain.units.map(\.stability))
  }
}
