import Cards
import Foundation
import ProgressCore
import Scheduling

extension LearnerStatistics {
  /// A unit in review with an interval of this many days or more is mature; below it, young (as in Anki).
  public static let matureInterval = 21
  /// Study days on which a unit was forgotten (answered Again, in any phase, cram aside) that make it a
  /// leech, counted as the study session counts them (`StudySession.leechLapses`; a test checks they agree).
  public static let leechLapses = 8
  /// The probability of recall now from which a unit in review counts as known.
  ///
  /// Below the scheduler's desired retention (0.9) on purpose: a unit's probability of recall falls to 0.9
  /// exactly when it falls due, so at 0.9 every unit due today, or overdue by a day, would read "not known"
  /// for a learner who studies every day. At 0.8 a unit stays known until about three times its interval has
  /// passed without a review (FSRS-6's default forgetting curve), and no longer.
  public static let knownThreshold = 0.8
  /// Study days in the activity heatmap: 12 weeks.
  public static let activityDays = 84
  /// Study days in the forecast.
  public static let forecastDays = 30

  /// Whether a unit counts as known: in the review phase (past its learning steps, not relearning after a
  /// lapse), not suspended, and with a probability of recall now of at least ``knownThreshold``.
  public static func isKnown(phase: CardPhase, retrievability: Double?, suspended: Bool) -> Bool {
    phase == .review && !suspended && (retrievability ?? 0) >= knownThreshold
  }

  /// What a report shows for a unit: its lesson (the fact as a sentence, or its question with the answer),
  /// else the question of its highest presentation.
  public static func prompt(of unit: KnowledgeUnit) -> String {
    let lesson = unit.lesson
    return lesson.isEmpty ? unit.ladder.last?.prompt ?? "" : lesson
  }

  /// The periods of the retention table: a name and whether a study day `age` days before today is in it.
  static let periods: [(name: String, contains: @Sendable (Int) -> Bool)] = [
    ("today", { $0 == 0 }), ("yesterday", { $0 == 1 }), ("last-7-days", { $0 < 7 }),
    ("last-30-days", { $0 < 30 }), ("all-time", { _ in true }),
  ]

  /// Works out every figure from `input`.
  public init(input: LearnerInput) {
    let calendar = input.calendar
    let now = input.now
    let today = calendar.day(of: now)
    let replay = input.replay()
    let unitMap = replay.units
    learner = input.learner
    deckID = input.deckID
    deckTitle = input.deckTitle
    self.now = now
    self.today = today
    self.calendar = calendar
    todayTally = DayTally.today(entries: input.entries, now: now, calendar: calendar)

    // The history, review by review: each unit's state before the review says whether it was in review
    // (counted for true retention) and young or mature. Reviews name the presentation shown; its unit's
    // memory is what moves.
    var states: [String: CardState] = [:]
    var lastDay: [String: Int] = [:]
    var forgottenDays: [String: Set<Int>] = [:]
    var days: [Int: DayActivity] = [:]
    var rows = Self.periods.map { RetentionRow(period: $0.name) }
    var counter = ReportCalendar.DayCounter(calendar)
    for (index, review) in zip(replay.reviews.indices, replay.reviews) where review.time <= now {
      let record = review.record
      let day = counter.day(of: review.time)
      days[day, default: DayActivity(day: day)].reviews += 1
      guard record.mode != .cram else { continue }
      let unit = unitMap.unit(of: record.card)
      let before = states[unit] ?? CardState.new(due: review.time)
      let firstOfDay = lastDay[unit] != day
      lastDay[unit] = day
      if record.rating == .again { forgottenDays[unit, default: []].insert(day) }
      if firstOfDay, before.phase == .review {
        let passed = record.rating != .again
        let young = Self.intervalDays(before) < Self.matureInterval
        days[day, default: DayActivity(day: day)].retention.add(passed: passed)
        for (index, period) in Self.periods.enumerated() where period.contains(today - day) {
          if young {
            rows[index].young.add(passed: passed)
          } else {
            rows[index].mature.add(passed: passed)
          }
        }
      }
      // The weights in force at this review: the learner's fitted ones after `recall optimize`.
      states[unit] = replay.scheduler(forReview: index).review(
        before, rating: record.rating, at: review.time, cardID: unit)
    }
    retention = rows
    activity = ((today - Self.activityDays + 1)...today).map { days[$0] ?? DayActivity(day: $0) }
    (currentStreak, longestStreak) = Self.streaks(
      days: Set(days.values.filter { $0.reviews > 0 }.map(\.day)), today: today)

    // Units.
    let leeches = Set(replay.tags.filter { $0.value.contains("leech") }.map(\.key))
    func figures(
      _ id: String, kind: String?, prompt: String, topics: [String], inDeck: Bool
    ) -> UnitFigures {
      let state = states[id]
      let memory = state?.memory
      let retrievability = state.map { replay.scheduler.retrievability(of: $0, at: now) }
      let suspended = replay.suspended.contains(id)
      return UnitFigures(
        id: id, kind: kind, prompt: prompt, topics: topics, inDeck: inDeck,
        state: (state?.phase ?? .new).rawValue, stability: memory?.stability,
        difficulty: memory?.difficulty, retrievability: retrievability, due: state?.due,
        lastReview: state?.lastReview, reviews: state?.reviewCount ?? 0,
        lapses: state?.lapses ?? 0, suspended: suspended,
        leech: leeches.contains(id) || (forgottenDays[id]?.count ?? 0) >= Self.leechLapses,
        known: Self.isKnown(
          phase: state?.phase ?? .new, retrievability: retrievability, suspended: suspended))
    }
    let deckUnits = input.units.map {
      figures(
        $0.id.rawValue, kind: $0.kind.rawValue, prompt: Self.prompt(of: $0), topics: $0.tags,
        inDeck: true)
    }
    let inDeck = Set(deckUnits.map(\.id))
    let orphans = states.keys.filter { !inDeck.contains($0) }.sorted().map {
      figures($0, kind: nil, prompt: "", topics: [], inDeck: false)
    }
    units = deckUnits + orphans
    counts = Self.counts(deckUnits)
    forecast = Self.forecast(deckUnits, today: today, calendar: calendar)
    topics = Self.mastery(deckUnits)
    hardest = Array(
      deckUnits.filter { $0.reviews > 0 }.sorted {
        ($0.lapses, $0.difficulty ?? 0, $1.id) > ($1.lapses, $1.difficulty ?? 0, $0.id)
      }.prefix(10))
    quizzes = input.entries.compactMap { entry in
      guard entry.time <= now,
        case .quizResult(let correct, let questions, let seconds, _) = entry.event
      else { return nil }
      return QuizFigures(time: entry.time, correct: correct, questions: questions, seconds: seconds)
    }
  }

