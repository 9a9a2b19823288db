import Cards
import Foundation
import ProgressCore
import Reports
import Scheduling

/// Three learners' histories of a seven-unit deck over several weeks, written out event by event so that
/// every figure the tests expect can be counted by hand from this file (the counts are in the tests).
///
/// Time: "now" is 2026-11-25 10:00 UTC, days are counted in UTC, a study day starts at 04:00; `at(n, "09:00")`
/// is n study days before today at that time. Ratings: 1 Again, 2 Hard, 3 Good, 4 Easy.
enum ReportFixture {
  static let now = date("2026-11-25T10:00:00Z")
  static let calendar = ReportCalendar(timeZone: TimeZone(identifier: "UTC") ?? .gmt)
  static let scheduler = Scheduler()

  static func date(_ text: String) -> Date {
    ISO8601DateFormatter().date(from: text) ?? .distantPast
  }

  /// `daysAgo` days before 2026-11-25 at `time` UTC.
  static func at(_ daysAgo: Int, _ time: String) -> Date {
    date("2026-11-25T\(time):00Z").addingTimeInterval(-Double(daysAgo) * 86_400)
  }

  static func card(_ id: String, _ tag: String, kind: CardKind = .recall) -> Card {
    let key: AnswerKey =
      kind == .choice
      ? .choice(options: ["aspirin", "heparin", "insulin", "morphine"], correct: 0)
      : .typed(accepted: ["answer \(id)"], entities: [])
    return Card(
      id: CardID(rawValue: id), kind: kind, prompt: "Question \(id)?", answer: "answer \(id)",
      key: key, explanation: "", section: "One", tags: [tag], siblingKey: id)
  }

  /// c1, c2: treatment; c3, c4: types (c4 a choice card); c5, c6, c7: signs.
  static let cards = [
    card("c1", "treatment"), card("c2", "treatment"), card("c3", "types"),
    card("c4", "types", kind: .choice), card("c5", "signs"), card("c6", "signs"),
    card("c7", "signs"),
  ]

  /// Each card is a unit of its own (as a hand-written card is), so every figure below can be counted card
  /// by card; UnitStatisticsTests covers units with several presentations.
  static let units = cards.map {
    KnowledgeUnit(id: $0.unit, kind: .handwritten, presentations: [$0], siblingKey: $0.siblingKey)
  }

  static func review(
    _ card: String, _ rating: Int, _ time: Date, answer: String? = nil, ms: Int = 1000,
    mode: ReviewRecord.Mode = .study
  ) -> (Date, ProgressEvent) {
    let rating = Rating(rawValue: rating) ?? .good
    return (
      time,
      .review(
        ReviewRecord(
          card: card, rating: rating, milliseconds: ms, answer: answer,
          verdict: rating == .again ? "incorrect" : "correct", mode: mode))
    )
  }

  /// ana: a bit of everything.
  static let ana: [(Date, ProgressEvent)] = [
    review("c6", 4, at(50, "09:00")),  // new → review
    review("c6", 4, at(40, "09:00")),  // review, young (interval ~8 d): pass, all time only
    review("c1", 4, at(30, "09:00")),  // new → review
    review("c2", 4, at(30, "09:05")),  // new → review
    review("c1", 3, at(22, "09:00")),  // review, young: pass
    review("c1", 1, at(22, "15:00")),  // same day again: not counted
    review("c1", 3, at(22, "15:10")),  // relearning → review
    review("c2", 4, at(22, "09:05")),  // review, young: pass (afterwards mature)
    review("c5", 1, at(10, "09:00"), answer: "liver", mode: .cram),  // cram: activity only
    review("c4", 1, at(2, "09:00"), answer: "b"),  // learning
    review("c4", 1, at(2, "09:01"), answer: "c"),
    review("c4", 3, at(2, "09:05")),
    review("c4", 3, at(2, "09:20")),  // → review
    (at(2, "09:21"), .flag(card: "c4", note: "two options look right")),
    (at(2, "09:22"), .suspend(card: "c4")),
    review("c3", 3, at(3, "09:00")),
    review("c3", 3, at(3, "09:10")),  // → review, young
    review("c1", 3, at(1, "09:00")),  // review, young: pass (yesterday)
    review("c3", 3, at(1, "09:05")),
    (at(1, "09:06"), .undo(card: "c3")),  // takes the review above back
    (at(1, "09:30"), .quizResult(correct: 7, questions: 10, seconds: 300)),
    review("c2", 1, at(0, "08:00"), ms: 5000),  // review, mature: fail (today)
    review("c2", 3, at(0, "08:10"), ms: 4000),  // relearning → review
    review("c3", 2, at(0, "09:00"), ms: 3000),  // review, young: pass (today)
    review("c5", 1, at(0, "09:30"), answer: "liver", ms: 2000),  // new → learning
  ]

