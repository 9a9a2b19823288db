import Knowledge
import Testing

@testable import Cards

/// A deck with thousands of facts is made in runs of facts on every core; what comes out must not show it.
@Suite("CardGenerator runs of facts")
struct CardGeneratorRunsTests {
  /// The real deck with its facts repeated under new ids until it has more than 2,000 (several runs).
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

  @Test("cards and left-out questions come in file order, the same on every run")
  func fileOrder() throws {
    let deck = try Self.repeatedDeck()
    var positionOfFact: [String: Int] = [:]
    for (position, fact) in deck.facts.enumerated() { positionOfFact[fact.id] = position }
    var report = GenerationReport()
    let cards = CardGenerator(deck: deck).generate(report: &report)
    let factPositions = cards.compactMap { positionOfFact[$0.siblingKey] }
    // Every run of 1,000 facts gives cards. (A copy shares its questions with the fact it copies, whose id is
    // less, so it gives only its statements.)
    #expect(factPositions.count > 5_000)
    #expect(Set(factPositions.map { $0 / 1_000 }) == Set(0...((deck.facts.count - 1) / 1_000)))
    #expect(factPositions == factPositions.sorted())
    // After the facts' cards: quantities, definitions and hand-written cards.
    let others = cards.drop { positionOfFact[$0.siblingKey] != nil }
    #expect(!others.isEmpty)
    #expect(others.allSatisfy { positionOfFact[$0.siblingKey] == nil })
    let missing = report.missingChoices.compactMap { positionOfFact[$0.fact] }
    #expect(missing.count == report.missingChoices.count)
    #expect(missing == missing.sorted())
    var again = GenerationReport()
    #expect(CardGenerator(deck: deck).generate(report: &again) == cards)
    #expect(again.missingChoices == report.missingChoices)
    #expect(again.leaks == report.leaks)
  }
}
