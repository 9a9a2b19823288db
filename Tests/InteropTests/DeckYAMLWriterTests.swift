import Knowledge
import Testing

@testable import Interop

@Suite("imported decks as YAML")
struct DeckYAMLWriterTests {
  @Test("awkward text survives quoting, ids are made valid and unique, and the deck loads")
  func quoting() throws {
    var deck = ImportedDeck(title: "Deck: \"quoted\" #1", sourceTitle: "a test")
    let awkward = "a: b # c \\ d \"e\" 'f'\nsecond line\t{x} [y] - z \u{7}"
    deck.cards = [
      ImportedCard(
        id: "Same ID", content: .recall(prompt: awkward, answer: "yes", accept: ["y: es"]),
        section: "S: one", explanation: "", tags: ["tag with space", "n::m"]),
      ImportedCard(
        id: "same-id", content: .trueFalse(statement: "true?", isTrue: false), section: "S: one",
        explanation: "why", tags: []),
      ImportedCard(
        id: "9 lives", content: .choice(prompt: "pick", answer: "a", wrong: ["b", "c", "d"]),
        section: "other", explanation: "why", tags: []),
    ]
    let yaml = DeckYAMLWriter.yaml(deck)
    let loaded = try DeckLoader.load(yaml: yaml, file: "t.yaml", deckID: "t")
    #expect(loaded.title == "Deck: \"quoted\" #1")
    #expect(loaded.source.sections == ["S: one", "other"])
    #expect(loaded.cards.map(\.id) == ["same-id", "same-id-2", "card-9-lives"])
    guard case .recall(let prompt, let answer, let accept) = loaded.cards[0].content else {
      Issue.record("not a recall card")
      return
    }
    // The bell character is written as \u0007 and read back; nothing else changes.
    #expect(prompt == awkward)
    #expect(answer == "yes")
    #expect(accept == ["y: es"])
    #expect(loaded.cards[0].tags == ["tag with space", "n::m"])
    #expect(loaded.cards[0].explanation == "From a test.")
  }
}
