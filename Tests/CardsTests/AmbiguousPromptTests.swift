import Knowledge
import Scheduling
import Testing

@testable import Cards

/// The ambiguous-prompt check (hashing prompts without copying them, pairing by sorting) against the plain
/// implementation it replaced: one dictionary keyed by kind and lowered, single-spaced prompt.
@Suite("DeckLinter ambiguous prompts")
struct AmbiguousPromptTests {
  /// The check as first written, kept as the reference.
  static func reference(_ cards: [Card]) -> [DeckDiagnostic] {
    var first: [String: Card] = [:]
    var diagnostics: [DeckDiagnostic] = []
    for card in cards {
      let key =
        card.kind.rawValue + "|"
        + card.prompt.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard let earlier = first[key] else {
        first[key] = card
        continue
      }
      if AnswerText.normalize(earlier.answer) != AnswerText.normalize(card.answer),
        let location = card.location
      {
        let line = earlier.location.map { " (line \($0.line))" } ?? ""
        diagnostics.append(
          DeckDiagnostic(
            .error, at: location,
            "card \(card.id) asks the same as \(earlier.id)\(line) but expects “\(card.answer)”, "
              + "not “\(earlier.answer)”"))
      }
    }
    return diagnostics
  }

  /// `count` cards whose prompts often differ only in case, spacing or composition, with answers that often
  /// differ only in their normal form.
  static func cards(_ count: Int, seed: UInt64) -> [Card] {
    var random = SplitMix64(seed: seed)
    let openings = [
      "Which drug", "which  DRUG", " Which drug\t", "Where", "WHERE", "Wh\u{E9}re", "Whe\u{301}re",
      "WH\u{C9}RE",
      "Which\u{A0}drug", "\u{212A}elvin", "kelvin", "Which (old) drug", "which (OLD)  drug",
    ]
    let middles = ["", " acts", " acts ", " works best", " is given", "\r\nacts"]
    let kinds: [CardKind] = [.recall, .choice, .cloze, .truefalse]
    let answers = [
      "aspirin", "Aspirin", "the aspirin", "aspirins", "heparin", "caf\u{E9}", "cafe\u{301}",
      "true",
    ]
    func pick<Element>(_ items: [Element]) -> Element {
      items[Int(random.next() % UInt64(items.count))]
    }
    var cards: [Card] = []
    for index in 0..<count {
      var prompt = pick(openings)
      prompt += pick(middles)
      prompt += random.next() % 3 == 0 ? " \(random.next() % 50)?" : "?"
      let kind = pick(kinds)
      let answer = pick(answers)
      let location: Knowledge.SourceLocation? =
        random.next() % 10 == 0
        ? nil : SourceLocation(file: "cards.yaml", line: index + 1, column: 3)
      cards.append(
        Card(
          id: CardID(rawValue: "card-\(index).recall"), kind: kind, prompt: prompt, answer: answer,
          key: .trueFalse(true), explanation: "", section: "", tags: [],
          siblingKey: "fact-\(index)",
          location: location))
    }
    return cards
  }

  @Test(
    "random cards give what the plain check gives, on one core and on two",
    arguments: [300, 30_000])
  func randomCards(count: Int) {
    for seed: UInt64 in [1, 2, 3] {
      let cards = Self.cards(count, seed: seed)
      let found = DeckLinter.ambiguousPrompts(cards)
      #expect(found == Self.reference(cards))
      #expect(!found.isEmpty)
    }
  }

  @Test(
    "questions whose hashes collide are still told apart, and paired with the first of their own")
  func collidingHashes() {
    var random = SplitMix64(seed: 9)
    for count in [50, 25_000] {
      let keys = (0..<count).map { _ in Int(random.next() % 7) }
      // Every card has one of three hashes, whatever its question.
      let hashes = keys.map { $0 % 3 }
      let pairs = DeckLinter.pairsAskingTheSame(hashes) { keys[$0] == keys[$1] }
      var first: [Int: Int] = [:]
      var expected: [(card: Int, earlier: Int)] = []
      for (card, key) in keys.enumerated() {
        if let earlier = first[key] { expected.append((card, earlier)) } else { first[key] = card }
      }
      #expect(pairs.map { $0.card } == expected.map { $0.card })
      #expect(pairs.map { $0.earlier } == expected.map { $0.earlier })
    }
  }

  @Test("prompts that lint takes as the same hash alike")
  func hashes() {
    let same = [
      ["Which drug?", "which  DRUG?", " Which\tdrug? ", "which drug?"],
      ["Wh\u{E9}re?", "Whe\u{301}re?", "WH\u{C9}RE?"],
      ["\u{212A}elvin", "kelvin", "KELVIN"],
    ]
    for group in same {
      let hashes = Set(group.map { DeckLinter.PromptKey.hash(kind: .recall, prompt: $0) })
      #expect(hashes.count == 1, "\(group)")
      for prompt in group { #expect(DeckLinter.PromptKey.haveSameComparable(group[0], prompt)) }
    }
    #expect(
      DeckLinter.PromptKey.hash(kind: .recall, prompt: "Which drug?")
        != DeckLinter.PromptKey.hash(kind: .choice, prompt: "Which drug?"))
  }
}
