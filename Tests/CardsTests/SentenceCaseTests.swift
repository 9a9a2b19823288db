import Knowledge
import TestSupport
import Testing

@testable import Cards

/// Generated questions and statements read as sentences, whatever the names and wording start with.
@Suite("Generated sentences start with a capital")
struct SentenceCaseTests {
  /// The synthetic deck with wording that starts with a placeholder, a quote or a lower-case word.
  static let yaml = [
    (
      "ask: Where do calcium deposits typically form in {subject}?",
      "ask: \"'{subject}': where do calcium deposits typically form?\""
    ),
    (
      "ask-reverse: In which disease do calcium deposits typically form on {object}?",
      "ask-reverse: \"{object}: in which disease do calcium deposits typically form there?\""
    ),
    (
      "statement: In {subject}, calcium deposits typically form on {object}.",
      "statement: \"{subject} puts calcium deposits on {object}.\""
    ),
    (
      "ask: Which treatment is used {qualifier} in {subject}?",
      "ask: \"for {subject}, which treatment is used {qualifier}?\""
    ),
    ("statement: In {subject}, {object} is used.", "statement: \"{object} is used in {subject}.\""),
  ].reduce(SyntheticDeck.yaml) { $0.replacingOccurrences(of: $1.0, with: $1.1) }

  @Test("every generated prompt starts with a capital or with no letter at all")
  func everyPrompt() throws {
    let cards = try SyntheticDeck.cards(Self.yaml)
    #expect(cards.count > 40)
    for card in cards {
      let first = card.prompt.first { !"\"'(“".contains($0) }
      #expect(first.map { !$0.isLowercase } ?? true, "\(card.id): \(card.prompt)")
    }
  }

  @Test("the first letter is capitalised, after a quote too; ids and answers are unchanged")
  func examples() throws {
    let cards = try SyntheticDeck.cards(Self.yaml)
    let plain = try SyntheticDeck.cards()
    #expect(cards.map(\.id) == plain.map(\.id))
    #expect(cards.map(\.answer) == plain.map(\.answer))
    func prompt(_ id: String) -> String? { cards.first { $0.id.rawValue == id }?.prompt }
    #expect(
      prompt("sle-sites.truefalse.true")
        == "Systemic lupus erythematosus puts calcium deposits on the face.")
    #expect(
      prompt("sle-sites.truefalse.false")?.hasPrefix(
        "Systemic lupus erythematosus puts calcium deposits on the ") == true)
    #expect(
      prompt("gout-sites.recall.forward") == "'Gout': where do calcium deposits typically form?")
    #expect(
      prompt("lesion-site.knees.recall.reverse")
        == "The knees: in which disease do calcium deposits typically form there?")
    #expect(
      prompt("ssc-treatment.recall.forward")
        == "For systemic sclerosis, which treatment is used for small deposits?")
    #expect(
      prompt("ssc-treatment.truefalse.true")?.hasPrefix("Diltiazem is used in systemic sclerosis")
        == true)
  }
}
