import Foundation
import Knowledge
import Testing

@testable import Cards

/// The units of knowledge the generator makes from both built-in decks: every card is a presentation of one
/// unit, unit ids come from deck ids, and new units come in an order that teaches terms before using them.
@Suite("Units of the built-in decks")
struct CardGeneratorUnitsTests {
  /// The built-in decks (the grading tables' retired cards are no deck Recall ships).
  static let decks: [GradingDeck] = [.calcinosis, .burns]

  func units(_ deck: GradingDeck) throws -> (Deck, [KnowledgeUnit]) {
    let loaded = try deck.load()
    return (loaded, CardGenerator(deck: loaded, seed: 1).units())
  }

  @Test("every card belongs to exactly one unit, the unit it names", arguments: decks)
  func everyCardInOneUnit(deck: GradingDeck) throws {
    let (loaded, units) = try units(deck)
    let cards = CardGenerator(deck: loaded, seed: 1).generate()
    let presented = units.flatMap(\.ladder)
    #expect(presented.count == cards.count)
    #expect(Set(presented.map(\.id)) == Set(cards.map(\.id)))
    #expect(Set(units.map(\.id)).count == units.count, "unit ids are unique")
    for unit in units {
      #expect(!unit.ladder.isEmpty, "\(unit.id) has no presentation")
      for card in unit.ladder {
        #expect(card.unit == unit.id, "\(card.id) is in \(unit.id) but names \(card.unit)")
      }
    }
    let byCard = KnowledgeUnit.unitsByCard(units)
    #expect(byCard.count == cards.count)
    #expect(cards.allSatisfy { byCard[$0.id.rawValue] == $0.unit.rawValue })
  }

  @Test("a unit's kind matches the deck id it comes from", arguments: decks)
  func kindsFromDeckIDs(deck: GradingDeck) throws {
    let (loaded, units) = try units(deck)
    let facts = Dictionary(loaded.facts.map { ($0.id, $0) }) { first, _ in first }
    let entities = Set(loaded.entities.map(\.id))
    let quantities = Set(loaded.quantities.map(\.id))
    let handwritten = Set(loaded.cards.map(\.id))
    var kinds: Set<KnowledgeUnit.Kind> = []
    for unit in units {
      let id = unit.id.rawValue
      kinds.insert(unit.kind)
      switch unit.kind {
      case .forward:
        #expect(facts[id] != nil, "\(id)")
        #expect(unit.siblingKey == id)
      case .reverse:
        // `relation.object.reverse`, a sibling of the fact it comes from.
        let parts = id.split(separator: ".").map(String.init)
        #expect(parts.count == 3 && parts[2] == "reverse", "\(id)")
        let fact = facts[unit.siblingKey]
        #expect(fact?.relation == parts.first, "\(id) from \(unit.siblingKey)")
        #expect(fact?.objects.contains(parts.count > 1 ? parts[1] : "") == true, "\(id)")
      case .definition:
        #expect(id == unit.siblingKey + ".definition")
        #expect(entities.contains(unit.siblingKey), "\(id)")
        #expect(unit.ladder.allSatisfy { $0.kind == .reverse })
      case .quantity:
        #expect(quantities.contains(id))
        #expect(unit.ladder.allSatisfy { $0.kind == .number })
      case .handwritten where unit.isCase:
        // A case: a hand-written case's id, or a template's id and the entity it is about.
        let parts = id.split(separator: ".").map(String.init)
        let fromTemplate =
          parts.count == 2 && loaded.caseTemplates.contains { $0.id == parts[0] }
          && entities.contains(parts[1])
        #expect(loaded.cases.contains { $0.id == id } || fromTemplate, "\(id)")
        #expect(unit.ladder.allSatisfy { $0.kind == .clinicalCase })
      case .handwritten:
        #expect(handwritten.contains(id), "\(id)")
      }
    }
    #expect(kinds == Set(KnowledgeUnit.Kind.allCases), "\(deck) has every kind of unit")
  }

  @Test("ladders are sorted by rung, from recognition to production", arguments: decks)
  func laddersSorted(deck: GradingDeck) throws {
    let (_, units) = try units(deck)
    for unit in units {
      let rungs = unit.ladder.map { Rung($0.kind) }
      #expect(rungs == rungs.sorted(), "\(unit.id): \(rungs)")
      #expect(unit.lowestRung == rungs.first)
      #expect(unit.highestRung == rungs.last)
      #expect(unit.rungs == Array(Set(rungs)).sorted())
    }
    // The built-in decks ask some units on every rung.
    #expect(Set(units.flatMap(\.rungs)) == Set(Rung.allCases))
  }

  @Test("a definition comes just before the first unit whose fact names its term", arguments: decks)
  func definitionsFirst(deck: GradingDeck) throws {
    let (loaded, units) = try units(deck)
    let facts = Dictionary(loaded.facts.map { ($0.id, $0) }) { first, _ in first }
    var checked = 0
    for (index, unit) in units.enumerated() where unit.kind == .definition {
      let term = unit.siblingKey
      let firstUse = units.firstIndex { other in
        guard other.kind != .definition, let fact = facts[other.siblingKey] else { return false }
        return fact.subject == term || fact.objects.contains(term)
      }
      guard let firstUse else { continue }
      checked += 1
      #expect(index < firstUse, "\(unit.id) after its first use, \(units[firstUse].id)")
      // Just before it: nothing but other definitions in between.
      #expect(
        units[(index + 1)..<firstUse].allSatisfy { $0.kind == .definition },
        "\(unit.id) is taught long before \(units[firstUse].id)")
    }
    #expect(checked > 0)
  }

  @Test("apart from definitions, new units come in the order their source stands in the deck")
  func deckOrder() throws {
    for deck in Self.decks {
      let (_, units) = try units(deck)
      let lines = units.filter { $0.kind != .definition }.compactMap {
        $0.ladder.first?.location?.line
      }
      #expect(lines == lines.sorted(), "\(deck)")
    }
  }

  @Test(
    "unit ids come from deck ids: rewording questions and explanations, or reordering facts, keeps them"
  )
  func stableIDs() throws {
    let deck = try GradingDeck.calcinosis.load()
    var relations = deck.relations
    for index in relations.indices {
      relations[index].ask = relations[index].ask.replacingOccurrences(
        of: "?", with: ", in general?")
    }
    var facts = deck.facts
    for index in facts.indices {
      facts[index].explanation += " (Reworded.)"
    }
    var quantities = deck.quantities
    for index in quantities.indices {
      quantities[index].explanation = "Reworded."
    }
    let reworded = Deck(
      id: deck.id, title: deck.title, version: deck.version, source: deck.source,
      classes: deck.classes,
      entities: deck.entities, relations: relations, facts: facts.reversed(),
      quantities: quantities,
      cards: deck.cards, cases: deck.cases, caseTemplates: deck.caseTemplates)
    func presentations(_ deck: Deck) -> [String: Set<String>] {
      Dictionary(
        CardGenerator(deck: deck, seed: 1).units().map {
          ($0.id.rawValue, Set($0.ladder.map(\.id.rawValue)))
        }
      ) { first, _ in first }
    }
    let before = presentations(deck)
    let after = presentations(reworded)
    #expect(after == before)
    // The questions did change: the ids are not read from the wording.
    let prompts = Set(CardGenerator(deck: deck, seed: 1).generate().map(\.prompt))
    let rewordedPrompts = Set(CardGenerator(deck: reworded, seed: 1).generate().map(\.prompt))
    #expect(prompts != rewordedPrompts)
  }
}
