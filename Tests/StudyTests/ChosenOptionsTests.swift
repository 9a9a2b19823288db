import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import TestSupport
import Testing

@testable import Study

/// Reviews of choice, select and true/false cards name the options picked (`chosen`), whatever the shuffle.
@Suite("Options chosen")
struct ChosenOptionsTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)

  func checker() throws -> AnswerChecker {
    AnswerChecker(lexicon: Lexicon(deck: try MiniDeck.deck()))
  }

  /// A study session over units of one presentation each, `cards`, writing to `log`.
  func session(_ cards: [Card], log: MemoryLog) throws -> StudySession {
    StudySession(
      units: cards.map(MiniDeck.unit(presenting:)), lexicon: Lexicon(deck: try MiniDeck.deck()),
      replay: ProgressReplay(entries: [], scheduler: MiniDeck.scheduler),
      scheduler: MiniDeck.scheduler, log: log, limits: StudyLimits(), day: StudyDay(timeZone: .gmt),
      now: now)
  }

  /// Answers `card` with `input` in a fresh session and returns the review it wrote.
  func review(_ card: Card, _ input: String) throws -> ReviewRecord {
    let log = MemoryLog()
    let session = try session([card], log: log)
    let grade = session.grade(input, for: card)
    try session.record(
      card: card, rating: session.suggestedRating(for: grade), suggested: .good, grade: grade,
      input: input, milliseconds: 1000, at: now)
    return try #require(log.reviews.first)
  }

  func card(_ key: AnswerKey, kind: CardKind) -> Card {
    Card(
      id: CardID("hand.\(kind.rawValue)"), kind: kind, prompt: "Which?", answer: "x", key: key,
      explanation: "", section: "One", tags: [], siblingKey: "hand")
  }

  /// The options and the right one of a choice card.
  static func choice(_ card: Card) -> ([String], Int)? {
    guard case .choice(let options, let correct) = card.key else { return nil }
    return (options, correct)
  }

  /// A generated choice card of the mini deck, under the options order of `seed`.
  func choiceCard(seed: UInt64) throws -> Card {
    let cards = CardGenerator(deck: try MiniDeck.deck(), seed: seed).generate()
    return try #require(cards.first { $0.kind == .choice })
  }

  @Test("a letter on a choice card is logged with the text of the option it names")
  func choiceLetter() throws {
    let card = try choiceCard(seed: 7)
    let (options, correct) = try #require(Self.choice(card))
    let wrong = (correct + 1) % options.count
    let record = try review(card, ChoiceLetters.letter(wrong))
    #expect(record.answer == ChoiceLetters.letter(wrong))
    #expect(record.chosen == [options[wrong]])
    #expect(record.verdict == "incorrect")
    #expect(try review(card, ChoiceLetters.letter(correct)).chosen == [options[correct]])
  }

  @Test("the same wrong option under two shuffles: different letters, the same text")
  func sameOptionOtherShuffle() throws {
    let first = try choiceCard(seed: 7)
    let (options, correct) = try #require(Self.choice(first))
    let wrongText = options[(correct + 1) % options.count]
    let letter = ChoiceLetters.letter(try #require(options.firstIndex(of: wrongText)))
    // Another seed that puts that option under another letter.
    var other: Card?
    for seed in UInt64(8)...UInt64(60) {
      let card = try choiceCard(seed: seed)
      if card.id == first.id,
        card.choices.firstIndex(of: wrongText) != options.firstIndex(of: wrongText)
      {
        other = card
        break
      }
    }
    let second = try #require(other)
    let otherLetter = ChoiceLetters.letter(try #require(second.choices.firstIndex(of: wrongText)))
    #expect(otherLetter != letter)
    #expect(try review(first, letter).chosen == [wrongText])
    #expect(try review(second, otherLetter).chosen == [wrongText])
  }

  @Test("an option typed by text, alias or with a typo is logged by its text")
  func choiceText() throws {
    let card = self.card(
      .choice(options: ["heparin", "aspirin", "insulin", "morphine"], correct: 2), kind: .choice)
    #expect(try review(card, "ASA").chosen == ["aspirin"])
    #expect(try review(card, "Heparine").chosen == ["heparin"])
    #expect(try review(card, "b)").chosen == ["aspirin"])
    // An input that picks no option is asked again, never logged; it names no option either.
    #expect(try checker().chosenOptions("none of these", for: card) == nil)
    #expect(try review(card, "").chosen == nil)
    #expect(try review(card, "").answer == nil)
  }

  @Test("a select answer names every option picked, in the order shown")
  func select() throws {
    let card = self.card(
      .select(
        options: ["the knees", "the elbows", "the fingertips", "the scalp"], correct: [0, 2]),
      kind: .select)
    let letters = try review(card, "d a")
    #expect(letters.chosen == ["the knees", "the scalp"])
    #expect(letters.answer == "d a")
    #expect(
      try review(card, "the fingertips, the knees").chosen == ["the knees", "the fingertips"])
    #expect(try checker().chosenOptions("c, and the moon", for: card) == ["the fingertips"])
  }

  @Test("true/false answers are logged as true or false; typed cards log no options")
  func trueFalseAndTyped() throws {
    let statement = self.card(.trueFalse(false), kind: .truefalse)
    #expect(try review(statement, "t").chosen == ["true"])
    #expect(try review(statement, "No").chosen == ["false"])
    #expect(try checker().chosenOptions("maybe", for: statement) == nil)
    let typed = try #require(try MiniDeck.cards().first { $0.kind == .recall })
    #expect(try review(typed, "liver").chosen == nil)
    #expect(try review(typed, "a").chosen == nil)
  }

  @Test("quiz answers name the option too")
  func quiz() throws {
    let log = MemoryLog()
    let card = try choiceCard(seed: 7)
    let quiz = QuizSession(
      units: [MiniDeck.unit(presenting: card)], count: 1, checker: try checker(),
      replay: ProgressReplay(entries: [], scheduler: MiniDeck.scheduler), log: log, seed: 1,
      now: now)
    try quiz.answer(0, input: "c", milliseconds: 10, at: now)
    #expect(log.reviews.map(\.chosen) == [[card.choices[2]]])
    #expect(log.reviews.map(\.mode) == [.quiz])
  }

  @Test("a cram review names the option and keeps its mode")
  func cram() throws {
    let log = MemoryLog()
    let card = try choiceCard(seed: 7)
    let session = StudySession(
      units: [MiniDeck.unit(presenting: card)], lexicon: Lexicon(deck: try MiniDeck.deck()),
      replay: ProgressReplay(entries: [], scheduler: MiniDeck.scheduler),
      scheduler: MiniDeck.scheduler, log: log, limits: StudyLimits(), day: StudyDay(timeZone: .gmt),
      now: now, mode: .cram, seed: 3)
    let next = try #require(session.nextCard(at: now))
    let grade = session.grade("a", for: next)
    try session.record(
      card: next, rating: .again, suggested: .again, grade: grade, input: "a", milliseconds: 5,
      at: now)
    #expect(log.reviews.map(\.chosen) == [[next.choices[0]]])
    #expect(log.reviews.map(\.mode) == [.cram])
  }
}