  /// The scheduled interval of a unit in review, in whole days.
  static func intervalDays(_ state: CardState) -> Int {
    guard let last = state.lastReview else { return 0 }
    return Int((state.due.timeIntervalSince(last) / 86_400).rounded())
  }

  /// The interval of a unit's figures, in whole days.
  static func intervalDays(_ unit: UnitFigures) -> Int {
    guard let due = unit.due, let last = unit.lastReview else { return 0 }
    return Int((due.timeIntervalSince(last) / 86_400).rounded())
  }

  static func counts(_ units: [UnitFigures]) -> UnitCounts {
    var counts = UnitCounts()
    counts.total = units.count
    var kinds: [String: Int] = [:]
    for unit in units {
      if let kind = unit.kind { kinds[kind, default: 0] += 1 }
      if unit.leech { counts.leeches += 1 }
      if unit.known { counts.known += 1 }
      if unit.state != "new" { counts.studied += 1 }
      if unit.suspended {
        counts.suspended += 1
        continue
      }
      switch unit.state {
      case "new": counts.new += 1
      case "learning", "relearning": counts.learning += 1
      default:
        if intervalDays(unit) < matureInterval { counts.young += 1 } else { counts.mature += 1 }
      }
    }
    counts.kinds = KindCount.kinds.compactMap { kind in
      kinds[kind].map { KindCount(kind: kind, units: $0) }
    }
    return counts
  }

  static func forecast(_ units: [UnitFigures], today: Int, calendar: ReportCalendar) -> [Int] {
    var forecast = [Int](repeating: 0, count: forecastDays)
    for unit in units where !unit.suspended {
      guard let due = unit.due else { continue }
      let offset = max(0, calendar.day(of: due) - today)
      if offset < forecastDays { forecast[offset] += 1 }
    }
    return forecast
  }

  static func mastery(_ units: [UnitFigures]) -> [TopicMastery] {
    var order: [String] = []
    var topics: [String: TopicMastery] = [:]
    for unit in units {
      for topic in unit.topics {
        if topics[topic] == nil {
          order.append(topic)
          topics[topic] = TopicMastery(topic: topic)
        }
        topics[topic]?.units += 1
        if unit.state != "new" { topics[topic]?.studied += 1 }
        if unit.known { topics[topic]?.known += 1 }
      }
    }
    return order.compactMap { topics[$0] }
  }

  /// The current streak (ending today, or yesterday when today has no reviews yet) and the longest.
  static func streaks(days: Set<Int>, today: Int) -> (current: Int, longest: Int) {
    var current = 0
    var day = days.contains(today) ? today : today - 1
    while days.contains(day) {
      current += 1
      day -= 1
    }
    var longest = 0
    var run = 0
    var previous: Int?
    for day in days.sorted() {
      run = previous == day - 1 ? run + 1 : 1
      longest = max(longest, run)
      previous = day
    }
    return (current, longest)
  }
}
