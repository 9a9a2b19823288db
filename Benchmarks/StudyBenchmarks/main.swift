import Cards
import Foundation
import Knowledge
import ProgressStore
import Scheduling
import Study

/// A simulated learner: studies the deck daily through the real queue, answers right with probability 0.85.
final class MemoryLog: ProgressLog {
  var entries: [ProgressEntry] = []
  func record(_ event: ProgressEvent, at time: Date) throws(ProgressError) {
    entries.append(ProgressEntry(time: time, event: event, line: entries.count + 2))
  }
}

func rightAnswer(_ card: Card) -> String {
  switch card.key {
  case .typed(let accepted, _): accepted.first ?? card.answer
  case .choice(_, let correct): ChoiceLetters.letter(correct)
  case .select(_, let correct): correct.sorted().map(ChoiceLetters.letter).joined(separator: " ")
  case .list(let items): items.compactMap(\.first).joined(separator: ", ")
  case .trueFalse(let value): value ? "true" : "false"
  case .number(let minimum, _): Card.format(minimum)
  }
}

let env = ProcessInfo.processInfo.environment
let days = Int(env["SIM_DAYS"] ?? "") ?? 30
let accuracy = Double(env["SIM_ACCURACY"] ?? "") ?? 0.85
let deckName = env["SIM_DECK"] ?? "calcinosis-cutis"
let text = try String(contentsOfFile: "Decks/\(deckName).yaml", encoding: .utf8)
let deck = try DeckLoader.load(yaml: text, file: "Decks/\(deckName).yaml", deckID: deckName)
let cards = CardGenerator(deck: deck, seed: 1).generate()
let lexicon = Lexicon(deck: deck)
let log = MemoryLog()
var random = SplitMix64(seed: 42)
let utc = TimeZone(identifier: "UTC")!
let start = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01 09:00 UTC
var perDay: [Int] = []
var perFact: [String: Int] = [:]
var daysSeen: [String: Set<Int>] = [:]
let factOf = Dictionary(cards.map { ($0.id.rawValue, $0.siblingKey) }) { a, _ in a }
var rightThenNextDay = 0
var lastRightDay: [String: Int] = [:]
var dueLeft = 0
for day in 0..<days {
  var now = start.addingTimeInterval(Double(day) * 86_400)
  let replay = ProgressReplay(entries: log.entries, scheduler: Scheduler())
  let session = StudySession(
    cards: cards, lexicon: lexicon, descriptions: EntityDescriptions.make(deck: deck), replay: replay, scheduler: Scheduler(), log: log,
    limits: StudyLimits(), day: StudyDay(timeZone: utc), now: now)
  var count = 0
  while let card = session.nextCard(at: now), count < 2_000 {
    let right = Double.random(in: 0..<1, using: &random) < accuracy
    let input = right ? rightAnswer(card) : ""
    let grade = session.grade(input, for: card)
    let rating = session.suggestedRating(for: grade)
    try session.record(
      card: card, rating: rating, suggested: rating, grade: grade, input: input,
      milliseconds: 8000, at: now)
    count += 1
    let fact = factOf[card.id.rawValue] ?? card.id.rawValue
    perFact[fact, default: 0] += 1
    daysSeen[fact, default: []].insert(day)
    if lastRightDay[fact] == day - 1 { rightThenNextDay += 1 }
    if rating != Rating.again { lastRightDay[fact] = day }
    now = now.addingTimeInterval(20)
  }
  // Due cards left when the session said "nothing more".
  let states = session.queue.states
  dueLeft += states.filter { $0.value.phase == CardPhase.review && $0.value.due <= now }.count
  perDay.append(count)
}
let later = perDay.dropFirst()
print("days \(days), accuracy \(accuracy), deck \(deckName): \(cards.count) cards, \(Set(factOf.values).count) facts")
print("reviews per day (days 2-\(days)): mean \(String(format: "%.1f", Double(later.reduce(0, +)) / Double(later.count))), min \(later.min() ?? 0), max \(later.max() ?? 0)")
print("reviews per day: \(perDay)")
let values = perFact.values.sorted()
print("reviews per fact: mean \(String(format: "%.1f", Double(values.reduce(0, +)) / Double(values.count))), max \(values.last ?? 0), facts \(values.count)")
print("facts asked on >= 20 days: \(daysSeen.values.filter { $0.count >= 20 }.count)")
print("a fact answered right asked again the next day: \(rightThenNextDay)")
print("due cards left at the end of sessions (sum over days): \(dueLeft)")
