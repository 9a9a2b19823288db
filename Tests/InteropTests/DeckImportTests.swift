import Knowledge
import Testing

@testable import Interop

/// Errors of a deck that does not load once imported, told in terms of the file imported.
@Suite("DeckImport: errors at the lines of the imported file")
struct DeckImportTests {
  static let notes = """
    # Capitals

    Q: What is the capital of France?
    A: Paris

    C: The capital of [Germany] is {{Berlin}}.

    Q: What is the capital of Italy?
    A: Rome

    Q: What is the capital of France?
    A: Lyon

    C: The capital of [Spain] is {{Madrid}}.
    """

  @Test("each problem is put at the line its card was read from, in the file read")
  func markdownLines() throws {
    let deck = try MarkdownDeckReader.read(text: Self.notes, path: "notes.md")
    #expect(deck.cards.map(\.line) == [3, 6, 8, 11, 14])
    #expect {
      try DeckImport.check(
        deck, deckID: "capitals", outputPath: "imported.yaml", sourcePath: "notes.md")
    } throws: { error in
      let message = (error as? InteropError)?.description ?? ""
      return message.hasPrefix("notes.md:6: the text of card ")
        && message.contains("needs exactly one {{blank}} (and 1 more problem, at line 14)")
        && !message.contains("imported.yaml")
    }
  }

  @Test("without a file read, errors name the deck file as before")
  func withoutSource() throws {
    let deck = try MarkdownDeckReader.read(text: Self.notes, path: "notes.md")
    #expect {
      try DeckImport.check(deck, deckID: "capitals", outputPath: "out.yaml")
    } throws: { error in
      (error as? InteropError)?.description.hasPrefix(
        "out.yaml: the imported deck does not load: out.yaml:") == true
    }
  }

  @Test("a card without a line is named by the file alone, and its YAML lines are left out")
  func withoutLines() throws {
    var deck = try MarkdownDeckReader.read(text: Self.notes, path: "notes.md")
    deck.cards.removeAll { if case .cloze = $0.content { true } else { false } }
    for index in deck.cards.indices { deck.cards[index].line = nil }
    #expect {
      try DeckImport.check(
        deck, deckID: "capitals", outputPath: "imported.yaml", sourcePath: "n.apkg")
    } throws: { error in
      let message = (error as? InteropError)?.description ?? ""
      return message.hasPrefix("n.apkg: the imported deck does not load: card ")
        && message.contains(".recall but expects “Lyon”, not “Paris”")
        && !message.contains("line")
    }
  }

  @Test(
    "the YAML lines a message names become lines of the file read, or are left out",
    arguments: [
      ("asks the same as x (line 11) but", "asks the same as x (line 3) but"),
      ("duplicate id 'x' (first at line 11); ids", "duplicate id 'x' (first at line 3); ids"),
      ("as x (line 40) and y (line 11)", "as x and y (line 3)"),
      ("a (line one) b (line 11", "a (line one) b (line 11"),
    ])
  func retold(_ message: String, _ expected: String) {
    #expect(DeckImport.retold(message) { $0 == 11 ? 3 : nil } == expected)
  }
}
