import Cards
import Foundation
import ProgressCore

extension ClassStatistics {
  /// What one learner adds to the class figures, worked out from their input alone.
  ///
  /// A class is read one learner at a time (several at once, on every core): each learner's history is
  /// summarised and let go, and a ``Tally`` folds the summaries into the class figures.
  public struct LearnerSummary: Sendable {
    /// The learner's line of the class table.
    public let row: LearnerRow
    /// Mastery per topic, in deck order.
    let topics: [LearnerStatistics.TopicMastery]
    /// Units due on each of the next study days.
    let forecast: [Int]
    /// The learner's study days in the activity window.
    let activity: [LearnerStatistics.DayActivity]
    /// Per unit of the deck, in deck order: answers and wrong answers (cards the deck no longer makes aside).
    let misses: [Misses]
    /// Per card, by its number in the deck: each wrong answer as a teacher reads it, and how often the
    /// learner gave it.
    let wrongAnswers: [Int: [String: Int]]
    /// The answers that may suggest aliases.
    let aliasAnswers: AliasSuggestions.LearnerAnswers
    /// The learner's flags, in file order.
    let flags: [FlagNote]
    /// What the class view shows of this learner beyond the table: topics, deck versions, fixed quizzes.
    let details: LearnerDetails
    /// Until when this summary holds as it is while the learner's file does not change (from the moment it
    /// was made on): the start of the next study day, since due units, the forecast and the activity window
    /// count in days; or sooner, when a unit known now turns one more whole day older since its last
    /// review, the only moment its probability of recall, and so whether it is known, can change.
    public let stableUntil: Date

    /// One learner's answers to one unit.
    struct Misses: Sendable {
      var answers = 0
      var wrong = 0
    }

    /// A wrong answer as logged, before it is made readable: learners give the same few many times.
    private struct LoggedAnswer: Hashable {
      var card: Int
      var answer: String?
      var chosen: [String]?
    }

    /// Summarises the learner of `input`.
    public init(input: LearnerInput) {
      let deck = input.deck
      let now = input.now
      let events = input.events()
      let statistics = LearnerStatistics(input: input, events: events)
      var reviews = 0
      var lastActive: Date?
      var misses = [Misses](repeating: Misses(), count: deck.units.count)
      var logged: [LoggedAnswer: (record: ReviewRecord, count: Int)] = [:]
      var aliasAnswers = AliasSuggestions.LearnerAnswers()
      for review in events.reviews where review.time <= now {
        reviews += 1
        lastActive = review.time
        let record = review.record
        guard let (card, unit) = deck.numbers(ofCard: record.card) else { continue }
        let right = DayTally.isRight(record)
        // Alias suggestions come from wrong answers and from answers said to be right after a wrong verdict.
        if deck.typed[card], !right || record.override != nil { aliasAnswers.add(record) }
        misses[unit].answers += 1
        guard !right else { continue }
        misses[unit].wrong += 1
        guard record.verdict != "partial" else { continue }
        let answer = LoggedAnswer(card: card, answer: record.answer, chosen: record.chosen)
        logged[answer, default: (record, 0)].count += 1
      }
      var wrongAnswers: [Int: [String: Int]] = [:]
      for (answer, given) in logged {
        guard
          let text = ClassStatistics.wrongAnswerText(given.record, card: deck.cards[answer.card])
        else { continue }
        wrongAnswers[answer.card, default: [:]][text, default: 0] += given.count
      }

      let endOfToday = input.calendar.start(ofDay: statistics.today + 1)
      let scores = statistics.quizzes.filter { $0.questions > 0 }
        .map { $0.correct / Double($0.questions) }
      row = LearnerRow(
        learner: input.learner, unitsKnown: statistics.counts.known,
        unitsStudied: statistics.counts.studied,
        retention: statistics.retention.last?.all ?? LearnerStatistics.Passes(),
        due: statistics.units.count { unit in
          unit.inDeck && !unit.suspended && unit.due.map { $0 < endOfToday } ?? false
        },
        lastActive: lastActive, reviews: reviews, quizzes: statistics.quizzes.count,
        quizScore: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count))
      topics = statistics.topics
      forecast = statistics.forecast
      activity = statistics.activity.filter { $0 != LearnerStatistics.DayActivity(day: $0.day) }
      self.misses = misses
      self.wrongAnswers = wrongAnswers
      self.aliasAnswers = aliasAnswers
      details = LearnerDetails(input: input, statistics: statistics)
      var until = endOfToday
      for unit in statistics.units where unit.known {
        guard let last = unit.lastReview else { continue }
        let elapsed = (now.timeIntervalSince(last) / 86_400).rounded(.down)
        // A second early: the scheduler counts whole days from microseconds.
        until = min(until, last.addingTimeInterval((max(0, elapsed) + 1) * 86_400 - 1))
      }
      stableUntil = until
      flags = input.entries.compactMap { entry in
        guard entry.time <= now, case .flag(let card, let note) = entry.event else { return nil }
        return FlagNote(
          card: card, unit: deck.unitMap.unit(of: card),
          prompt: deck.numbers(ofCard: card).map { deck.cards[$0.card].prompt } ?? "",
          learner: input.learner, note: note ?? "", time: entry.time)
      }
    }
  }
}
