import Cards
import Foundation
import ProgressStore
import Scheduling
import Testing

@testable import Study

@Suite("Study session")
struct StudySessionTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)

  func session(log: MemoryLog) throws -> StudySession {
    StudySession(
      cards: try MiniDeck.cards(), lexicon: Lexicon(deck: try MiniDeck.deck()),
      replay: ProgressReplay(entries: [], scheduler: MiniDeck.scheduler),
      scheduler: MiniDeck.scheduler,
      log: log, limits: StudyLimits(), day: StudyDay(timeZone: .gmt), now: now)
  }

  @Test(
    "answer checking suggests the rating",
    arguments: [
      (Grade.Verdict.incorrect, false, false, Rating.again),
      (.partial, false, false, .hard),
      (.correct, true, false, .hard),
      (.correct, false, true, .hard),
      (.correct, false, false, .good),
    ])
  func suggestsRating(verdict: Grade.Verdict, hinted: Bool, typo: Bool, expected: Rating) throws {
    var grade = Grade(verdict: verdict, score: 1, reason: "")
    if typo { grade.typoOf = "x" }
    #expect(try session(log: MemoryLog()).suggestedRating(for: grade, hinted: hinted) == expected)
  }

  @Test("a review is written before it counts, with the answer and any overridden suggestion")
  func recordsReview() throws {
    let log = MemoryLog()
    let session = try session(log: log)
    let card = try #require(session.nextCard(at: now))
    let grade = session.grade("nonsense", for: card)
    try session.record(
      card: card, rating: .good, suggested: .again, grade: grade, input: "nonsense",
      milliseconds: 900,
      at: now)
    #expect(
      log.reviews == [
        ReviewRecord(
          card: card.id.rawValue, rating: .good, milliseconds: 900, suggested: .again,
          answer: "nonsense",
          verdict: "incorrect")
      ])
    #expect(session.summary.reviewed == 1)
    #expect(session.queue.states[card.id.rawValue]?.phase == .learning)
  }

  @Test("when the write fails the review does not count and the card stays where it was")
  func failedWriteChangesNothing() throws {
    let log = MemoryLog()
    log.failure = .writeFailed(path: "p", reason: "No space left on device")
    let session = try session(log: log)
    let card = try #require(session.nextCard(at: now))
    #expect(throws: ProgressError.self) {
      try session.record(
        card: card, rating: .good, suggested: .good,
        grade: Grade(verdict: .correct, score: 1, reason: ""),
        input: "x", milliseconds: 1, at: now)
    }
    #expect(session.summary.reviewed == 0)
    #expect(session.queue.states[card.id.rawValue] == nil)
    #expect(session.nextCard(at: now)?.id == card.id)
  }

  @Test("the preview shows what each of the four ratings would do")
  func previewsFourRatings() throws {
    let session = try session(log: MemoryLog())
    let card = try #require(session.nextCard(at: now))
    let preview = session.preview(card, at: now)
    #expect(Set(preview.keys) == Set(Rating.allCases))
    #expect(preview[.again].map { $0.due.timeIntervalSince(now) } == 60)
    #expect(preview[.good].map { $0.due.timeIntervalSince(now) } == 600)
  }
}

@Suite("Leeches")
struct LeechTests {
  @Test("the eighth lapse tags the card a leech and suspends it")
  func eighthLapse() throws {
    let cards = try MiniDeck.cards()
    let card = cards[0]
    let id = card.id.rawValue
    let scheduler = MiniDeck.scheduler
    // Build a history with seven lapses: graduate, then forget and relearn, seven times.
    var time = Date(timeIntervalSince1970: 1_735_722_000)
    var entries: [ProgressEntry] = []
    var state = CardState.new(due: time)
    func review(_ rating: Rating) {
      time = max(time, state.due)
      entries.append(
        ProgressEntry(
          time: time, event: .review(ReviewRecord(card: id, rating: rating, milliseconds: 0)),
          line: 0))
      state = scheduler.review(state, rating: rating, at: time, cardID: id)
    }
    review(.easy)
    while state.lapses < 7 {
      review(.again)
      review(.easy)
    }
    #expect(state.phase == .review)
    let log = MemoryLog()
    let now = state.due
    let session = StudySession(
      cards: cards, lexicon: Lexicon(deck: try MiniDeck.deck()),
      replay: ProgressReplay(entries: entries, scheduler: scheduler), scheduler: scheduler,
      log: log,
      limits: StudyLimits(), day: StudyDay(timeZone: .gmt), now: now)
    let outcome = try session.record(
      card: card, rating: .again, suggested: .again,
      grade: Grade(verdict: .incorrect, score: 0, reason: ""), input: "", milliseconds: 0, at: now)
    #expect(outcome.becameLeech)
    #expect(outcome.state.lapses == 8)
    #expect(log.events.map(\.1).contains(.tag(card: id, tag: "leech")))
    #expect(log.events.map(\.1).contains(.suspend(card: id)))
    #expect(!session.queue.isAvailable(card))
  }
}
