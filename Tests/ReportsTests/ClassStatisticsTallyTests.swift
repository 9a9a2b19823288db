import Foundation
import ProgressCore
import Reports
import Scheduling
import Testing
import Utilities

/// `recall class` reads a class one learner at a time, several at once on every core, and folds what each
/// learner adds into the class figures: the result must not depend on the order or on the cores, and must be
/// what counting every learner's reviews at once gives.
@Suite("Class statistics learner by learner")
struct ClassStatisticsTallyTests {
  typealias Fixture = ReportFixture

  /// Forty learners with seeded random histories of the mini deck over sixty days: reviews of every rating
  /// (some partly right, some overridden, some cram), typed answers and option picks, undos, suspensions,
  /// flags, quizzes, a card the deck no longer makes, and events after now. Not in name order.
  static let learners: [LearnerInput] = (0..<40).map { index in
    var random = SplitMix64(seed: UInt64(index) &* 7_919 &+ 11)
    func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    let cards = Fixture.cards.map(\.id.rawValue) + ["gone"]
    let answers: [String?] = [
      "aspirin", "Heparin", " heparin  ", "liver", "b", "", nil, "warfarin", "Lebensmittel Ü",
    ]
    var events: [(Date, ProgressEvent)] = []
    var lastCard = "c1"
    for step in 0..<150 {
      let time = Fixture.at(61 - step * 61 / 150, "09:00")
        .addingTimeInterval(Double(step % 3) * 700 + Double(random.next() % 600))
      switch random.next() % 25 {
      case 0: events.append((time, .undo(card: lastCard)))
      case 1: events.append((time, .suspend(card: pick(cards))))
      case 2: events.append((time, .unsuspend(card: pick(cards))))
      case 3: events.append((time, .flag(card: pick(cards), note: pick(["unclear", nil]))))
      case 4:
        let questions = Int(random.next() % 11)
        events.append(
          (
            time,
            .quizResult(correct: Double(random.next() % 11) / 2, questions: questions, seconds: 90)
          ))
      default:
        lastCard = pick(cards)
        let rating = Rating(rawValue: 1 + Int(random.next() % 4)) ?? .good
        let verdict = rating == .again ? pick(["incorrect", "incorrect", "partial"]) : "correct"
        let overridden = verdict != "correct" && random.next() % 5 == 0
        let chosen: [String]? =
          lastCard == "c4" ? pick([["Heparin"], ["insulin", "aspirin"], []]) : nil
        let record = ReviewRecord(
          card: lastCard, rating: overridden ? .good : rating, milliseconds: 1000 + step,
          answer: pick(answers), chosen: chosen, verdict: pick([verdict, verdict, verdict, nil]),
          override: overridden ? ReviewRecord.overriddenRight : nil,
          mode: pick([.study, .study, .study, .quiz, .cram]))
        events.append((time, .review(record)))
      }
    }
    events.append((Fixture.now.addingTimeInterval(60), .flag(card: "c1", note: "after now")))
    return Fixture.input(String(format: "learner-%02d", index * 17 % 40), events)
  }

  static let deck = ReportDeck(id: "mini", title: "Mini <deck> & co", units: Fixture.units)

  /// The class built one learner at a time, in the order given.
  static let sequential = ClassStatistics(
    deckID: "mini", deckTitle: "Mini <deck> & co", units: Fixture.units, now: Fixture.now,
    learners: learners)

  @Test(
    "summaries made on every core and folded in any order give the class built learner by learner",
    arguments: [0, 1, 2])
  func anyOrder(seed: UInt64) {
    var order = Array(Self.learners.indices)
    if seed > 0 {
      var random = SplitMix64(seed: seed)
      order.shuffle(using: &random)
    }
    var tally = ClassStatistics.Tally(deck: Self.deck, now: Fixture.now, calendar: Fixture.calendar)
    let learners = order.map { Self.learners[$0] }
    concurrentMap(
      count: learners.count, { ClassStatistics.LearnerSummary(input: learners[$0]) },
      each: { tally.add($0) })
    #expect(tally.statistics == Self.sequential)
  }

