import Foundation
import Knowledge
import TestSupport
import Testing

@testable import Cards

/// Typed answers that name several things: the answer shown on a "(name one)" card, or a few true ones.
@Suite("AnswerChecker: answers naming several things")
struct AnswerCheckerSeveralTests {
  /// Both built-in decks and the synthetic one, with their checkers.
  static func decks() throws -> [(name: String, deck: Deck)] {
    let burns = try String(
      contentsOf: packageRoot.appendingPathComponent("Decks/first-aid-burns.yaml"), encoding: .utf8)
    return [
      ("calcinosis-cutis", try realDeck()),
      ("first-aid-burns", try DeckLoader.load(yaml: burns, file: "burns", deckID: "burns")),
      ("synthetic", try SyntheticDeck.load()),
    ]
  }

  static func card(_ id: String) throws -> (Card, AnswerChecker) {
    let deck = try SyntheticDeck.load()
    let card = try #require(CardGenerator(deck: deck).generate().first { $0.id.rawValue == id })
    return (card, AnswerChecker(lexicon: Lexicon(deck: deck)))
  }

  @Test("on every \"(name one)\" card of every deck, typing the answer shown is right")
  func displayedAnswer() throws {
    var count = 0
    for (name, deck) in try Self.decks() {
      let checker = AnswerChecker(lexicon: Lexicon(deck: deck))
      for card in CardGenerator(deck: deck).generate() where card.prompt.hasSuffix("(name one)") {
        count += 1
        let grade = checker.grade(card.answer, for: card)
        #expect(grade.isCorrect, "\(name) \(card.id): “\(card.answer)” → \(grade.reason)")
        #expect(grade.typoOf == nil)
      }
    }
    #expect(count >= 10, "the decks have \"(name one)\" cards")
  }

  @Test(
    "any answer naming only true objects is right, in any order, with commas or \"and\"",
    arguments: [
      "the forearms, the elbows and the fingers", "fingers and forearms", "Elbows, fingers",
      "the elbows; the forearms", "forearms and elbows and fingers", "fingers / elbows",
    ])
  func severalTrue(_ input: String) throws {
    let (card, checker) = try Self.card("ssc-sites.recall.forward")
    #expect(card.prompt.hasSuffix("(name one)"))
    let grade = checker.grade(input, for: card)
    #expect(grade.isCorrect, "\(grade.reason)")
    #expect(grade.typoOf == nil)
  }

  @Test("a typo in one of several true answers is forgiven as for one answer")
  func severalWithTypo() throws {
    let (card, checker) = try Self.card("ssc-sites.recall.forward")
    let grade = checker.grade("forearms and elbwos", for: card)
    #expect(grade.isCorrect)
    #expect(grade.typoOf == "the elbows")
  }

  @Test("a true answer with another entity is wrong, and says what that entity is")
  func trueAndOtherEntity() throws {
    let (card, checker) = try Self.card("ssc-sites.recall.forward")
    let grade = checker.grade("the forearms and the knees", for: card)
    #expect(!grade.isCorrect)
    #expect(grade.otherEntity == "knees")
    #expect(grade.reason.hasPrefix("“the knees” is the knees"), "\(grade.reason)")
    #expect(grade.reason.hasSuffix("The answer is \(card.answer)"))
  }

  @Test(
    "a true answer with anything that is not accepted is wrong",
    arguments: [
      "the forearms and the ankles", "forearms, elbows, banana", "elbows and forearms or ankles",
    ])
  func trueAndJunk(_ input: String) throws {
    let (card, checker) = try Self.card("ssc-sites.recall.forward")
    let grade = checker.grade(input, for: card)
    #expect(!grade.isCorrect, "\(grade.reason)")
    #expect(grade.otherEntity == nil)
  }

  @Test("on a card with one true answer, naming it with another thing is wrong")
  func oneTrueAnswer() throws {
    let (card, checker) = try Self.card("sle-sites.recall.forward")
    #expect(checker.grade("the face", for: card).isCorrect)
    #expect(!checker.grade("the face and the knees", for: card).isCorrect)
    #expect(!checker.grade("the face, the forearms", for: card).isCorrect)
  }
}
