import Cards
import Foundation
import Knowledge
import ProgressCore
import Reports
import Scheduling
import Study
import Testing

/// The wrong-answer table of `recall class` counts a wrong option once, however the options were shuffled
/// and whichever letter named it: reviews made by real study sessions log the option's text (`chosen`).
@Suite("Class misconceptions across shuffles")
struct ClassMisconceptionTests {
  static let yaml = """
    deck:
      title: Antidotes
      version: 1
      source: {title: Notes, sections: [One]}
    classes:
      drug: {name: drug}
      poison: {name: poison}
    entities:
      naloxone: {class: drug, name: naloxone}
      flumazenil: {class: drug, name: flumazenil}
      fomepizole: {class: drug, name: fomepizole}
      atropine: {class: drug, name: atropine}
      opioid: {class: poison, name: opioid overdose}
      benzodiazepine: {class: poison, name: benzodiazepine overdose}
      methanol: {class: poison, name: methanol}
      organophosphate: {class: poison, name: organophosphate}
    relations:
      reverses:
        subject: drug
        object: poison
        ask: What does {subject} reverse?
        ask-reverse: Which drug reverses {object}?
    facts:
      - {id: naloxone-opioid, subject: naloxone, relation: reverses, object: opioid, section: One, explanation: Our own note.}
      - {id: flumazenil-benzo, subject: flumazenil, relation: reverses, object: benzodiazepine, section: One, explanation: Our own note.}
      - {id: fomepizole-methanol, subject: fomepizole, relation: reverses, object: methanol, section: One, explanation: Our own note.}
      - {id: atropine-organophosphate, subject: atropine, relation: reverses, object: organophosphate, section: One, explanation: Our own note.}
    """
  let start = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z
  let scheduler = Scheduler(parameters: (try? FSRSParameters(enableFuzz: false)) ?? .default)

  /// The events a session writes, kept in memory.
  final class EventList: ProgressLog {
    var entries: [ProgressEntry] = []
    func record(_ event: ProgressEvent, at time: Date) throws(ProgressError) {
      entries.append(ProgressEntry(time: time, event: event, line: entries.count + 2))
    }
  }

  func deck() throws -> Deck {
    try DeckLoader.load(yaml: Self.yaml, file: "antidotes.yaml", deckID: "antidotes")
  }

  /// One study session with the options shuffled by `seed`: `input` answers the card `id`.
  func answer(_ id: CardID, _ input: (Card) -> String, seed: UInt64) throws -> [ProgressEntry] {
    let deck = try deck()
    let generator = CardGenerator(deck: deck, seed: seed)
    let card = try #require(generator.generate().first { $0.id == id })
    let log = EventList()
    let session = StudySession(
      units: generator.units(), lexicon: Lexicon(deck: deck),
      replay: ProgressReplay(entries: [], scheduler: scheduler),
      scheduler: scheduler, log: log, limits: StudyLimits(), day: StudyDay(timeZone: .gmt),
      now: start)
    let typed = input(card)
    let grade = session.grade(typed, for: card)
    try session.begin(at: start)
    try session.record(
      card: card, rating: session.suggestedRating(for: grade), suggested: .again, grade: grade,
      input: typed, milliseconds: 3000, at: start.addingTimeInterval(5))
    try session.finish(at: start.addingTimeInterval(10))
    return log.entries
  }

  @Test("two learners pick the same wrong option under different shuffles: one misconception")
  func sameWrongOption() throws {
    let deck = try deck()
    let seen = CardGenerator(deck: deck, seed: 1).units()
    let card = try #require(seen.flatMap(\.ladder).first { $0.kind == .choice })
    guard case .choice(let options, let correct) = card.key else {
      Issue.record("not a choice card")
      return
    }
    let wrong = options[(correct + 1) % options.count]
    // A second session's seed that shows that option under another letter.
    let otherSeed = try #require(
      (UInt64(2)...UInt64(60)).first { seed in
        let other = CardGenerator(deck: deck, seed: seed).generate().first { $0.id == card.id }
        return other?.choices.firstIndex(of: wrong) != options.firstIndex(of: wrong)
      })
    func letter(_ card: Card) -> String {
      ChoiceLetters.letter(card.choices.firstIndex(of: wrong) ?? 0)
    }
    var letters: [String] = []
    let ana = try answer(
      card.id,
      {
        letters.append(letter($0)); return letter($0)
      }, seed: 1)
    let ben = try answer(
      card.id,
      {
        letters.append(letter($0)); return letter($0)
      }, seed: otherSeed)
    #expect(
      letters.count == 2 && letters[0] != letters[1], "the two learners typed different letters")
    // An older file: a bare letter (left out, it names no option) and the option typed as text.
    let chloe = [
      ProgressEntry(
        time: start,
        event: .review(
          ReviewRecord(
            card: card.id.rawValue, rating: .again, milliseconds: 9, answer: "c",
            verdict: "incorrect")),
        line: 2),
      ProgressEntry(
        time: start.addingTimeInterval(60),
        event: .review(
          ReviewRecord(
            card: card.id.rawValue, rating: .again, milliseconds: 9,
            answer: "  \(wrong.uppercased()) ",
            verdict: "incorrect")),
        line: 3),
    ]
    let now = start.addingTimeInterval(3600)
    let calendar = ReportCalendar(timeZone: .gmt)
    let report = ClassStatistics(
      deckID: "antidotes", deckTitle: "Antidotes",
      units: CardGenerator(deck: deck, seed: 0).units(),
      now: now,
      learners: [("ana", ana), ("ben", ben), ("chloe", chloe)].map {
        LearnerInput(
          learner: $0.0, deckID: "antidotes", deckTitle: "Antidotes", units: seen, entries: $0.1,
          now: now,
          calendar: calendar, scheduler: scheduler)
      })
    let given = try #require(report.wrongAnswers.first { $0.card == card.id.rawValue })
    #expect(given.answers.map(\.text) == [wrong])
    #expect(given.answers.map(\.count) == [3])
    #expect(given.answers.map(\.learners) == [3])
  }
}