  @Test("the generated class has what the figures count")
  func premise() {
    let report = Self.sequential
    #expect(report.learners.count == 40)
    #expect(report.mostMissed.count == 7 && report.wrongAnswers.count >= 5)
    #expect(report.flags.count > 20 && report.aliasSuggestions.count >= 3)
    #expect(report.learners.allSatisfy { $0.reviews > 50 && $0.quizzes > 0 })
  }

  @Test("rows, most missed units and wrong answers are those counted from all reviews at once")
  func reference() {
    let report = Self.sequential
    #expect(report.learners.map(\.learner) == Self.learners.map(\.learner).sorted())
    var answeredBy: [String: Set<String>] = [:]
    var missedBy: [String: Set<String>] = [:]
    var answers: [String: Int] = [:]
    var wrong: [String: Int] = [:]
    var given: [String: [String: (count: Int, learners: Set<String>)]] = [:]
    for input in Self.learners {
      let statistics = LearnerStatistics(input: input)
      let row = report.learners.first { $0.learner == input.learner }
      #expect(row?.unitsKnown == statistics.counts.known)
      #expect(row?.unitsStudied == statistics.counts.studied)
      let reviews = Self.reviews(input)
      #expect(row?.reviews == reviews.count)
      #expect(row?.lastActive == reviews.last?.time)
      for (_, record) in reviews where record.card != "gone" {
        let right = DayTally.isRight(record)
        answeredBy[record.card, default: []].insert(input.learner)
        answers[record.card, default: 0] += 1
        guard !right else { continue }
        missedBy[record.card, default: []].insert(input.learner)
        wrong[record.card, default: 0] += 1
        guard record.verdict != "partial" else { continue }
        let text = Self.readable(record)
        guard let text else { continue }
        given[record.card, default: [:]][text, default: (0, [])].count += 1
        given[record.card, default: [:]][text, default: (0, [])].learners.insert(input.learner)
      }
    }
    for unit in report.mostMissed {
      #expect(unit.learners == missedBy[unit.unit]?.count)
      #expect(unit.answered == answeredBy[unit.unit]?.count)
      #expect(unit.answers == answers[unit.unit] && unit.wrong == wrong[unit.unit])
    }
    for card in report.wrongAnswers {
      for answer in card.answers {
        #expect(answer.count == given[card.card]?[answer.text]?.count)
        #expect(answer.learners == given[card.card]?[answer.text]?.learners.count)
      }
    }
  }

  /// The reviews that count, up to now, straight from the file's events: an undo takes back the last
  /// review that counts when it names its card.
  static func reviews(_ input: LearnerInput) -> [(time: Date, record: ReviewRecord)] {
    var counted: [(time: Date, record: ReviewRecord)] = []
    for entry in input.entries {
      switch entry.event {
      case .review(let record): counted.append((entry.time, record))
      case .undo(let card) where counted.last?.record.card == card: counted.removeLast()
      default: break
      }
    }
    return counted.filter { $0.time <= input.now }
  }

  /// A wrong answer as the class view shows it, by the rules of docs/reports.md: the options picked on the
  /// choice card, else the answer typed; lowercased, spaces tidied; a bare letter or a blank says nothing.
  static func readable(_ record: ReviewRecord) -> String? {
    func tidy(_ text: String) -> String {
      text.lowercased().split(separator: " ").joined(separator: " ")
    }
    if record.card == "c4", let chosen = record.chosen?.map(tidy), !chosen.isEmpty {
      return chosen.sorted().joined(separator: "; ")
    }
    let text = tidy(record.answer ?? "")
    if text.isEmpty || (record.card == "c4" && text.count == 1) { return nil }
    return text
  }
}
