import Cards
import Foundation
import ProgressCore
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
          verdict: "incorrect", override: "right")
      ])
    #expect(session.summary.reviewed == 1)
    #expect(session.queue.states[card.id.rawValue]?.phase == .learning)
  }

  @Test(
    "a rating of Again or Hard after a wrong verdict is no override; Good after a right one neither"
  )
  func noOverride() throws {
    let log = MemoryLog()
    let session = try session(log: log)
    let card = try #require(session.nextCard(at: now))
    let wrong = session.grade("nonsense", for: card)
    try session.record(
      card: card, rating: .hard, suggested: .again, grade: wrong, input: "nonsense",
      milliseconds: 1, at: now)
    let right = session.grade(card.acceptedTexts[0], for: card)
    #expect(right.isCorrect)
    try session.record(
      card: card, rating: .good, suggested: .good, grade: right, input: card.acceptedTexts[0],
      milliseconds: 1, at: now)
    #expect(log.reviews.map(\.override) == [nil, nil])
  }

  @Test("an answer to ask again (no option, not true or false) records nothing and counts nothing")
  func retryRecordsNothing() throws {
    let log = MemoryLog()
    let session = try session(log: log)
    let card = Card(
      id: CardID("statement.truefalse"), kind: .truefalse, prompt: "Aspirin acts on the heart.",
      answer: "true", key: .trueFalse(true), explanation: "", section: "One", tags: [],
      siblingKey: "statement")
    let grade = session.grade("tru", for: card)
    #expect(grade.isRetry)
    #expect(session.suggestedRating(for: grade) == .again)
    try session.record(
      card: card, rating: .again, suggested: .again, grade: grade, input: "tru", milliseconds: 1,
      at: now)
    #expect(log.events.isEmpty)
    #expect(session.summary.reviewed == 0)
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

  @Test("after a hint the rating saved is at most Hard, whatever was picked")
  func hintCapsRating() throws {
    let log = MemoryLog()
    let session = try session(log: log)
    let card = try #require(session.nextCard(at: now))
    let outcome = try session.record(
      card: card, rating: .easy, suggested: .hard,
      grade: Grade(verdict: .correct, score: 1, reason: ""), input: "x", milliseconds: 1,
      hinted: true, at: now)
    #expect(outcome.rating == .hard)
    #expect(log.reviews.map(\.rating) == [.hard])
    #expect(log.reviews.first?.suggested == nil, "Hard was the suggestion")
    #expect(StudySession.allowedRating(.again, hinted: true) == .again)
    #expect(StudySession.allowedRating(.easy, hinted: false) == .easy)
  }

  @Test("the summary counts answers and the cards they answered apart")
  func countsAnswersAndCards() throws {
    let session = try session(log: MemoryLog())
    let card = try #require(session.nextCard(at: now))
    let grade = Grade(verdict: .incorrect, score: 0, reason: "")
    for _ in 0..<3 {
      try session.record(
        card: card, rating: .again, suggested: .again, grade: grade, input: "", milliseconds: 1,
        at: now)
    }
    #expect(session.summary.reviewed == 3)
    #expect(session.summary.answeredCards == [card.id.rawValue])
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

@Suite("Cards failed again and again")
struct RepeatedFailureTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)
  let day = StudyDay(timeZone: .gmt)
  let wrong = Grade(verdict: .incorrect, score: 0, reason: "")

  func session(_ log: MemoryLog, at time: Date, cards: [Card]) throws -> StudySession {
    let entries = log.events.map { ProgressEntry(time: $0.0, event: $0.1, line: 0) }
    return StudySession(
      cards: cards, lexicon: Lexicon(deck: try MiniDeck.deck()),
      replay: ProgressReplay(entries: entries, scheduler: MiniDeck.scheduler),
      scheduler: MiniDeck.scheduler, log: log, limits: StudyLimits(), day: day, now: time)
  }

  @Test("with the clock fixed, answering Again every time, the session still ends")
  func fixedClockEnds() throws {
    let log = MemoryLog()
    let cards = try MiniDeck.cards()
    let session = try session(log, at: now, cards: cards)
    var answers: [String: Int] = [:]
    var total = 0
    while total < 1000, let card = session.nextCard(at: now) {
      try session.record(
        card: card, rating: .again, suggested: .again, grade: wrong, input: "", milliseconds: 0,
        at: now)
      answers[card.id.rawValue, default: 0] += 1
      total += 1
    }
    #expect(session.nextCard(at: now) == nil, "the session ran out of cards")
    #expect(answers.values.allSatisfy { $0 == StudySession.setAsideAfter })
  }

  @Test("the fourth Again in a session sets the card aside for the rest of it, and says so")
  func fourthAgainSetsAside() throws {
    let log = MemoryLog()
    let card = try #require(try MiniDeck.cards().first)
    let session = try session(log, at: now, cards: [card])
    var outcomes: [StudySession.Outcome] = []
    for _ in 0..<4 {
      let shown = try #require(session.nextCard(at: now))
      outcomes.append(
        try session.record(
          card: shown, rating: .again, suggested: .again, grade: wrong, input: "",
          milliseconds: 0, at: now))
    }
    #expect(outcomes.map(\.setAside) == [false, false, false, true])
    #expect(session.nextCard(at: now) == nil)
    // `:undo` of the fourth answer brings the card back.
    _ = try session.undo(at: now)
    #expect(session.nextCard(at: now)?.id == card.id)
  }

  @Test("Agains while learning count toward the leech rule, once per study day")
  func learningLapsesMakeALeech() throws {
    let log = MemoryLog()
    let card = try #require(try MiniDeck.cards().first)
    var becameLeech: [Bool] = []
    for dayNumber in 0..<8 {
      let time = now.addingTimeInterval(Double(dayNumber) * 86_400)
      let session = try session(log, at: time, cards: [card])
      // Two Agains on each day: they count as one day forgotten.
      var leech = false
      for minute in 0..<2 {
        guard let shown = session.nextCard(at: time.addingTimeInterval(Double(minute) * 120))
        else { break }
        leech =
          try session.record(
            card: shown, rating: .again, suggested: .again, grade: wrong, input: "",
            milliseconds: 0, at: time.addingTimeInterval(Double(minute) * 120)
          ).becameLeech || leech
      }
      becameLeech.append(leech)
    }
    #expect(becameLeech == Array(repeating: false, count: 7) + [true])
    #expect(log.events.map(\.1).contains(.tag(card: card.id.rawValue, tag: "leech")))
    #expect(log.events.map(\.1).contains(.suspend(card: card.id.rawValue)))
  }
}
