import Foundation
import Scheduling
import Testing

@testable import ProgressStore

@Suite("Replay")
struct ProgressReplayTests {
  let start = Date(timeIntervalSince1970: 1_735_722_000)  // 2025-01-01T09:00:00Z
  let scheduler = Scheduler(parameters: (try? FSRSParameters(enableFuzz: false)) ?? .default)

  func entry(_ minutes: Double, _ event: ProgressEvent) -> ProgressEntry {
    ProgressEntry(time: start.addingTimeInterval(minutes * 60), event: event, line: 0)
  }

  func review(_ card: String, _ rating: Rating, mode: ReviewRecord.Mode = .study) -> ProgressEvent {
    .review(ReviewRecord(card: card, rating: rating, milliseconds: 0, mode: mode))
  }

  @Test("replaying reviews gives the scheduler's state, review by review")
  func replaysThroughScheduler() {
    let replay = ProgressReplay(
      entries: [entry(0, review("a", .good)), entry(10, review("a", .good))], scheduler: scheduler)
    var expected = scheduler.review(.new(due: start), rating: .good, at: start, cardID: "a")
    expected = scheduler.review(
      expected, rating: .good, at: start.addingTimeInterval(600), cardID: "a")
    #expect(replay.states["a"] == expected)
    #expect(replay.states["a"]?.phase == .review)
  }

  @Test("an undo takes back the last review, as if it never happened")
  func undoes() {
    let replay = ProgressReplay(
      entries: [
        entry(0, review("a", .good)), entry(1, review("b", .again)), entry(2, .undo(card: "b")),
        entry(3, review("b", .easy)),
      ], scheduler: scheduler)
    let expected = scheduler.review(
      .new(due: start), rating: .easy, at: start.addingTimeInterval(180), cardID: "b")
    #expect(replay.states["b"] == expected)
    #expect(replay.reviews.count == 2)
  }

  @Test("an undo naming another card than the last review changes nothing")
  func ignoresMismatchedUndo() {
    let replay = ProgressReplay(
      entries: [entry(0, review("a", .good)), entry(1, .undo(card: "zzz"))], scheduler: scheduler)
    #expect(replay.reviews.count == 1)
  }

  @Test("cram reviews are kept for statistics but never move the schedule")
  func cramDoesNotSchedule() {
    let replay = ProgressReplay(
      entries: [entry(0, review("a", .again, mode: .cram))], scheduler: scheduler)
    #expect(replay.states["a"] == nil)
    #expect(replay.reviews.count == 1)
  }

  @Test("suspensions and flags are tracked; events for unknown cards are kept")
  func tracksSuspensionsAndFlags() {
    let replay = ProgressReplay(
      entries: [
        entry(0, .suspend(card: "a")), entry(1, .suspend(card: "b")),
        entry(2, .unsuspend(card: "a")),
        entry(3, .flag(card: "c", note: "typo in option b")),
        entry(4, review("gone-from-deck", .good)),
      ], scheduler: scheduler)
    #expect(replay.suspended == ["b"])
    #expect(replay.flags["c"] == ["typo in option b"])
    #expect(replay.states["gone-from-deck"] != nil)
  }

  @Test("events round-trip through their JSON line")
  func eventsRoundTrip() throws {
    let events: [ProgressEvent] = [
      review("a", .hard),
      .review(
        ReviewRecord(
          card: "b", rating: .good, milliseconds: 5, suggested: .again, answer: "wa\"r",
          verdict: "incorrect",
          mode: .quiz)),
      .undo(card: "a"), .suspend(card: "a"), .unsuspend(card: "a"), .flag(card: "a", note: nil),
      .flag(card: "a", note: "why?"), .sessionStart(mode: "study"),
      .sessionEnd(reviewed: 3, correct: 2, seconds: 61), .tag(card: "a", tag: "leech"),
      .quizResult(correct: 7.5, questions: 10, seconds: 300),
    ]
    for event in events {
      let object = try JSONLine.parseObject(Array(event.line(at: start).utf8)[...])
      let decoded = try ProgressEvent.from(object).get()
      #expect(decoded.1 == event)
      #expect(decoded.0 == start)
    }
  }
}
