import Knowledge
import TestSupport
import Testing

@testable import Cards

@Suite("Lexicon")
struct LexiconTests {
  @Test("names and aliases are found in normal form")
  func lookups() throws {
    let lexicon = Lexicon(deck: try SyntheticDeck.load())
    #expect(lexicon.entities(named: "ssc") == ["systemic-sclerosis"])
    #expect(lexicon.entities(named: AnswerText.normalize("The Knees")) == ["knees"])
    #expect(lexicon.entities(named: AnswerText.normalize("Sjo\u{308}gren syndrome")) == ["sjogren"])
    #expect(lexicon.entities(named: "SSc") == [], "the caller normalises")
    #expect(lexicon.entities(named: "aspirin") == [])
    #expect(lexicon.name(of: "crest") == "CREST syndrome")
    #expect(lexicon.name(of: "nothing") == nil)
    #expect(Lexicon().entities(named: "gout") == [])
  }
}
