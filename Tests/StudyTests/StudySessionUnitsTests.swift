import Cards
import Foundation
import ProgressCore
import Scheduling
import TestSupport
import Testing

@testable import Study

/// A session schedules units of knowledge: one memory per unit, each review asking it with the
/// presentation its ladder gives.
@Suite("Study session: units")
struct StudySessionUnitsTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)
  let right = Grade(verdict: .correct, score: 1, reason: "")
  let wrong = Grade(verdict: .incorrect, score: 0, reason: "")

  func session(
    _ log: MemoryLog = MemoryLog(), entries: [ProgressEntry] = [],
    mode: StudySession.Mode = .study
  ) throws -> StudySession {
    let units = try MiniDeck.units()
    return StudySession(
      units: units, lexicon: Lexicon(deck: try MiniDeck.deck()),
      replay: ProgressReplay(
        entries: entries, scheduler: MiniDeck.scheduler,
        units: UnitMap(KnowledgeUnit.unitsByCard(units))),
      scheduler: MiniDeck.scheduler, log: log, limits: StudyLimits(), day: StudyDay(timeZone: .gmt),
      now: now, mode: mode, seed: 5)
  }

  @Test("a new unit is marked new and asked at its lowest rung")
  func newUnitAtLowestRung() throws {
    let item = try #require(try session().nextItem(at: now))
    #expect(item.isNew)
    #expect(item.unit.id.rawValue == "aspirin-site")
    #expect(item.card.kind == .choice)
    #expect(item.card.unit == item.unit.id)
  }

  @Test("a unit answered right is asked one rung higher when it comes back")
  func climbsAfterRightAnswer() throws {
    let session = try session()
    let first = try #require(session.nextItem(at: now))
    try session.record(
      card: first.card, rating: .good, suggested: .good, grade: right, input: "heart",
      milliseconds: 1, at: now)
    // Back after its learning step of ten minutes: no longer new, one rung up.
    let later = now.addingTimeInterval(600)
    let again = try #require(session.nextItem(at: later))
    #expect(again.unit.id == first.unit.id)
    #expect(!again.isNew)
    #expect(Rung(again.card.kind) > Rung(first.card.kind))
    #expect(again.card.kind == .recall)
  }

  @Test("a unit answered wrong steps back down, and the next session goes on from the file")
  func stepsDownAfterWrongAnswer() throws {
    let log = MemoryLog()
    let session = try session(log)
    let first = try #require(session.nextItem(at: now))
    try session.record(
      card: first.card, rating: .good, suggested: .good, grade: right, input: "heart",
      milliseconds: 1, at: now)
    let typed = try #require(session.nextItem(at: now.addingTimeInterval(600)))
    #expect(typed.card.kind == .recall)
    try session.record(
      card: typed.card, rating: .again, suggested: .again, grade: wrong, input: "lung",
      milliseconds: 1, at: now.addingTimeInterval(600))
    #expect(log.reviews.map(\.rung) == [Rung.choose.rawValue, Rung.produce.rawValue])
    // A new session over the file asks the unit where the last review left it: one rung down.
    let next = try self.session(
      entries: log.entries)
    let item = try #require(next.nextItem(at: now.addingTimeInterval(660)))
    #expect(item.unit.id == first.unit.id)
    #expect(item.card.kind == .choice)
  }

  @Test("every presentation of a unit moves its one memory")
  func oneMemoryPerUnit() throws {
    let session = try session()
    let first = try #require(session.nextItem(at: now))
    try session.record(
      card: first.card, rating: .good, suggested: .good, grade: right, input: "heart",
      milliseconds: 1, at: now)
    let later = now.addingTimeInterval(600)
    let typed = try #require(session.nextItem(at: later))
    try session.record(
      card: typed.card, rating: .good, suggested: .good, grade: right, input: "heart",
      milliseconds: 1, at: later)
    var expected = MiniDeck.scheduler.review(
      .new(due: now), rating: .good, at: now, cardID: "aspirin-site")
    expected = MiniDeck.scheduler.review(
      expected, rating: .good, at: later, cardID: "aspirin-site")
    #expect(session.queue.states == ["aspirin-site": expected])
    #expect(session.state(of: typed.card, at: later) == expected)
    #expect(session.state(of: first.card, at: later) == expected)
  }

  @Test(":suspend puts the whole unit away; :undo brings it back, asked as before")
  func suspendAndUndoActOnTheUnit() throws {
    let log = MemoryLog()
    let session = try session(log)
    let item = try #require(session.nextItem(at: now))
    try session.suspend(item.card, at: now)
    #expect(!session.queue.isAvailable(item.unit))
    #expect(session.nextItem(at: now).map { $0.unit.siblingKey } != item.unit.siblingKey)
    let undone = try #require(try session.undo(at: now))
    #expect(undone.kind == .suspension)
    #expect(
      log.events == [
        .suspend(card: item.card.id.rawValue), .unsuspend(card: item.card.id.rawValue),
      ])
    let back = try #require(session.nextItem(at: now))
    #expect(back.unit.id == item.unit.id)
    #expect(back.card.id == item.card.id)
  }

  @Test(":undo of an answer takes the unit back to where it stood, on its ladder too")
  func undoRestoresTheLadder() throws {
    let log = MemoryLog()
    let session = try session(log)
    let first = try #require(session.nextItem(at: now))
    try session.record(
      card: first.card, rating: .good, suggested: .good, grade: right, input: "heart",
      milliseconds: 1, at: now)
    let undone = try #require(try session.undo(at: now))
    #expect(undone.card.id == first.card.id)
    let again = try #require(session.nextItem(at: now))
    #expect(again.unit.id == first.unit.id)
    #expect(again.isNew)
    #expect(again.card.id == first.card.id)
    #expect(session.summary.answeredUnits.isEmpty)
  }

  @Test("cram practises each unit once, at its rung, and changes no schedule")
  func cramOncePerUnit() throws {
    let log = MemoryLog()
    let session = try session(log, mode: .cram)
    var practised: [String] = []
    while practised.count < 100, let item = session.nextItem(at: now) {
      practised.append(item.unit.id.rawValue)
      #expect(item.card.kind == .choice, "new units: the lowest rung")
      try session.record(
        card: item.card, rating: .good, suggested: .good, grade: right, input: "x",
        milliseconds: 1, at: now)
    }
    let units = try MiniDeck.units()
    #expect(practised.count == units.count)
    #expect(Set(practised) == Set(units.map(\.id.rawValue)))
    #expect(session.queue.states.isEmpty)
    #expect(log.reviews.allSatisfy { $0.mode == .cram })
  }
}
