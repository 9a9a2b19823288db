import Knowledge
import Testing

@testable import Cards

/// The ambiguous-prompt check: two cards of one kind asking the same question with different answers.
@Suite("DeckLinter ambiguous prompts")
struct AmbiguousPromptTests {
  /// A card of `kind` asking `prompt`, declared at `line` (nil: a card with no place in a file).
  static func card(
    _ id: String, _ prompt: String, _ answer: String, kind: CardKind = .recall, line: Int? = 1
  ) -> Card {
    Card(
      id: CardID(rawValue: id), kind: kind, prompt: prompt, answer: answer, key: .trueFalse(true),
      explanation: "", section: "", tags: [], siblingKey: id,
      location: line.map { SourceLocation(file: "cards.yaml", line: $0, column: 3) })
  }

  /// The ids of the cards reported, each with the earlier card it clashes with.
  static func clashes(_ cards: [Card]) -> [String] {
    DeckLinter.ambiguousPrompts(cards).map { diagnostic in
      let words = diagnostic.message.split(separator: " ")
      return "\(words[1])/\(words[6])"
    }
  }

  @Test(
    "prompts that differ only in case, spacing or Unicode composition ask the same",
    arguments: [
      ["Which drug?", "which  DRUG?", " Which\tdrug? ", "Which\r\ndrug?", "Which\u{A0}drug?"],
      ["Wh\u{E9}re?", "Whe\u{301}re?", "WH\u{C9}RE?"],
      ["\u{212A}elvin", "kelvin", "KELVIN"],
    ])
  func sameQuestion(prompts: [String]) {
    let cards =
      [Self.card("first", prompts[0], "aspirin")]
      + prompts.enumerated().map { Self.card("other-\($0.offset)", $0.element, "heparin") }
    #expect(Self.clashes(cards) == prompts.indices.map { "other-\($0)/first" })
  }

  @Test("a qualifier in brackets, other words or another kind make a different question")
  func differentQuestions() {
    let cards = [
      Self.card("plain", "Which drug?", "aspirin"),
      Self.card("qualified", "Which drug (for small deposits)?", "heparin"),
      Self.card("worded", "Which drugs?", "heparin"),
      Self.card("choice", "Which drug?", "heparin", kind: .choice),
    ]
    #expect(Self.clashes(cards).isEmpty)
  }

  @Test("answers with the same normal form are the same answer")
  func sameAnswers() {
    let cards = [
      Self.card("one", "Which drug?", "aspirin"),
      Self.card("two", "which drug?", "The Aspirins"),
      Self.card("three", "Which salt?", "caf\u{E9}"),
      Self.card("four", "Which salt?", "cafe\u{301}"),
      Self.card("five", "Which salt?", "tea"),
    ]
    #expect(Self.clashes(cards) == ["five/three"])
  }

  @Test("each card is compared with the first card asking its question, in card order")
  func firstCardOnly() {
    let cards = [
      Self.card("a", "Where?", "knees"),
      Self.card("b", "Which?", "aspirin"),
      Self.card("c", "where?", "elbows"),
      Self.card("d", "WHERE?", "elbows"),
      Self.card("e", "Which?", "heparin"),
      Self.card("f", "Where?", "knee"),
    ]
    #expect(Self.clashes(cards) == ["c/a", "d/a", "e/b"])
  }

  @Test("a card from no file is never reported, but another card may clash with it")
  func cardsWithoutLocation() {
    let cards = [
      Self.card("made-in-code", "Which drug?", "aspirin", line: nil),
      Self.card("also-in-code", "Which drug?", "insulin", line: nil),
      Self.card("from-file", "Which drug?", "heparin", line: 7),
    ]
    let found = DeckLinter.ambiguousPrompts(cards)
    #expect(
      found.map(\.message) == [
        "card from-file asks the same as made-in-code but expects “heparin”, not “aspirin”"
      ])
    #expect(found.map(\.location.line) == [7])
    #expect(found.map(\.severity) == [.error])
  }

  @Test(
    "the message names the earlier card's line, whatever the line",
    arguments: [1, 0, -3, 9, 10, 99, 100, 123_456])
  func messageLines(line: Int) {
    let cards = [
      Self.card("first", "Which drug?", "aspirin", line: line),
      Self.card("second", "Which drug?", "heparin", line: line + 1),
    ]
    #expect(
      DeckLinter.ambiguousPrompts(cards).map(\.message) == [
        "card second asks the same as first (line \(line)) but expects “heparin”, not “aspirin”"
      ])
  }
}
