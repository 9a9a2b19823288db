import Knowledge
import TestSupport
import Testing

@testable import Cards

/// Why each wrong option is wrong, generated from what the deck says about it.
@Suite("CardGenerator: wrong options explained")
struct CardGeneratorReasonsTests {
  func card(_ id: String, in cards: [Card]) throws -> Card {
    try #require(cards.first { $0.id.rawValue == id }, "no card \(id)")
  }

  @Test("a reverse choice says what each wrong treatment is suggested for")
  func reverseChoice() throws {
    let deck = try WordingDeck.calcinosis.load()
    let cards = CardGenerator(deck: deck).generate()
    let choice = try card("suited-to.small-deposits.choice.reverse", in: cards)
    guard case .choice(let options, let correct) = choice.key else {
      Issue.record("not a choice card")
      return
    }
    let suggested: [String: String] = [
      "diltiazem": "large calcium deposits", "bisphosphonates": "large calcium deposits",
      "probenecid": "large calcium deposits", "aluminium hydroxide": "large calcium deposits",
      "sodium thiosulfate": "ulcerated, hardened calcium deposits",
    ]
    for (index, option) in options.enumerated() where index != correct {
      let kind = try #require(suggested[option], "unexpected wrong option \(option)")
      #expect(choice.explanation.contains("Treatment with \(option)"), "\(choice.explanation)")
      #expect(choice.explanation.contains("suggested for \(kind)"), "\(choice.explanation)")
    }
    // It starts with why the answer shown is right: that answer's own fact.
    let answerFact = try #require(
      deck.facts.first {
        $0.relation == "suited-to" && deck.entity($0.subject)?.name == options[correct]
      })
    #expect(choice.explanation.hasPrefix(answerFact.explanation))
  }

  @Test("a false statement says what its object really goes with, in the deck's own sentence")
  func falseStatement() throws {
    let cards = try SyntheticDeck.cards()
    let statement = try card("ssc-sites.truefalse.false", in: cards)
    #expect(
      statement.prompt == "In systemic sclerosis, calcium deposits typically form on the buttocks.")
    #expect(
      statement.explanation
        == "In systemic sclerosis the deposits favour the forearms, elbows and fingers. "
        + "In dermatomyositis, calcium deposits typically form on the buttocks.")
  }

  @Test("an option the deck gives to no other subject is called false, as a whole statement")
  func nothingElseKnown() throws {
    let cards = CardGenerator(deck: try WordingDeck.planets.load()).generate()
    let choice = try card("mercury-type.choice.forward", in: cards)
    #expect(choice.explanation.contains("“Mercury belongs to the dwarf planets” is false."))
    #expect(choice.explanation.contains("Jupiter belongs to the gas giants."))
  }

  @Test("the lesson's explanation is the fact's, without any presentation's notes on wrong options")
  func lessonWithoutNotes() throws {
    let deck = try WordingDeck.calcinosis.load()
    let units = CardGenerator(deck: deck).units()
    let facts = Dictionary(deck.facts.map { ($0.id, $0) }) { first, _ in first }
    for unit in units where unit.kind == .forward {
      #expect(unit.explanation == facts[unit.id.rawValue]?.explanation, "\(unit.id)")
      #expect(!unit.explanation.contains("Why not the others"), "\(unit.id)")
    }
  }
}