  /// ben: a leech. c1 lapses on eight days running, then is tagged and suspended.
  static let ben: [(Date, ProgressEvent)] =
    [review("c1", 4, at(30, "09:00"))]
    + (22...29).reversed().flatMap { day in
      [
        review("c1", 1, at(day, "09:00"), answer: day % 2 == 0 ? "aspirin" : "  Aspirin "),
        review("c1", 3, at(day, "09:10")),
      ]
    }
    + [
      (at(22, "09:11"), .tag(card: "c1", tag: "leech")), (at(22, "09:11"), .suspend(card: "c1")),
      review("c2", 3, at(3, "09:00")), review("c2", 3, at(3, "09:10")),
    ]

  /// chloe: keeps forgetting c3, with the same wrong answer twice; flags it with markup in her note.
  static let chloe: [(Date, ProgressEvent)] = [
    review("c3", 3, at(6, "09:00")), review("c3", 3, at(6, "09:10")),
    review("c3", 1, at(5, "09:00"), answer: "warfarin"), review("c3", 3, at(5, "09:10")),
    review("c3", 1, at(4, "09:00"), answer: "Warfarin "), review("c3", 3, at(4, "09:10")),
    review("c3", 1, at(3, "09:00"), answer: "heparin"), review("c3", 3, at(3, "09:10")),
    (at(3, "09:11"), .flag(card: "c3", note: "the <b>answer</b> & \"wording\"")),
    (at(3, "09:30"), .quizResult(correct: 8, questions: 10, seconds: 200)),
    (at(3, "10:30"), .quizResult(correct: 6, questions: 10, seconds: 200)),
  ]

  static func entries(_ events: [(Date, ProgressEvent)]) -> [ProgressEntry] {
    // In time order, as a progress file is written (stable: equal times keep their order).
    events.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
      .enumerated().map { ProgressEntry(time: $1.element.0, event: $1.element.1, line: $0 + 2) }
  }

  static func input(_ learner: String, _ events: [(Date, ProgressEvent)]) -> LearnerInput {
    LearnerInput(
      learner: learner, deckID: "mini", deckTitle: "Mini <deck> & co", units: units,
      entries: entries(events), now: now, calendar: calendar, scheduler: scheduler)
  }

  static func statistics(_ learner: String, _ events: [(Date, ProgressEvent)]) -> LearnerStatistics
  {
    LearnerStatistics(input: input(learner, events))
  }

  static func classReport() -> ClassStatistics {
    ClassStatistics(
      deckID: "mini", deckTitle: "Mini <deck> & co", units: units, now: now,
      learners: [input("chloe", chloe), input("ana", ana), input("ben", ben)])
  }

  /// The state of `card` after `events`, straight from the scheduler: used only to check a premise of the
  /// fixture (young or mature, when due), never as an expected figure of the report.
  static func schedulerState(_ card: String, _ events: [(Date, ProgressEvent)], before: Date)
    -> CardState?
  {
    var state: CardState?
    var counted: [(Date, ReviewRecord)] = []
    for entry in entries(events) where entry.time < before {
      let (time, event) = (entry.time, entry.event)
      if case .review(let record) = event, record.mode != .cram { counted.append((time, record)) }
      if case .undo(let id) = event, counted.last?.1.card == id { counted.removeLast() }
    }
    for (time, record) in counted where record.card == card {
      state = scheduler.review(
        state ?? .new(due: time), rating: record.rating, at: time, cardID: card)
    }
    return state
  }

  /// The probability of recall now of `card` after `events`, straight from the scheduler (a premise).
  static func recall(_ card: String, _ events: [(Date, ProgressEvent)]) -> Double {
    schedulerState(card, events, before: now).map { scheduler.retrievability(of: $0, at: now) } ?? 0
  }

  static func intervalDays(_ state: CardState?) -> Int {
    guard let state, let last = state.lastReview else { return -1 }
    return Int((state.due.timeIntervalSince(last) / 86_400).rounded())
  }
}
