import Knowledge
import TestSupport
import Testing

@testable import Cards

/// What a teacher's `kinds:` and `reverse: false` do to the cards a deck gives (the planets deck of
/// `PlanetsDeckText` states them on the deck, a class and a relation).
@Suite("CardGenerator: kinds and reverse")
struct CardGeneratorKindsTests {
  static func load(_ yaml: String = PlanetsDeckText.yaml) throws -> Deck {
    try DeckLoader.load(yaml: yaml, file: PlanetsDeckText.file, deckID: "planets")
  }

  /// The planets deck with every `kinds:` commented out, so that every line keeps its number
  /// (`reverse: false` stays).
  static let withoutKinds = PlanetsDeckText.yaml.replacingOccurrences(
    of: "kinds: [", with: "# kinds: [")

  /// The kinds of the cards of the fact `id` (forward and reverse: its sibling key).
  static func kinds(of id: String, in cards: [Card]) -> Set<CardKind> {
    Set(cards.filter { $0.siblingKey == id }.map(\.kind))
  }

  @Test(
    "a fact gives only the kinds stated for it: its relation's, its subject's class's, the deck's")
  func honoursKinds() throws {
    let cards = CardGenerator(deck: try Self.load()).generate()
    // The deck's kinds: no cloze, though the fact could give one.
    #expect(Self.kinds(of: "mercury-type", in: cards) == [.recall, .choice, .truefalse])
    // Titan is a moon, and class moon says choice only.
    #expect(Self.kinds(of: "titan-planet", in: cards) == [.choice])
    // Relation has-moon: select, recall and list.
    #expect(Self.kinds(of: "mars-moons", in: cards) == [.select, .recall, .list])
    // A kind a fact cannot give is passed over: one moon gives no select and no list.
    #expect(Self.kinds(of: "earth-moon", in: cards) == [.recall])
  }

  @Test("kinds take cards away and change nothing in those that stay")
  func onlyFilters() throws {
    let deck = try Self.load()
    let stated = CardGenerator(deck: deck).generate()
    let all = CardGenerator(deck: try Self.load(Self.withoutKinds)).generate()
    let factsByID = Dictionary(deck.facts.map { ($0.id, $0) }) { first, _ in first }
    let expected = all.filter { card in
      guard let fact = factsByID[card.siblingKey], let stated = deck.kinds(for: fact) else {
        return true
      }
      return stated.kinds.map(CardKind.init).contains(card.kind)
    }
    #expect(stated == expected)
    #expect(stated.count < all.count)
    // Cards that are not a fact's are never touched.
    #expect(stated.filter { $0.kind == .number || $0.kind == .reverse }.count == 4)
  }

  @Test("with reverse: false a relation gives no reverse cards, though it has the wording")
  func reverseOff() throws {
    let cards = CardGenerator(deck: try Self.load(Self.withoutKinds)).generate()
    #expect(!cards.contains { $0.unit.rawValue.hasPrefix("has-moon.") })
    #expect(cards.contains { $0.unit.rawValue == "planet-type.rocky.reverse" })
    let turnedOn = try Self.load(
      Self.withoutKinds.replacingOccurrences(of: "reverse: false", with: "reverse: true"))
    let reversed = CardGenerator(deck: turnedOn).generate().filter {
      $0.unit.rawValue.hasPrefix("has-moon.")
    }
    #expect(Set(reversed.map(\.unit.rawValue)).contains("has-moon.phobos.reverse"))
    #expect(reversed.contains { $0.prompt == "Which planet does Phobos orbit?" })
  }

  @Test("a unit's ladder climbs in the order of the kinds stated; without kinds, by rung")
  func ladderOrder() throws {
    let units = CardGenerator(deck: try Self.load()).units()
    func unit(_ id: String) throws -> KnowledgeUnit {
      try #require(units.first { $0.id.rawValue == id })
    }
    #expect(
      try unit("mercury-type").ladder.map(\.kind) == [.recall, .choice, .truefalse, .truefalse])
    #expect(try unit("mercury-type").rungs == [.produce, .choose, .judge])
    #expect(try unit("mars-moons").ladder.map(\.kind) == [.select, .recall, .list])
    // A reverse unit follows the kinds of the fact that makes it.
    #expect(try unit("planet-type.rocky.reverse").ladder.map(\.kind) == [.recall, .choice])
    // Definitions, quantities and hand-written cards are no fact's: kinds do not touch them.
    #expect(try unit("rocky.definition").ladder.map(\.kind) == [.reverse])
    // The lesson does not depend on the order: the true statement, which names the whole answer.
    #expect(try unit("mercury-type").lesson == "Mercury belongs to the rocky planets.")

    let plain = CardGenerator(deck: try Self.load(Self.withoutKinds)).units()
    let mercury = try #require(plain.first { $0.id.rawValue == "mercury-type" })
    // No cloze beside the typed question: it would ask the same in other words.
    #expect(mercury.ladder.map(\.kind) == [.truefalse, .truefalse, .choice, .recall])
    #expect(mercury.lesson == "Mercury belongs to the rocky planets.")
  }
}
