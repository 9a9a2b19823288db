import Foundation
import Scheduling
import Testing

@testable import ProgressCore

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

  @Test("the latest review is that of the last review that moved the schedule")
  func latestReview() {
    let replay = ProgressReplay(
      entries: [
        entry(0, review("a", .good)), entry(5, review("b", .good)), entry(6, .undo(card: "b")),
        entry(9, review("c", .good, mode: .cram)),
      ], scheduler: scheduler)
    #expect(replay.latestReview == start)
    #expect(ProgressReplay(entries: [], scheduler: scheduler).latestReview == nil)
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

@Suite("Replay at scale")
struct ProgressReplayScaleTests {
  let start = Date(timeIntervalSince1970: 1_735_722_000)

  /// Reviews of `cards` cards in a seeded order, with undos (matching and not), cram reviews and
  /// suspensions mixed in.
  func entries(count: Int, cards: Int) -> [ProgressEntry] {
    var state: UInt64 = 42
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var entries: [ProgressEntry] = []
    var lastCard = "c0"
    for index in 0..<count {
      let time = start.addingTimeInterval(Double(index) * 3_600)
      let card = "c\(next() % cards)"
      let event: ProgressEvent
      switch next() % 20 {
      case 0: event = .undo(card: lastCard)
      case 1: event = .undo(card: card)
      case 2: event = .suspend(card: card)
      case 3:
        event = .review(
          ReviewRecord(card: card, rating: .good, milliseconds: 1, mode: .cram))
      default:
        lastCard = card
        event = .review(
          ReviewRecord(
            card: card, rating: Rating(rawValue: 1 + next() % 4) ?? .good, milliseconds: 1))
      }
      entries.append(ProgressEntry(time: time, event: event, line: index + 2))
    }
    return entries
  }

  /// The replay as it was before: every review copied out, then replayed one after another.
  func referenceStates(_ entries: [ProgressEntry], scheduler: Scheduler) -> [String: CardState] {
    var reviews: [(Date, ReviewRecord)] = []
    for entry in entries {
      switch entry.event {
      case .review(let record): reviews.append((entry.time, record))
      case .undo(let card):
        if let index = reviews.lastIndex(where: { $0.1.card == card }), index == reviews.count - 1 {
          reviews.removeLast()
        }
      default: break
      }
    }
    var states: [String: CardState] = [:]
    for (time, record) in reviews where record.mode != .cram {
      let state = states[record.card] ?? CardState.new(due: time)
      states[record.card] = scheduler.review(
        state, rating: record.rating, at: time, cardID: record.card)
    }
    return states
  }

  @Test("replaying on several threads gives exactly the states of one, and of the replay as it was")
  func parallelMatchesSequential() {
    let entries = entries(count: 30_000, cards: 300)
    let scheduler = Scheduler()
    let expected = referenceStates(entries, scheduler: scheduler)
    let one = ProgressReplay(entries: entries, scheduler: scheduler, units: .cards, threads: 1)
    let two = ProgressReplay(entries: entries, scheduler: scheduler, units: .cards, threads: 2)
    #expect(one.states == expected)
    #expect(two.states == expected)
    #expect(ProgressReplay(entries: entries, scheduler: scheduler).states == expected)
    #expect(two.suspended == one.suspended)
    #expect(expected.count > 200)
    for threads in [3, 5] {
      let replay = ProgressReplay(
        entries: entries, scheduler: scheduler, units: .cards, threads: threads)
      #expect(replay.states == expected, "\(threads) threads")
      #expect(replay.latestReview == one.latestReview)
    }
  }

  @Test("the reviews that count are a view of the entries, in order, undos applied")
  func reviewsView() {
    let entries = entries(count: 2_000, cards: 40)
    let replay = ProgressReplay(entries: entries, scheduler: Scheduler())
    // The same reviews, found the slow way.
    var expected: [ProgressReplay.Review] = []
    for entry in entries {
      switch entry.event {
      case .review(let record): expected.append(.init(time: entry.time, record: record))
      case .undo(let card):
        if expected.last?.record.card == card { expected.removeLast() }
      default: break
      }
    }
    #expect(Array(replay.reviews) == expected)
    #expect(replay.reviews.count == expected.count)
    #expect(replay.reviews.first == expected.first)
  }
}
