import Cards
import Foundation

extension ClassStatistics {
  /// The class figures, summed one learner at a time.
  ///
  /// Learners may be added in any order: the figures are sums and counts, and the table is sorted by name
  /// at the end. Only the sums are kept, never a learner's history, so a class of any size fits in memory.
  public struct Tally: Sendable {
    /// The deck the learners study.
    public let deck: ReportDeck
    /// The moment the report describes.
    public let now: Date
    /// The calendar days are counted in.
    public let calendar: ReportCalendar
    fileprivate var rows: [LearnerRow] = []
    fileprivate var topicOrder: [String] = []
    fileprivate var topics: [String: ClassTopic] = [:]
    /// By unit number.
    fileprivate var missed: [Int: Misses] = [:]
    /// By card number: each wrong answer, how often it was given, and by whom.
    fileprivate var wrong: [Int: [String: (count: Int, learners: [String])]] = [:]
    fileprivate var aliases = AliasSuggestions.Counts()
    fileprivate var flags: [FlagNote] = []
    fileprivate var details: [LearnerDetails] = []
    fileprivate var activity: [Int: LearnerStatistics.DayActivity] = [:]
    fileprivate var forecast = [Int](repeating: 0, count: LearnerStatistics.forecastDays)

    /// The answers the class gave one unit: how many learners answered it, how many missed it, and how
    /// often.
    fileprivate struct Misses {
      var answeredBy = 0
      var missedBy = 0
      var answers = 0
      var wrong = 0
    }

    /// No learner yet, for `deck` at `now`, counting days in `calendar`.
    public init(deck: ReportDeck, now: Date, calendar: ReportCalendar) {
      self.deck = deck
      self.now = now
      self.calendar = calendar
    }

    /// Adds a learner (summarised for the same deck, moment and calendar).
    public mutating func add(_ learner: LearnerSummary) {
      rows.append(learner.row)
      for topic in learner.topics {
        if topics[topic.topic] == nil {
          topicOrder.append(topic.topic)
          topics[topic.topic] = ClassTopic(
            topic: topic.topic, units: topic.units, studied: 0, known: 0, learners: 0)
        }
        topics[topic.topic]?.studied += topic.studied
        topics[topic.topic]?.known += topic.known
        topics[topic.topic]?.learners += 1
      }
      for (offset, due) in learner.forecast.enumerated() { forecast[offset] += due }
      for day in learner.activity {
        activity[day.day, default: .init(day: day.day)].reviews += day.reviews
        activity[day.day, default: .init(day: day.day)].retention.passed += day.retention.passed
        activity[day.day, default: .init(day: day.day)].retention.reviewed +=
          day.retention.reviewed
      }
      for (unit, misses) in learner.misses.enumerated() where misses.answers > 0 {
        missed[unit, default: Misses()].answeredBy += 1
        missed[unit, default: Misses()].answers += misses.answers
        guard misses.wrong > 0 else { continue }
        missed[unit, default: Misses()].missedBy += 1
        missed[unit, default: Misses()].wrong += misses.wrong
      }
      for (card, answers) in learner.wrongAnswers {
        for (text, count) in answers {
          wrong[card, default: [:]][text, default: (0, [])].count += count
          wrong[card, default: [:]][text, default: (0, [])].learners.append(learner.row.learner)
        }
      }
      aliases.add(learner.aliasAnswers)
      flags += learner.flags
      details.append(learner.details)
    }

    /// The class figures of the learners added.
    public var statistics: ClassStatistics { ClassStatistics(self) }
  }

  /// The figures of `tally`.
  private init(_ tally: Tally) {
    let deck = tally.deck
    deckID = deck.id
    deckTitle = deck.title
    now = tally.now
    learners = tally.rows.sorted { $0.learner < $1.learner }
    details = tally.details.sorted { $0.learner < $1.learner }
    topics = tally.topicOrder.compactMap { tally.topics[$0] }
    mostMissed = Array(
      tally.missed.compactMap { number, misses -> MissedUnit? in
        guard misses.missedBy > 0 else { return nil }
        return MissedUnit(
          unit: deck.units[number].id.rawValue, prompt: deck.prompts[number],
          learners: misses.missedBy, answered: misses.answeredBy, wrong: misses.wrong,
          answers: misses.answers)
      }.sorted {
        ($0.learners, $0.wrong, $1.unit) > ($1.learners, $1.wrong, $0.unit)
      }.prefix(10))
    wrongAnswers = Array(
      tally.wrong.map { number, answers -> WrongAnswers in
        let card = deck.cards[number]
        // Ranked by how many learners gave an answer, not how often: two learners sharing a mistake
        // matter more than one learner repeating it.
        let given = answers.map {
          GivenAnswer(
            text: $0.key, count: $0.value.count, learners: $0.value.learners.count,
            givenBy: $0.value.learners.sorted())
        }
        .sorted { ($0.learners, $0.count, $1.text) > ($1.learners, $1.count, $0.text) }
        return WrongAnswers(
          card: card.id.rawValue, unit: card.unit.rawValue, prompt: card.prompt,
          answer: card.answer, answers: Array(given.prefix(3)))
      }.sorted {
        ($0.answers.first?.learners ?? 0, $0.answers.first?.count ?? 0, $1.card)
          > ($1.answers.first?.learners ?? 0, $1.answers.first?.count ?? 0, $0.card)
      }.prefix(10))
    aliasSuggestions =
      AliasSuggestions(cards: deck.cards, counts: tally.aliases, wrongLimit: 0).cards
    flags = tally.flags.sorted { ($0.time, $0.learner) < ($1.time, $1.learner) }
    let today = tally.calendar.day(of: tally.now)
    forecast = tally.forecast
    activity = ((today - LearnerStatistics.activityDays + 1)...today).map {
      tally.activity[$0] ?? LearnerStatistics.DayActivity(day: $0)
    }
  }
}
