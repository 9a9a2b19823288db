import Testing

@testable import Interop

@Suite("Q:/A:/C: Markdown decks")
struct MarkdownDeckReaderTests {
  @Test("questions, multi-line and list answers, cloze gaps, headings as title and sections")
  func reads() throws {
    let text = """
      # Chemistry

      ## Elements
      Q: What is the symbol for gold?
      A: Au

      Q: Name the noble gases
      in the first three periods.
      A:
      - helium
      - neon
      - argon

      C: [Water] boils at [100] degrees Celsius at sea level, see [notes](https://example.org).
      """
    let deck = try MarkdownDeckReader.read(text: text, path: "chem.md")
    #expect(deck.title == "Chemistry")
    #expect(deck.notes == 3)
    #expect(deck.cards.count == 4)
    #expect(
      deck.cards[0].content
        == .recall(prompt: "What is the symbol for gold?", answer: "Au", accept: []))
    #expect(deck.cards[0].section == "Elements")
    #expect(
      deck.cards[1].content
        == .list(
          prompt: "Name the noble gases\nin the first three periods.",
          items: ["helium", "neon", "argon"]))
    #expect(
      deck.cards[2].content
        == .cloze(
          text:
            "{{Water}} boils at 100 degrees Celsius at sea level, see [notes](https://example.org).",
          accept: []))
    #expect(
      deck.cards[3].content
        == .cloze(
          text:
            "Water boils at {{100}} degrees Celsius at sea level, see [notes](https://example.org).",
          accept: []))
    let result = try DeckImport.check(deck, deckID: "chem", outputPath: "chem.md.yaml")
    #expect(result.cardCount == 4)
  }

  @Test(
    "mistakes name the file and the line",
    arguments: [
      ("Q: one\nQ: two\nA: b\n", "x.md:1: question without an answer (A:)"),
      ("\nA: lonely\n", "x.md:2: answer (A:) without a question (Q:)"),
      ("Q: q\nA: a\nC: no gaps here\n", "x.md:3: cloze (C:) without a [bracketed] gap"),
      ("Q: q\nA: a\n\nQ: last\n", "x.md:4: question without an answer (A:)"),
      ("Q: q\nA:\n\nC: [x]\n", "x.md:2: empty answer"),
    ])
  func mistakes(text: String, message: String) {
    #expect {
      try MarkdownDeckReader.read(text: text, path: "x.md")
    } throws: { error in
      (error as? InteropError)?.description == message
    }
  }
}
