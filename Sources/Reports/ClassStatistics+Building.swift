import Cards
import Foundation
import ProgressCore
import Scheduling

extension ClassStatistics {
  /// Works out the class figures from each learner's input (all for the same deck, moment and calendar);
  /// `units` are the deck's units of knowledge, in study order.
  public init(
    deckID: String, deckTitle: String, units: [KnowledgeUnit], now: Date, learners: [LearnerInput]
  ) {
    self.deckID = deckID
    self.deckTitle = deckTitle
    self.now = now
    let cardsByID = Dictionary(
      units.flatMap(\.ladder).map { ($0.id.rawValue, $0) }
    ) { first, _ in first }
    let unitsByID = Dictionary(units.map { ($0.id.rawValue, $0) }) { first, _ in first }
    let unitMap = UnitMap(KnowledgeUnit.unitsByCard(units))
    var rows: [LearnerRow] = []
    var topicOrder: [String] = []
    var topicTotals: [String: ClassTopic] = [:]
    var missed: [String: Misses] = [:]
    var wrong: [String: [String: (count: Int, learners: Set<String>)]] = [:]
    var flags: [FlagNote] = []
    var reviewsByLearner: [(learner: String, records: [ReviewRecord])] = []
    var activity: [Int: LearnerStatistics.DayActivity] = [:]
    var forecast = [Int](repeating: 0, count: LearnerStatistics.forecastDays)
    var details: [LearnerDetails] = []
    for input in learners.sorted(by: { $0.learner < $1.learner }) {
      let statistics = LearnerStatistics(input: input)
      let deckUnits = statistics.units.filter(\.inDeck)
      let endOfToday = input.calendar.start(ofDay: statistics.today + 1)
      let reviews = input.replay().reviews.filter { $0.time <= now }
      let scores = statistics.quizzes.filter { $0.questions > 0 }
        .map { $0.correct / Double($0.questions) }
      rows.append(
        LearnerRow(
          learner: input.learner, unitsKnown: statistics.counts.known,
          unitsStudied: statistics.counts.studied,
          retention: statistics.retention.last?.all ?? LearnerStatistics.Passes(),
          due: deckUnits.filter { unit in
            !unit.suspended && unit.due.map { $0 < endOfToday } ?? false
          }.count,
          lastActive: reviews.last?.time, reviews: reviews.count,
          quizzes: statistics.quizzes.count,
          quizScore: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)))
      details.append(LearnerDetails(input: input, statistics: statistics))
      for topic in statistics.topics {
        if topicTotals[topic.topic] == nil {
          topicOrder.append(topic.topic)
          topicTotals[topic.topic] = ClassTopic(
            topic: topic.topic, units: topic.units, studied: 0, known: 0, learners: 0)
        }
        topicTotals[topic.topic]?.studied += topic.studied
        topicTotals[topic.topic]?.known += topic.known
        topicTotals[topic.topic]?.learners += 1
      }
      for (offset, due) in statistics.forecast.enumerated() { forecast[offset] += due }
      for day in statistics.activity {
        activity[day.day, default: .init(day: day.day)].reviews += day.reviews
        activity[day.day, default: .init(day: day.day)].retention.passed += day.retention.passed
        activity[day.day, default: .init(day: day.day)].retention.reviewed += day.retention.reviewed
      }
      reviewsByLearner.append((input.learner, reviews.map(\.record)))
      for review in reviews {
        let record = review.record
        guard let card = cardsByID[record.card] else { continue }
        let unit = unitMap.unit(of: record.card)
        let right = DayTally.isRight(record)
        missed[unit, default: Misses()].add(learner: input.learner, right: right)
        guard !right else { continue }
        if record.verdict != "partial", let text = Self.wrongAnswerText(record, card: card) {
          wrong[record.card, default: [:]][text, default: (0, [])].count += 1
          wrong[record.card, default: [:]][text, default: (0, [])].learners.insert(input.learner)
        }
      }
      for entry in input.entries where entry.time <= now {
        guard case .flag(let card, let note) = entry.event else { continue }
        flags.append(
          FlagNote(
            card: card, unit: unitMap.unit(of: card), prompt: cardsByID[card]?.prompt ?? "",
            learner: input.learner, note: note ?? "", time: entry.time))
      }
    }
    self.learners = rows
    self.details = details
    topics = topicOrder.compactMap { topicTotals[$0] }
    mostMissed = Array(
      missed.compactMap { id, misses -> MissedUnit? in
        guard !misses.missedBy.isEmpty, let unit = unitsByID[id] else { return nil }
        return MissedUnit(
          unit: id, prompt: LearnerStatistics.prompt(of: unit), learners: misses.missedBy.count,
          answered: misses.answeredBy.count, wrong: misses.wrong, answers: misses.answers)
      }.sorted {
        ($0.learners, $0.wrong, $1.unit) > ($1.learners, $1.wrong, $0.unit)
      }.prefix(10))
    wrongAnswers = Array(
      wrong.compactMap { id, answers -> WrongAnswers? in
        guard let card = cardsByID[id] else { return nil }
        let given = answers.map {
          GivenAnswer(
            text: $0.key, count: $0.value.count, learners: $0.value.learners.count,
            givenBy: $0.value.learners.sorted())
        }
        .sorted { ($0.learners, $0.count, $1.text) > ($1.learners, $1.count, $0.text) }
        return WrongAnswers(
          card: id, unit: card.unit.rawValue, prompt: card.prompt, answer: card.answer,
          answers: Array(given.prefix(3)))
      }.sorted {
        ($0.answers.first?.learners ?? 0, $0.answers.first?.count ?? 0, $1.card)
          > ($1.answers.first?.learners ?? 0, $1.answers.first?.count ?? 0, $0.card)
      }.prefix(10))
    aliasSuggestions =
      AliasSuggestions(
        cards: units.flatMap(\.ladder), reviews: reviewsByLearner, wrongLimit: 0
      ).cards
    self.flags = flags.sorted { ($0.time, $0.learner) < ($1.time, $1.learner) }
    let calendar = learners.first?.calendar ?? ReportCalendar(timeZone: .current)
    let today = calendar.day(of: now)
    self.forecast = forecast
    self.activity = ((today - LearnerStatistics.activityDays + 1)...today).map {
      activity[$0] ?? LearnerStatistics.DayActivity(day: $0)
    }
  }

  /// The answers the class gave one unit: who answered it, who missed it, and how often.
  private struct Misses {
    var answeredBy: Set<String> = []
    var missedBy: Set<String> = []
    var answers = 0
    var wrong = 0

    mutating func add(learner: String, right: Bool) {
      answers += 1
      answeredBy.insert(learner)
      guard !right else { return }
      wrong += 1
      missedBy.insert(learner)
    }
  }

  /// A wrong answer as a teacher can read it: on choice, select and true/false cards the text of the options
  /// the learner chose, when the review names them (`chosen`, sorted and joined by "; ", so one pick counts as
  /// one answer whatever the shuffle and whether typed as a letter or a text); otherwise the answer as typed.
  static func wrongAnswerText(_ record: ReviewRecord, card: Card) -> String? {
    if let chosen = record.chosen, !chosen.isEmpty, !card.choices.isEmpty {
      let texts = chosen.map(tidy).filter { !$0.isEmpty }
      if !texts.isEmpty { return texts.sorted().joined(separator: "; ") }
    }
    return wrongAnswerText(record.answer, card: card)
  }

  /// Lowercased, with runs of white space made one space.
  private static func tidy(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A typed wrong answer as a teacher can read it, or nil when it says nothing: blank, or a bare option
  /// letter (options are shuffled per session, so without `chosen` a letter does not tell which option it was).
  static func wrongAnswerText(_ answer: String?, card: Card) -> String? {
    let text = tidy(answer ?? "")
    guard !text.isEmpty else { return nil }
    switch card.key {
    case .choice, .select:
      let letters = text.split(whereSeparator: { $0 == " " || $0 == "," })
      if letters.allSatisfy({ ChoiceLetters.index(of: String($0), count: 26) != nil }) {
        return nil
      }
    case .trueFalse:
      if ["t", "true", "yes", "y"].contains(text) { return "true" }
      if ["f", "false", "no", "n"].contains(text) { return "false" }
    default: break
    }
    return text
  }
}
