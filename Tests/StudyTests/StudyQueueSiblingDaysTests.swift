import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import TestSupport
import Testing
import Utilities

@testable import Study

/// Forward and reverse units of one fact are not shown on the same study day: real sessions on the built-in
/// deck, one a day, with the progress log replayed by unit each morning.
@Suite("Units of one fact over study days")
struct StudyQueueSiblingDaysTests {
  /// 2026-01-01T09:00:00Z: each day's session starts at this time of day.
  static let firstDay = Date(timeIntervalSince1970: 1_767_258_000)
  static let day = StudyDay(timeZone: .gmt)
  static let scheduler = Scheduler(parameters: (try? FSRSParameters(enableFuzz: false)) ?? .default)

  /// A learner who answers about 85 % Good, 10 % Again and 5 % Hard, fixed by unit and answer number.
  static func rating(unit: String, answer: Int) -> Rating {
    let hash = FNV1aHash.hash("\(unit)#\(answer)")
    switch hash % 20 {
    case 0, 1: return .again
    case 2: return .hard
    default: return .good
    }
  }

  /// One study day: the units answered, in the order first answered, and the states the day began with.
  struct Day {
    var start: Date
    var answered: [String] = []
    var statesAtStart: [String: CardState]
  }

  /// Twelve daily sessions on the built-in deck, each studied until nothing is left.
  static let days: Result<(days: [Day], units: [KnowledgeUnit]), any Error> = Result {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Decks/calcinosis-cutis.yaml").path
    let deck = try DeckLoader.load(
      yaml: try String(contentsOfFile: path, encoding: .utf8), file: path,
      deckID: "calcinosis-cutis")
    let units = CardGenerator(deck: deck, seed: 1).units()
    let map = UnitMap(KnowledgeUnit.unitsByCard(units))
    let log = MemoryLog()
    var answers: [String: Int] = [:]
    var days: [Day] = []
    for number in 0..<12 {
      let start = firstDay.addingTimeInterval(Double(number) * 86_400)
      let entries = log.entries
      let session = StudySession(
        units: units, lexicon: Lexicon(deck: deck),
        replay: ProgressReplay(entries: entries, scheduler: scheduler, units: map),
        scheduler: scheduler, log: log, limits: StudyLimits(newUnits: 20, reviews: 200), day: day,
        now: start)
      var today = Day(start: start, statesAtStart: session.queue.states)
      var now = start
      // The learner stops after 600 answers, should a session never end.
      for _ in 0..<600 {
        guard let item = session.nextItem(at: now) else { break }
        let id = item.unit.id.rawValue
        let rating = rating(unit: id, answer: answers[id, default: 0])
        answers[id, default: 0] += 1
        let grade = Grade(
          verdict: rating == .again ? .incorrect : .correct, score: rating == .again ? 0 : 1,
          reason: "")
        try session.record(
          card: item.card, rating: rating, suggested: rating, grade: grade, input: "x",
          milliseconds: 1000, at: now)
        if !today.answered.contains(id) { today.answered.append(id) }
        now.addTimeInterval(20)
      }
      days.append(today)
    }
    return (days, units)
  }

  @Test("a new unit is never introduced on a day another unit of its fact was answered")
  func newUnitsNotBesideSiblings() throws {
    let (days, units) = try Self.days.get()
    let keys = Dictionary(units.map { ($0.id.rawValue, $0.siblingKey) }) { first, _ in first }
    var introducedBeside = 0
    var introduced = 0
    for day in days {
      var keysSoFar: Set<String> = []
      for unit in day.answered {
        let key = try #require(keys[unit])
        if day.statesAtStart[unit] == nil {
          introduced += 1
          if keysSoFar.contains(key) { introducedBeside += 1 }
        }
        keysSoFar.insert(key)
      }
    }
    // Twenty a day until the deck runs out: a fact's reverse units come one a day after its forward one.
    #expect(introduced >= 120, "\(introduced) units introduced")
    #expect(introducedBeside == 0)
  }

  @Test(
    "two units of one fact share a day only when the later one was already due: it waits one day at most"
  )
  func siblingsShareADayOnlyWhenOverdue() throws {
    let (days, units) = try Self.days.get()
    let keys = Dictionary(units.map { ($0.id.rawValue, $0.siblingKey) }) { first, _ in first }
    // Facts with a forward and a reverse unit.
    let shared = Dictionary(grouping: units, by: \.siblingKey).filter { $0.value.count > 1 }
    for (number, day) in days.enumerated() {
      var first: [String: String] = [:]
      for unit in day.answered {
        let key = try #require(keys[unit])
        guard let earlier = first[key] else {
          first[key] = unit
          continue
        }
        // `unit` was shown after `earlier`, a unit of the same fact, on the same day.
        let due = day.statesAtStart[unit]?.due
        #expect(
          due.map { $0 < Self.day.start(of: day.start) } == true,
          "day \(number + 1): \(unit) shown after \(earlier), due \(String(describing: due))")
      }
    }
    // Facts with several units answered in these days: what the rule is about.
    let answered = Set(days.flatMap(\.answered))
    let studiedBothWays = shared.values.filter { units in
      units.filter { answered.contains($0.id.rawValue) }.count > 1
    }
    #expect(studiedBothWays.count > 10, "\(studiedBothWays.count) facts studied both ways")
  }
}
