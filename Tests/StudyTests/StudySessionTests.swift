import Cards
import Foundation
import ProgressCore
import Scheduling
import TestSupport
import Testing

@testable import Study

@Suite("Study session")
struct StudySessionTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)

  func session(log: MemoryLog) throws -> StudySession {
    StudySession(
      units: try MiniDeck.units(), lexicon: Lexicon(deck: try MiniDeck.deck()),
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

  /// A wrong answer in the form `card` asks for (an input in another form would be asked again).
  static func wrongAnswer(for card: Card) -> String {
    switch card.key {
    case .choice(let options, let correct): ChoiceLetters.letter((correct + 1) % options.count)
    case .trueFalse(let value): value ? "false" : "true"
    default: "nonsense"
    }
  }

  @Test(
    "a review is written before it counts, with the answer, its rung and any overridden suggestion")
  func recordsReview() throws {
    let log = MemoryLog()
    let session = try session(log: log)
    let card = try #require(session.nextCard(at: now))
    let input = Self.wrongAnswer(for: card)
    let grade = session.grade(input, for: card)
    try session.record(
      card: card, rating: .good, suggested: .again, grade: grade, input: input,
      milliseconds: 900,
      at: now)
    #expect(
      log.reviews == [
        ReviewRecord(
          card: card.id.rawValue, rating: .good, milliseconds: 900, suggested: .again,
          answer: input, chosen: session.checker.chosenOptions(input, for: card),
          verdict: "incorrect", override: "right", rung: Rung.choose.rawValue)
      ])
    #expect(session.summary.reviewed == 1)
    #expect(session.queue.states[card.unit.rawValue]?.phase == .learning)
    #expect(session.queue.states[card.id.rawValue] == nil, "the unit has the memory, not the card")
  }

  @Test(
    "a rating of Again or Hard after a wrong verdict is no override; Good after a right one neither"
  )
  func noOverride() throws {
    let log = MemoryLog()
    let session = try session(log: log)
    let card = try #require(session.nextCard(at: now))
    let input = Self.wrongAnswer(for: card)
    let wrong = session.grade(input, for: card)
    #expect(wrong.verdict == .incorrect)
    try session.record(
      card: card, rating: .hard, suggested: .again, grade: wrong, input: input,
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
    #expect(session.queue.states[card.unit.rawValue] == nil)
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

  @Test("the summary counts answers and the units they answered apart, whatever presentations")
  func countsAnswersAndUnits() throws {
    let session = try session(log: MemoryLog())
    let grade = Grade(verdict: .incorrect, score: 0, reason: "")
    var shown: Set<CardID> = []
    for minute in 0..<3 {
      let time = now.addingTimeInterval(Double(minute) * 60)
      let card = try #require(session.nextCard(at: time))
      shown.insert(card.id)
      try session.record(
        card: card, rating: .again, suggested: .again, grade: grade, input: "", milliseconds: 1,
        at: time)
    }
    #expect(session.summary.reviewed == 3)
    #expect(session.summary.answeredUnits == ["aspirin-site"])
    #expect(
      shown.count == 1, "Again at the lowest rung, which has one presentation: asked there again")
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
  @Test("the eighth lapse of a unit, whatever presentations it was forgotten on, makes it a leech")
  func eighthLapse() throws {
    let units = try MiniDeck.units()
    let unit = try MiniDeck.unit("aspirin-site")
    let presentations = unit.ladder.map(\.id.rawValue)
    try #require(presentations.count == 2)
    let scheduler = MiniDeck.scheduler
    // A history with seven lapses, each on another presentation than the last: graduate, then forget
    // and relearn, seven times.
    var time = Date(timeIntervalSince1970: 1_735_722_000)
    var entries: [ProgressEntry] = []
    var state = CardState.new(due: time)
    func review(_ rating: Rating) {
      time = max(time, state.due)
      let card = presentations[entries.count % presentations.count]
      entries.append(
        ProgressEntry(
          time: time, event: .review(ReviewRecord(card: card, rating: rating, milliseconds: 0)),
          line: 0))
      state = scheduler.review(state, rating: rating, at: time, cardID: unit.id.rawValue)
    }
    review(.easy)
    while state.lapses < 7 {
      review(.again)
      review(.easy)
    }
    #expect(state.phase == .review)
    let log = MemoryLog()
    let now = state.due
    let replay = ProgressReplay(
      entries: entries, scheduler: scheduler, units: UnitMap(KnowledgeUnit.unitsByCard(units)))
    #expect(replay.states["aspirin-site"] == state, "one memory for the unit's presentations")
    let session = StudySession(
      units: units, lexicon: Lexicon(deck: try MiniDeck.deck()), replay: replay,
      scheduler: scheduler, log: log, limits: StudyLimits(), day: StudyDay(timeZone: .gmt),
      now: now)
    let item = try #require(session.nextItem(at: now))
    #expect(item.unit.id == unit.id)
    let outcome = try session.record(
      card: item.card, rating: .again, suggested: .again,
      grade: Grade(verdict: .incorrect, score: 0, reason: ""), input: "", milliseconds: 0, at: now)
    #expect(outcome.becameLeech)
    #expect(outcome.state.lapses == 8)
    let id = item.card.id.rawValue
    #expect(log.events.contains(.tag(card: id, tag: "leech")))
    #expect(log.events.contains(.suspend(card: id)))
    #expect(!session.queue.isAvailable(unit))
    let after = ProgressReplay(
      entries: entries + log.entries,
      scheduler: scheduler, units: UnitMap(KnowledgeUnit.unitsByCard(units)))
    #expect(after.suspended.contains("aspirin-site"))
    #expect(after.tags["aspirin-site"] == ["leech"])
  }
}

@Suite("Units failed again and again")
struct RepeatedFailureTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)
  let day = StudyDay(timeZone: .gmt)
  let wrong = Grade(verdict: .incorrect, score: 0, reason: "")

  func session(_ log: MemoryLog, at time: Date, units: [KnowledgeUnit]) throws -> StudySession {
    let entries = log.entries
    return StudySession(
      units: units, lexicon: Lexicon(deck: try MiniDeck.deck()),
      replay: ProgressReplay(
        entries: entries, scheduler: MiniDeck.scheduler,
        units: UnitMap(KnowledgeUnit.unitsByCard(units))),
      scheduler: MiniDeck.scheduler, log: log, limits: StudyLimits(), day: day, now: time)
  }

  @Test("with the clock fixed, answering Again every time, the session still ends")
  func fixedClockEnds() throws {
    let log = MemoryLog()
    let units = try MiniDeck.units()
    let session = try session(log, at: now, units: units)
    var answers: [String: Int] = [:]
    var total = 0
    while total < 1000, let card = session.nextCard(at: now) {
      try session.record(
        card: card, rating: .again, suggested: .again, grade: wrong, input: "", milliseconds: 0,
        at: now)
      answers[card.unit.rawValue, default: 0] += 1
      total += 1
    }
    #expect(session.nextCard(at: now) == nil, "the session ran out of units")
    // One unit of each fact (the other waits for tomorrow), each failed four times.
    #expect(answers.count == 4)
    #expect(answers.values.allSatisfy { $0 == StudySession.setAsideAfter })
  }

  @Test("the fourth Again in a session sets the unit aside for the rest of it, and says so")
  func fourthAgainSetsAside() throws {
    let log = MemoryLog()
    let unit = try MiniDeck.unit("aspirin-site")
    let session = try session(log, at: now, units: [unit])
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
    // Once it falls due again (a minute on), the outlook counts it set aside, not waiting.
    let later = now.addingTimeInterval(120)
    #expect(session.nextCard(at: later) == nil)
    #expect(session.outlook(at: later).setAside == 1)
    #expect(session.outlook(at: later).waiting == 0)
    // `:undo` of the fourth answer brings the unit back.
    _ = try session.undo(at: now)
    #expect(session.nextItem(at: now)?.unit.id == unit.id)
  }

  @Test("Agains on different presentations of a unit add up to set it aside")
  func agreesAcrossPresentations() throws {
    let log = MemoryLog()
    let unit = try MiniDeck.unit("aspirin-site")
    let session = try session(log, at: now, units: [unit])
    // Right on the choice (the unit climbs to the typed question), then wrong four times: the typed
    // question, then back down to the choice.
    let first = try #require(session.nextCard(at: now))
    try session.record(
      card: first, rating: .good, suggested: .good,
      grade: Grade(verdict: .correct, score: 1, reason: ""), input: "heart", milliseconds: 0,
      at: now)
    var kinds: [CardKind] = []
    var outcomes: [Bool] = []
    for _ in 0..<4 {
      let shown = try #require(session.nextCard(at: now))
      kinds.append(shown.kind)
      outcomes.append(
        try session.record(
          card: shown, rating: .again, suggested: .again, grade: wrong, input: "",
          milliseconds: 0, at: now
        ).setAside)
    }
    #expect(kinds == [.recall, .choice, .choice, .choice])
    #expect(outcomes == [false, false, false, true])
  }

  @Test("Agains while learning count toward the leech rule, once per study day, for the unit")
  func learningLapsesMakeALeech() throws {
    let log = MemoryLog()
    let unit = try MiniDeck.unit("aspirin-site")
    var becameLeech: [Bool] = []
    for dayNumber in 0..<8 {
      let time = now.addingTimeInterval(Double(dayNumber) * 86_400)
      let session = try session(log, at: time, units: [unit])
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
    let tagged = log.events.compactMap { event -> String? in
      if case .tag(let card, "leech") = event { card } else { nil }
    }
    #expect(tagged.count == 1)
    #expect(log.events.contains(.suspend(card: try #require(tagged.first))))
    let replay = ProgressReplay(
      entries: log.entries,
      scheduler: MiniDeck.scheduler, units: UnitMap(KnowledgeUnit.unitsByCard([unit])))
    #expect(replay.suspended == ["aspirin-site"])
  }
}
