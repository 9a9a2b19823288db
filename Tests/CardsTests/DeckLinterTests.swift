import Knowledge
import TestSupport
import Testing

@testable import Cards

@Suite("DeckLinter")
struct DeckLinterTests {
  static let yaml = """
    deck:
      title: Lint sampler
      version: 1
      source: {title: Notes, sections: [One]}
    classes:
      drug: {name: drug}
      site: {name: site}
    entities:
      aspirin: {class: drug, name: aspirin}
      heparin: {class: drug, name: heparin}
      insulin: {class: drug, name: insulin}
      heart: {class: site, name: heart}
      liver: {class: site, name: liver}
      big-toe-joint: {class: site, name: the first metatarsophalangeal joint}
      everywhere: {class: site, name: everywhere, overlaps: [heart, liver, big-toe-joint]}
    relations:
      acts-on:
        subject: drug
        object: site
        ask: Where does {subject} act?
    facts:
      - {id: aspirin-site, subject: aspirin, relation: acts-on, object: heart, section: One, explanation: x}
      - {id: insulin-site, subject: insulin, relation: acts-on, object: everywhere, section: One, explanation: x}
      - {id: heparin-site, subject: heparin, relation: acts-on, object: big-toe-joint, section: One, explanation: x}
    cards:
      - {id: same-a, kind: recall, prompt: Which drug is oldest?, answer: aspirin, section: One, explanation: x}
      - {id: same-b, kind: recall, prompt: Which drug is oldest?, answer: heparin, section: One, explanation: x}
      - {id: leaky, kind: recall, prompt: Is insulin given as insulin?, answer: insulin, section: One, explanation: x}
    """

  func diagnostics() throws -> [DeckDiagnostic] {
    DeckLinter.lint(try DeckLoader.load(yaml: Self.yaml, file: "lint.yaml", deckID: "lint"))
  }

  func line(of marker: String) -> Int {
    (Self.yaml.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains(marker) } ?? -1) + 1
  }

  @Test(
    "a fact with fewer than three provably wrong options gets no choice card, reported at the fact")
  func missingChoice() throws {
    let found = try diagnostics().filter { $0.message.contains("fact 'aspirin-site'") }
    #expect(found.first?.location.line == line(of: "id: aspirin-site"))
    #expect(found.first?.severity == .warning)
    #expect(found.first?.message.contains("only 2 of the sites are provably wrong") == true)
  }

  @Test("one provably wrong option is counted in the singular")
  func missingChoiceSingular() throws {
    let yaml = """
      deck: {title: Planets, version: 1, source: {title: Notes, sections: [Planets]}}
      classes:
        planet: {name: planet, plural: planets}
        kind: {name: kind of planet, plural: kinds of planet}
      entities:
        mercury: {class: planet, name: Mercury}
        jupiter: {class: planet, name: Jupiter}
        rocky: {class: kind, name: rocky planet}
        giant: {class: kind, name: gas giant}
      relations:
        is-a: {subject: planet, object: kind, ask: "What kind of planet is {subject}?"}
      facts:
        - {id: mercury-kind, subject: mercury, relation: is-a, objects: [rocky], section: Planets,
           explanation: Small and rocky.}
        - {id: jupiter-kind, subject: jupiter, relation: is-a, objects: [giant], section: Planets,
           explanation: Mostly gas.}
      """
    let deck = try DeckLoader.load(yaml: yaml, file: "planets.yaml", deckID: "planets")
    let messages = DeckLinter.lint(deck).map(\.message)
    #expect(
      messages.contains {
        $0.hasSuffix("only 1 of the kinds of planet is provably wrong; it needs 3")
      }, "\(messages)")
  }

  @Test("a fact whose only other candidates are overlaps is reported as such")
  func onlyOverlaps() throws {
    let found = try diagnostics().first { $0.message.contains("fact 'insulin-site'") }
    #expect(found?.message.contains("overlaps a true answer") == true)
    #expect(found?.location.line == line(of: "id: insulin-site"))
  }

  @Test("two cards with the same prompt but different answers are an error at the second")
  func ambiguousPrompt() throws {
    let found = try diagnostics().first { $0.severity == .error }
    #expect(found?.location.line == line(of: "id: same-b"))
    #expect(found?.message.contains("asks the same as same-a.recall") == true)
  }

  @Test("a typed answer of three or more words without aliases is a warning at the entity")
  func typedWithoutAliases() throws {
    let found = try diagnostics().first {
      $0.message.contains("'big-toe-joint'") && $0.message.contains("aliases")
    }
    #expect(found?.location.line == line(of: "big-toe-joint: {class"))
  }

  @Test("a hand-written card whose question contains its answer is left out and reported")
  func leak() throws {
    let found = try diagnostics().first { $0.message.contains("leaky.recall left out") }
    #expect(found?.location.line == line(of: "id: leaky"))
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
}

extension Deck {
  /// The same deck with `facts` instead of its own.
  func replacingFacts(_ facts: [Fact]) -> Deck {
    Deck(
      id: id, title: title, version: version, source: source, classes: classes,
      entities: entities, relations: relations, facts: facts, quantities: quantities, cards: cards)
  }
}
