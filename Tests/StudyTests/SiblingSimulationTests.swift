import Cards
import Foundation
import ProgressCore
import Scheduling
import TestSupport
import Testing
import Utilities

@testable import Study

/// Many days of real sessions (a new `StudySession` each day over the replayed log, the clock injected),
/// with a learner who keeps forgetting one unit: the other unit of its fact (its reverse question) must not
/// wait behind it for more than a day.
@Suite("Siblings over many study days")
struct SiblingSimulationTests {
  /// 2025-11-25T10:00:00Z; a session starts at this time of day every day.
  static let firstDay = Date(timeIntervalSince1970: 1_764_064_800)
  static let day = StudyDay(timeZone: .gmt)

  /// The learner's rating: the forgetful unit is known twice and then forgotten every time; the other
  /// units mostly Good, with a fixed sprinkle of Again and Hard.
  static func rating(for unit: String, answer number: Int, forgetful: String) -> Rating {
    if unit == forgetful { return number < 2 ? .good : .again }
    let hash = FNV1aHash.hash("\(unit)#\(number)")
    switch hash % 10 {
    case 0: return .again
    case 1: return .hard
    default: return .good
    }
  }

  /// What one simulated study day left behind.
  struct DayEnd {
    /// Units due at the end of the session that were not shown that day (suspended ones excepted).
    var dueUnshown: Set<String>
    /// Whether the session ran out of units (rather than the learner stopping).
    var ranOut: Bool
  }

  /// Runs `days` daily sessions; `check` sees each session as it ends.
  static func simulate(
    days: Int, check: (StudySession, DayEnd, Date) -> Void
  ) throws -> [DayEnd] {
    let units = try MiniDeck.units()
    let forgetful = "aspirin-site"
    try #require(units.contains { $0.id.rawValue == forgetful })
    let log = MemoryLog()
    var answersByUnit: [String: Int] = [:]
    var ends: [DayEnd] = []
    for dayNumber in 0..<days {
      let start = firstDay.addingTimeInterval(Double(dayNumber) * 86_400)
      let entries = log.entries
      let session = StudySession(
        units: units, lexicon: Lexicon(deck: try MiniDeck.deck()),
        replay: ProgressReplay(
          entries: entries, scheduler: MiniDeck.scheduler,
          units: UnitMap(KnowledgeUnit.unitsByCard(units))),
        scheduler: MiniDeck.scheduler, log: log, limits: StudyLimits(), day: day, now: start)
      var now = start
      var shown: Set<String> = []
      var answers = 0
      var ranOut = false
      // The learner stops after 300 answers in a day, should the session never run out.
      while answers < 300 {
        guard let card = session.nextCard(at: now) else {
          ranOut = true
          break
        }
        let id = card.unit.rawValue
        let rating = rating(for: id, answer: answersByUnit[id, default: 0], forgetful: forgetful)
        answersByUnit[id, default: 0] += 1
        let grade = Grade(
          verdict: rating == .again ? .incorrect : .correct, score: rating == .again ? 0 : 1,
          reason: "")
        try session.record(
          card: card, rating: rating, suggested: rating, grade: grade, input: "x",
          milliseconds: 1000, at: now)
        shown.insert(id)
        answers += 1
        now.addTimeInterval(30)
      }
      let dueUnshown = Set(
        units.filter { unit in
          let id = unit.id.rawValue
          guard let state = session.queue.states[id], !session.queue.suspended.contains(id)
          else { return false }
          return state.due <= now && !shown.contains(id)
        }.map(\.id.rawValue))
      let end = DayEnd(dueUnshown: dueUnshown, ranOut: ranOut)
      check(session, end, now)
      ends.append(end)
    }
    return ends
  }

  @Test(
    "a due unit waits behind the other unit of its fact for one study day at most, over 60 days")
  func dueCardsWaitOneDayAtMost() throws {
    let ends = try Self.simulate(days: 60) { _, _, _ in }
    var waiting: [String: Int] = [:]
    var longest: [String: Int] = [:]
    for end in ends {
      for unit in Set(waiting.keys).union(end.dueUnshown) {
        waiting[unit] = end.dueUnshown.contains(unit) ? waiting[unit, default: 0] + 1 : 0
        longest[unit] = max(longest[unit, default: 0], waiting[unit, default: 0])
      }
    }
    let overlong = longest.filter { $0.value > 1 }
    #expect(overlong.isEmpty, "due and unshown on consecutive study days: \(overlong)")
    let heldBack = ends.filter { !$0.dueUnshown.isEmpty }.count
    #expect(heldBack > 0, "the simulation holds siblings back")
    #expect(
      ends.contains { $0.dueUnshown.contains("acts-on.heart.reverse") },
      "the forgetful unit's reverse question is among those held back")
  }

  @Test("when a session runs out of units, every due unit left was held back by a sibling")
  func nothingLeftThatCouldBeShown() throws {
    var sessionsEnded = 0
    _ = try Self.simulate(days: 60) { session, end, now in
      #expect(end.ranOut, "the session ends by itself, not by the learner stopping")
      guard end.ranOut else { return }
      sessionsEnded += 1
      for id in end.dueUnshown {
        let unit = session.queue.units.first { $0.id.rawValue == id }
        #expect(unit.map { !session.queue.isAvailable($0) } == true, "\(id) could have been shown")
      }
    }
    #expect(sessionsEnded == 60)
  }
}
