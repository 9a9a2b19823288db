import Cards
import Foundation
import ProgressCore
import Scheduling

extension LearnerStatistics {
  /// A card in review with an interval of this many days or more is mature; below it, young (as in Anki).
  public static let matureInterval = 21
  /// Lapses that make a card a leech (the same as `StudySession.leechLapses`; a test checks they agree).
  public static let leechLapses = 8
  /// The probability of recall from which a card counts as mastered.
  public static let masteryThreshold = 0.9
  /// Study days in the activity heatmap: 12 weeks.
  public static let activityDays = 84
  /// Study days in the forecast.
  public static let forecastDays = 30

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
    let replay = ProgressReplay(entries: input.entries, scheduler: input.scheduler)
    learner = input.learner
    deckID = input.deckID
    deckTitle = input.deckTitle
    self.now = now
    self.today = today
    self.calendar = calendar
    todayTally = DayTally.today(entries: input.entries, now: now, calendar: calendar)

    // The history, review by review: each card's state before the review says whether it was in review
    // (counted for true retention) and young or mature.
    var states: [String: CardState] = [:]
    var lastDay: [String: Int] = [:]
    var days: [Int: DayActivity] = [:]
    var rows = Self.periods.map { RetentionRow(period: $0.name) }
    var counter = ReportCalendar.DayCounter(calendar)
    for (index, review) in zip(replay.reviews.indices, replay.reviews) where review.time <= now {
      let record = review.record
      let day = counter.day(of: review.time)
      days[day, default: DayActivity(day: day)].reviews += 1
      guard record.mode != .cram else { continue }
      let before = states[record.card] ?? CardState.new(due: review.time)
      let firstOfDay = lastDay[record.card] != day
      lastDay[record.card] = day
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
      states[record.card] = replay.scheduler(forReview: index).review(
        before, rating: record.rating, at: review.time, cardID: record.card)
    }
    retention = rows
    activity = ((today - Self.activityDays + 1)...today).map { days[$0] ?? DayActivity(day: $0) }
    (currentStreak, longestStreak) = Self.streaks(
      days: Set(days.values.filter { $0.reviews > 0 }.map(\.day)), today: today)

    // Cards.
    let leeches = Set(replay.tags.filter { $0.value.contains("leech") }.map(\.key))
    func figures(_ id: String, prompt: String, topics: [String], inDeck: Bool) -> CardFigures {
      let state = states[id]
      let memory = state?.memory
      return CardFigures(
        id: id, prompt: prompt, topics: topics, inDeck: inDeck,
        state: (state?.phase ?? .new).rawValue, stability: memory?.stability,
        difficulty: memory?.difficulty,
        retrievability: state.map { replay.scheduler.retrievability(of: $0, at: now) },
        due: state?.due, lastReview: state?.lastReview, reviews: state?.reviewCount ?? 0,
        lapses: state?.lapses ?? 0, suspended: replay.suspended.contains(id),
        leech: leeches.contains(id) || (state?.lapses ?? 0) >= Self.leechLapses)
    }
    let deckCards = input.cards.map {
      figures($0.id.rawValue, prompt: $0.prompt, topics: $0.tags, inDeck: true)
    }
    let known = Set(deckCards.map(\.id))
    let orphans = states.keys.filter { !known.contains($0) }.sorted().map {
      figures($0, prompt: "", topics: [], inDeck: false)
    }
    cards = deckCards + orphans
    counts = Self.counts(deckCards)
    forecast = Self.forecast(deckCards, today: today, calendar: calendar)
    topics = Self.mastery(deckCards)
    hardest = Array(
      deckCards.filter { $0.reviews > 0 }.sorted {
        ($0.lapses, $0.difficulty ?? 0, $1.id) > ($1.lapses, $1.difficulty ?? 0, $0.id)
      }.prefix(10))
    quizzes = input.entries.compactMap { entry in
      guard entry.time <= now,
        case .quizResult(let correct, let questions, let seconds) = entry.event
      else { return nil }
      return QuizFigures(time: entry.time, correct: correct, questions: questions, seconds: seconds)
    }
  }

  /// The scheduled interval of a card in review, in whole days.
  static func intervalDays(_ state: CardState) -> Int {
    guard let last = state.lastReview else { return 0 }
    return Int((state.due.timeIntervalSince(last) / 86_400).rounded())
  }

  /// The interval of a card's figures, in whole days.
  static func intervalDays(_ card: CardFigures) -> Int {
    guard let due = card.due, let last = card.lastReview else { return 0 }
    return Int((due.timeIntervalSince(last) / 86_400).rounded())
  }

  static func counts(_ cards: [CardFigures]) -> CardCounts {
    var counts = CardCounts()
    counts.total = cards.count
    for card in cards {
      if card.leech { counts.leeches += 1 }
      if card.suspended {
        counts.suspended += 1
        continue
      }
      switch card.state {
      case "new": counts.new += 1
      case "learning", "relearning": counts.learning += 1
      default:
        if intervalDays(card) < matureInterval { counts.young += 1 } else { counts.mature += 1 }
      }
    }
    return counts
  }

  static func forecast(_ cards: [CardFigures], today: Int, calendar: ReportCalendar) -> [Int] {
    var forecast = [Int](repeating: 0, count: forecastDays)
    for card in cards where !card.suspended {
      guard let due = card.due else { continue }
      let offset = max(0, calendar.day(of: due) - today)
      if offset < forecastDays { forecast[offset] += 1 }
    }
    return forecast
  }

  static func mastery(_ cards: [CardFigures]) -> [TopicMastery] {
    var order: [String] = []
    var topics: [String: TopicMastery] = [:]
    for card in cards {
      for topic in card.topics {
        if topics[topic] == nil {
          order.append(topic)
          topics[topic] = TopicMastery(topic: topic)
        }
        topics[topic]?.cards += 1
        if card.state != "new" { topics[topic]?.seen += 1 }
        if (card.retrievability ?? 0) >= masteryThreshold { topics[topic]?.mastered += 1 }
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
