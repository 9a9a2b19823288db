import Knowledge
import Testing

@testable import Cards

/// The lint's digest of a deck's cards (made by the generator's workers, without `Card` values) against the
/// cards the generator gives.
@Suite("DeckLinter card digest")
struct CardDigestTests {
  /// The real deck with its facts repeated under new ids until it has more than 2,000: the generator then
  /// cuts the facts into runs on both cores, and every repeated question is ambiguous.
  static func repeatedDeck() throws -> Deck {
    let deck = try realDeck()
    var facts: [Fact] = []
    var copy = 0
    while facts.count < 2_500 {
      facts += deck.facts.map { fact in
        var fact = fact
        if copy > 0 { fact.id += "-copy-\(copy)" }
        return fact
      }
      copy += 1
    }
    return deck.replacingFacts(facts)
  }

  static func deck(_ name: String) throws -> Deck {
    switch name {
    case "synthetic": try SyntheticDeck.load()
    case "real": try realDeck()
    default: try repeatedDeck()
    }
  }

  @Test(
    "lint digests exactly the cards generation makes, in order",
    arguments: ["synthetic", "real", "repeated"])
  func sameAsCards(name: String) throws {
    let deck = try Self.deck(name)
    var cardReport = GenerationReport()
    let cards = CardGenerator(deck: deck).generate(report: &cardReport)
    let candidates = Set(deck.entities.map(\.id))
    var lintReport = GenerationReport()
    let digest = DeckLinter.digest(
      CardGenerator(deck: deck, forLint: true), candidates: candidates, report: &lintReport)

    #expect(digest.count == cards.count)
    #expect(digest.kinds == cards.map(\.kind))
    #expect(digest.locations == cards.map(\.location))
    #expect(
      digest.hashes == cards.map { DeckLinter.PromptKey.hash(kind: $0.kind, prompt: $0.prompt) })
    for (index, card) in cards.enumerated() {
      #expect(digest.text(1, of: index) == card.id.rawValue)
      #expect(digest.text(2, of: index) == card.answer)
      #expect(
        digest.text(0, of: index)
          == DeckLinter.PromptKey.comparable(card.prompt).precomposedStringWithCanonicalMapping)
    }
    #expect(lintReport.missingChoices == cardReport.missingChoices)
    #expect(lintReport.leaks == cardReport.leaks)

    var typed: Set<String> = []
    for card in cards {
      if case .typed(_, let entities) = card.key { typed.formUnion(entities) }
    }
    #expect(digest.typed == typed)
    let produced = Set(cards.map(\.siblingKey))
    let without = Set(digest.factsWithoutCards.map { deck.facts[$0].id })
    #expect(without.subtracting(produced) == Set(deck.facts.map(\.id)).subtracting(produced))
  }

  @Test(
    "a fact gives no card only when no card carries its id, even when another fact shares the id")
  func factsWithoutCards() throws {
    let deck = try SyntheticDeck.load()
    var ghost = deck.facts[0]
    ghost.relation = "no-such-relation"
    ghost.id = "ghost"
    var twin = ghost
    twin.id = deck.facts[1].id
    let messages = DeckLinter.lint(deck.replacingFacts(deck.facts + [ghost, twin])).map(\.message)
    #expect(messages.contains("fact 'ghost' gives no card"))
    #expect(!messages.contains("fact '\(deck.facts[1].id)' gives no card"))
  }

  @Test("messages name the earlier card's line as the plain check does, whatever the line")
  func messageLines() {
    var cards: [Card] = []
    for (index, line) in [1, 0, -3, 9, 10, 99, 100, 123_456].enumerated() {
      for answer in ["aspirin", "heparin"] {
        cards.append(
          Card(
            id: CardID(rawValue: "card-\(index)-\(answer)"), kind: .recall,
            prompt: "Which drug number \(index)?", answer: answer, key: .trueFalse(true),
            explanation: "", section: "", tags: [], siblingKey: "fact-\(index)",
            location: SourceLocation(file: "cards.yaml", line: line, column: 1)))
      }
    }
    let found = DeckLinter.ambiguousPrompts(cards)
    #expect(found == AmbiguousPromptTests.reference(cards))
    #expect(found.count == 8)
  }

  @Test("no pairs among no cards or one")
  func tinyPairs() {
    #expect(DeckLinter.pairsAskingTheSame([]) { _, _ in true }.isEmpty)
    #expect(DeckLinter.pairsAskingTheSame([7]) { _, _ in true }.isEmpty)
    #expect(DeckLinter.pairsAskingTheSame([7, 7]) { _, _ in true }.map(\.earlier) == [0])
  }
}

extension Deck {
  /// The same deck with `facts` instead of its own.
  func replacingFacts(_ facts: [Fact]) -> Deck {
    Deck(
      id: id, title: title, version: version, source: source, classes: classes,
      entities: entities, relations: relations, facts: facts, quantities: quantities, cards: cards)
  }
}
