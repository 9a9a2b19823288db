import Knowledge
import TestSupport
import Testing
import Utilities

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

  /// The plain group-by the check is held to: every card in order, compared with the first card of its kind
  /// whose prompt is the same once made comparable.
  static func reference(_ cards: [Card]) -> [DeckDiagnostic] {
    struct Question: Hashable {
      let kind: CardKind
      let prompt: String
    }
    var first: [Question: Int] = [:]
    var diagnostics: [DeckDiagnostic] = []
    for (index, card) in cards.enumerated() {
      let question = Question(kind: card.kind, prompt: DeckLinter.comparable(card.prompt))
      guard let earlier = first[question] else {
        first[question] = index
        continue
      }
      let earlierCard = cards[earlier]
      guard let location = card.location,
        AnswerText.normalize(card.answer) != AnswerText.normalize(earlierCard.answer)
      else { continue }
      let line = earlierCard.location.map { " (line \($0.line))" } ?? ""
      diagnostics.append(
        DeckDiagnostic(
          .error, at: location,
          "card \(card.id.rawValue) asks the same as \(earlierCard.id.rawValue)\(line) but expects "
            + "“\(card.answer)”, not “\(earlierCard.answer)”"))
    }
    return diagnostics
  }

  /// `count` cards that often ask the same question: a few prompts in varied case, spacing and composition,
  /// a few answers (some the same in normal form), three kinds, some cards from no file.
  static func collidingCards(count: Int, seed: UInt64) -> [Card] {
    let prompts = [
      "Which drug?", "which  DRUG?", " Which\tdrug? ", "Where?", "WHERE?", "Wh\u{E9}re?",
      "Whe\u{301}re?", "Which drug (for small deposits)?", "\u{212A}elvin", "kelvin",
    ]
    let answers = ["aspirin", "The Aspirins", "heparin", "caf\u{E9}", "cafe\u{301}", "tea"]
    let kinds: [CardKind] = [.recall, .choice, .cloze]
    var random = SplitMix64(seed: seed)
    func pick<Element>(_ values: [Element]) -> Element {
      values[Int(random.next() % UInt64(values.count))]
    }
    return (0..<count).map { index in
      card(
        "card-\(index)", pick(prompts), pick(answers), kind: pick(kinds),
        line: random.next() % 8 == 0 ? nil : index + 1)
    }
  }

  @Test(
    "on cards that often ask the same, any number of shards finds what one group-by finds, in card order",
    arguments: [1, 2, 3, 5, 8])
  func shardsMatchReference(shards: Int) {
    for seed in UInt64(0)..<20 {
      let cards = Self.collidingCards(count: 300, seed: seed)
      #expect(DeckLinter.ambiguousPrompts(cards, shards: shards) == Self.reference(cards))
    }
  }

  @Test("fewer cards than shards are checked as well", arguments: [0, 1, 2, 3, 4])
  func fewerCardsThanShards(count: Int) {
    let cards = Self.collidingCards(count: count, seed: 7)
    #expect(DeckLinter.ambiguousPrompts(cards, shards: 5) == Self.reference(cards))
  }

  @Test("the cards of the synthetic and the real deck get what one group-by finds")
  func decksMatchReference() throws {
    for cards in [try SyntheticDeck.cards(), CardGenerator(deck: try realDeck()).generate()] {
      #expect(DeckLinter.ambiguousPrompts(cards, shards: 3) == Self.reference(cards))
    }
  }
}
