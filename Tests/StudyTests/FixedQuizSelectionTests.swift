import Cards
import Foundation
import ProgressCore
import TestSupport
import Testing

@testable import Study

/// A class's fixed quiz asks every learner the same cards in the same order, whatever each has studied.
@Suite("Fixed quiz selection")
struct FixedQuizSelectionTests {
  func questions(
    unitIDs: [String] = [], tags: [String] = [], count: Int?, seed: UInt64?, ask: Rung = .produce
  ) throws -> Result<[Card], FixedQuizSelection.Problem> {
    FixedQuizSelection.questions(
      units: try MiniDeck.units(), unitIDs: unitIDs, tags: tags, count: count, seed: seed, ask: ask)
  }

  @Test("a seed draws the same questions in the same order every time, one per fact")
  func seeded() throws {
    let first = try questions(count: 4, seed: 9).get()
    #expect(first.count == 4)
    #expect(try questions(count: 4, seed: 9).get().map(\.id) == first.map(\.id))
    #expect(Set(first.map(\.siblingKey)).count == 4, "four facts, one question each")
    #expect(first.allSatisfy { $0.kind == .recall }, "asked at produce")
    let others = try (1...5).map { try questions(count: 4, seed: $0).get().map(\.id) }
    #expect(Set(others).count > 1, "another seed, another draw")
  }

  @Test("units listed without a seed are asked in their order")
  func listed() throws {
    let ids = ["acts-on.heart.reverse", "aspirin-site", "insulin-site"]
    let cards = try questions(unitIDs: ids, count: nil, seed: nil, ask: .choose).get()
    #expect(cards.map(\.unit.rawValue) == ids)
    #expect(cards.allSatisfy { $0.kind == .choice })
    #expect(
      try questions(unitIDs: ids, count: 2, seed: nil).get().map(\.unit.rawValue)
        == Array(ids.prefix(2)))
  }

  @Test(
    "a unit is asked at the rung named, else the nearest below it, else the lowest above",
    arguments: [
      (Rung.judge, CardKind.choice), (.choose, .choice), (.complete, .choice), (.list, .recall),
    ])
  func rungs(ask: Rung, kind: CardKind) throws {
    let unit = try MiniDeck.unit("aspirin-site")
    #expect(FixedQuizSelection.presentation(of: unit, at: ask)?.kind == kind)
  }

  @Test("topics narrow the draw")
  func tags() throws {
    #expect(try questions(tags: ["treatment"], count: 3, seed: 2).get().count == 3)
  }

  @Test("what the deck cannot give is said, not papered over")
  func problems() throws {
    #expect(throws: FixedQuizSelection.Problem.unknownUnit("spleen-site")) {
      try questions(unitIDs: ["aspirin-site", "spleen-site"], count: nil, seed: nil).get()
    }
    #expect(throws: FixedQuizSelection.Problem.unknownTag("dosage", known: ["treatment"])) {
      try questions(tags: ["dosage"], count: 2, seed: 1).get()
    }
    #expect(throws: FixedQuizSelection.Problem.tooFew(available: 4, asked: 6)) {
      try questions(count: 6, seed: 1).get()
    }
    #expect(
      FixedQuizSelection.Problem.tooFew(available: 4, asked: 6).description
        == "6 questions asked, but only 4 units (one per fact) to draw from")
  }

  @Test("a fixed quiz asks its questions in order and records its name with the result")
  func session() throws {
    let cards = try questions(count: 2, seed: 3, ask: .choose).get()
    let log = MemoryLog()
    let now = Date(timeIntervalSince1970: 1_764_064_800)
    let quiz = QuizSession(
      questions: cards, checker: AnswerChecker(lexicon: Lexicon(deck: try MiniDeck.deck())),
      log: log, now: now, set: "week-1")
    #expect(quiz.questions.map(\.id) == cards.map(\.id))
    try quiz.answer(0, input: cards[0].answer, milliseconds: 900, at: now)
    try quiz.finish(at: now.addingTimeInterval(60))
    #expect(
      log.records.last?.event == .quizResult(correct: 1, questions: 2, seconds: 60, set: "week-1"))
  }
}
