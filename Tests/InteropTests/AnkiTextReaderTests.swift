import Cards
import Foundation
import Knowledge
import Testing

@testable import Interop

@Suite("Anki's plain-text notes")
struct AnkiTextReaderTests {
  @Test("the anki-tsv export reads back into the same prompts, answers and tags")
  func roundTrip() throws {
    let path = PackageRoot.path + "/Decks/first-aid-burns.yaml"
    let deck = try DeckLoader.load(
      yaml: String(contentsOfFile: path, encoding: .utf8), file: path, deckID: "first-aid-burns")
    let cards = CardGenerator(deck: deck).generate()
    let text = AnkiTextWriter.text(
      cards.map { AnkiNote(card: $0, deckID: deck.id) }, deckName: deck.title)
    #expect(
      text.hasPrefix("#separator:tab\n#html:true\n#notetype:Basic\n#deck:First aid for burns\n"))
    let imported = try AnkiTextReader.read(text: text, path: "burns.txt")
    #expect(imported.title == "First aid for burns")
    let result = try DeckImport.check(imported, deckID: "burns", outputPath: "burns.yaml")
    let again = CardGenerator(
      deck: try DeckLoader.load(yaml: result.yaml, file: "burns.yaml", deckID: "burns")
    ).generate()
    #expect(
      Set(cards.map { "\($0.prompt)|\($0.answer)|\($0.tags)" })
        == Set(again.map { "\($0.prompt)|\($0.answer)|\($0.tags)" }))
  }

  @Test(
    "Anki's own export: header lines, quoted fields with tabs and line breaks, tags and cloze notes"
  )
  func ankiExport() throws {
    let text = """
      #separator:tab
      #html:true
      #notetype column:1
      #deck column:2
      #tags column:5
      Basic\tBiology::Cells\tWhat is the <b>powerhouse</b> of the cell?\tthe mitochondrion\tcells energy
      Basic\tBiology::Cells\t"A question with a ""quote""\tand a tab"\t"two
      lines"\tcells
      Cloze\tBiology::Genes\t{{c1::DNA}} is copied into {{c2::RNA}}.\t\tgenes

      """
    let deck = try AnkiTextReader.read(text: text, path: "biology.txt")
    #expect(deck.notes == 3)
    #expect(deck.cards.count == 4)
    #expect(
      deck.cards[0].content
        == .recall(
          prompt: "What is the powerhouse of the cell?", answer: "the mitochondrion", accept: []))
    #expect(deck.cards[0].tags == ["cells", "energy"])
    #expect(deck.cards[0].section == "Biology::Cells")
    #expect(
      deck.cards[1].content
        == .recall(prompt: "A question with a \"quote\" and a tab", answer: "two lines", accept: [])
    )
    #expect(deck.cards[2].content == .cloze(text: "{{DNA}} is copied into RNA.", accept: []))
    #expect(deck.cards[3].content == .cloze(text: "DNA is copied into {{RNA}}.", accept: []))
  }

  @Test(
    "plain text without headers: tab-separated question and answer, HTML escaped when #html:false")
  func plain() throws {
    let deck = try AnkiTextReader.read(text: "#html:false\n2 < 3?\tyes\n", path: "x.txt")
    #expect(deck.cards.first?.content == .recall(prompt: "2 < 3?", answer: "yes", accept: []))
  }

  @Test(
    "bad records name the file and the line",
    arguments: [
      (
        "#separator:tab\nq\ta\nonly a question\n",
        "x.txt:3: expected a question and an answer separated by a tab"
      ),
      ("q\t\"never closed\nmore\n", "x.txt:1: a quoted field is never closed"),
      (
        "#separator:comma\nq,a\n\nq2\n",
        "x.txt:4: expected a question and an answer separated by a comma"
      ),
    ])
  func badLines(text: String, message: String) {
    #expect {
      try AnkiTextReader.read(text: text, path: "x.txt")
    } throws: { error in
      (error as? InteropError)?.description == message
    }
  }
}
