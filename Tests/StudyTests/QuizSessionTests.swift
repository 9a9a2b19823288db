import Cards
import Foundation
import ProgressCore
import Scheduling
import TestSupport
import Testing

@testable import Study

@Suite("Quiz session")
struct QuizSessionTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)

  func quiz(
    count: Int, log: MemoryLog = MemoryLog(), seed: UInt64 = 1, entries: [ProgressEntry] = []
  ) throws -> QuizSession {
    let units = try MiniDeck.units()
    return QuizSession(
      units: units, count: count,
      checker: AnswerChecker(lexicon: Lexicon(deck: try MiniDeck.deck())),
      replay: ProgressReplay(
        entries: entries, scheduler: MiniDeck.scheduler,
        units: UnitMap(KnowledgeUnit.unitsByCard(units))), log: log, seed: seed, now: now)
  }

  @Test("a quiz asks one question per unit, and one per fact")
  func oneQuestionPerUnitAndFact() throws {
    let quiz = try quiz(count: 8)
    #expect(quiz.questions.count == 4, "the mini deck has eight units of four facts")
    #expect(Set(quiz.questions.map(\.unit)).count == quiz.questions.count)
    #expect(Set(quiz.questions.map(\.siblingKey)).count == quiz.questions.count)
  }

  @Test(
    "each unit is asked at its rung: a new unit at the lowest, one answered right a rung higher")
  func asksAtTheLaddersRung() throws {
    #expect(try quiz(count: 4).questions.allSatisfy { $0.kind == .choice }, "all new")
    // Every forward unit answered right on its choice question yesterday.
    let entries = try MiniDeck.units().filter { $0.kind == .forward }.map { unit in
      ProgressEntry(
        time: now.addingTimeInterval(-86_400),
        event: .review(
          ReviewRecord(
            card: try #require(unit.ladder.first).id.rawValue, rating: .good, milliseconds: 0)),
        line: 0)
    }
    let quiz = try quiz(count: 8, entries: entries)
    for question in quiz.questions {
      let climbed = try MiniDeck.unit(question.unit.rawValue).kind == .forward
      #expect(question.kind == (climbed ? .recall : .choice), "\(question.id)")
    }
  }

  @Test("a quiz mixes the kinds its units stand at")
  func mixesKinds() throws {
    // Two forward units answered right: they are asked typed; the rest by choice.
    let entries = ["aspirin-site", "insulin-site"].map { unit in
      ProgressEntry(
        time: now.addingTimeInterval(-86_400),
        event: .review(
          ReviewRecord(card: "\(unit).choice.forward", rating: .good, milliseconds: 0)),
        line: 0)
    }
    for seed in UInt64(1)...5 {
      let quiz = try quiz(count: 4, seed: seed, entries: entries)
      #expect(quiz.questions.count == 4)
      #expect(Set(quiz.questions.map(\.kind)) == [.choice, .recall], "seed \(seed)")
    }
  }

  @Test("the same seed gives the same quiz")
  func deterministic() throws {
    #expect(
      try quiz(count: 3, seed: 9).questions.map(\.id) == quiz(count: 3, seed: 9).questions.map(\.id)
    )
  }

  @Test("every answer is saved as a quiz review with its suggested rating, and scored")
  func savesAndScores() throws {
    let log = MemoryLog()
    let quiz = try quiz(count: 2, log: log)
    let first = quiz.questions[0]
    let right = first.acceptedTexts.first ?? ""
    try quiz.answer(0, input: right, milliseconds: 10, at: now)
    // A wrong answer in the form the card asks (an input in another form would be asked again).
    let second = quiz.questions[1]
    let wrong =
      switch second.key {
      case .choice(let options, let correct): ChoiceLetters.letter((correct + 1) % options.count)
      case .trueFalse(let value): value ? "false" : "true"
      default: "no idea at all"
      }
    try quiz.answer(1, input: wrong, milliseconds: 10, at: now)
    try quiz.finish(at: now.addingTimeInterval(60))
    #expect(log.reviews.map(\.mode) == [.quiz, .quiz])
    #expect(log.reviews.map(\.rating) == [.good, .again])
    #expect(log.reviews.map(\.rung) == [first, second].map { Rung($0.kind).rawValue })
    #expect(quiz.score == 1)
    #expect(log.events.last == .quizResult(correct: 1, questions: 2, seconds: 60))
    let replay = ProgressReplay(
      entries: log.entries,
      scheduler: MiniDeck.scheduler,
      units: UnitMap(KnowledgeUnit.unitsByCard(try MiniDeck.units())))
    #expect(replay.states[first.unit.rawValue] != nil, "quiz answers count as reviews of the unit")
  }

  @Test("an input in the wrong form is returned to ask again, unsaved and unscored")
  func retryIsNotSaved() throws {
    let log = MemoryLog()
    let quiz = try quiz(count: 4, log: log)
    let index = try #require(
      quiz.questions.firstIndex {
        switch $0.key {
        case .choice, .trueFalse: true
        default: false
        }
      })
    let grade = try quiz.answer(index, input: "zz", milliseconds: 10, at: now)
    #expect(grade.isRetry)
    #expect(log.reviews.isEmpty)
    #expect(quiz.answers.isEmpty)
  }
}
