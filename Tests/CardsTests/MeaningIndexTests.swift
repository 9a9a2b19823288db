import Knowledge
import Testing

@testable import Cards

/// A checker indexes the deck's names by meaning at the first answer that needs the index, and grades as
/// it would with the index built before any answer.
@Suite("MeaningIndex")
struct MeaningIndexTests {
  @Test(
    "a checker indexes the deck's names at the first answer that needs them, not when it is made")
  func builtOnFirstUse() throws {
    let fixture = try GradingFixture.shared.get()
    let checker = AnswerChecker(lexicon: Lexicon(deck: try GradingDeck.calcinosis.load()))
    #expect(!checker.lazyMeaning.isBuilt)
    let truth = try #require(fixture.cards[.calcinosis]?["dystrophic-defined-by.truefalse.true"])
    #expect(checker.grade("true", for: truth).verdict == .correct)
    #expect(!checker.lazyMeaning.isBuilt)
    // A copy made before the first answer shares the index the copy builds.
    let copy = checker
    let typed = try #require(fixture.cards[.calcinosis]?["minocycline-action.recall.forward"])
    #expect(copy.grade("reduces inflammation", for: typed).verdict == .correct)
    #expect(checker.lazyMeaning.isBuilt)
  }

  @Test(
    "every answer of the deck tables gets the grade it gets with the index built before any answer",
    arguments: GradingDeck.allCases)
  func sameGradesAsBuiltFirst(deck: GradingDeck) throws {
    let fixture = try GradingFixture.shared.get()
    let model = try deck.load()
    let lexicon = Lexicon(deck: model)
    let descriptions = EntityDescriptions.make(deck: model)
    let builtFirst = AnswerChecker(lexicon: lexicon, descriptions: descriptions)
    _ = builtFirst.meaning
    let lazy = AnswerChecker(lexicon: lexicon, descriptions: descriptions)
    let answers = DeckAnswerCase.all.filter { $0.deck == deck }
    #expect(!answers.isEmpty)
    for answer in answers {
      let card = try #require(fixture.cards[deck]?[answer.card])
      #expect(lazy.grade(answer.input, for: card) == builtFirst.grade(answer.input, for: card))
    }
  }

  @Test("a checker given another lexicon indexes that one")
  func newLexicon() throws {
    let fixture = try GradingFixture.shared.get()
    let card = try #require(fixture.cards[.calcinosis]?["metastatic-defined-by.recall.forward"])
    var checker = AnswerChecker(lexicon: Lexicon())
    #expect(checker.grade("calcium", for: card).otherEntity == nil)
    checker.lexicon = Lexicon(deck: try GradingDeck.calcinosis.load())
    #expect(!checker.lazyMeaning.isBuilt)
    #expect(checker.grade("calcium", for: card).otherEntity == "calcium-level")
  }
}
