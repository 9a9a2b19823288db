import Testing

@testable import Knowledge

@Suite("ClozeText")
struct ClozeTextTests {
  @Test("a sentence with one blank splits around it")
  func splits() throws {
    let cloze = try #require(ClozeText("Deposits of {{ calcium salts }} form in the skin."))
    #expect(cloze.before == "Deposits of ")
    #expect(cloze.answer == "calcium salts", "the answer is trimmed")
    #expect(cloze.after == " form in the skin.")
    #expect(cloze.prompt == "Deposits of _____ form in the skin.")
    #expect(cloze.filled == "Deposits of calcium salts form in the skin.")
  }

  @Test("a blank may open or close the sentence")
  func blankAtTheEdges() throws {
    #expect(ClozeText("{{Calcium}} deposits.")?.prompt == "_____ deposits.")
    #expect(ClozeText("Deposits of {{calcium}}")?.filled == "Deposits of calcium")
  }

  @Test(
    "anything but exactly one non-empty blank is refused",
    arguments: [
      "No blank at all.",
      "Two {{blanks}} in {{one}} sentence.",
      "An empty {{}} blank.",
      "A blank of spaces {{   }}.",
      "An unclosed {{blank.",
      "A closing }} without an opening.",
    ])
  func refuses(_ text: String) {
    #expect(ClozeText(text) == nil)
  }
}
