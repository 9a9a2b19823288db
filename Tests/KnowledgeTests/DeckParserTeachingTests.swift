import TestSupport
import Testing

@testable import Knowledge

/// One edit of the planets deck and the one error it must give, where the mistake is written.
enum TeachingMistake {
  static func mistake(
    name: String, original: String, replacement: String, message: String, pointsAt: String
  ) -> BrokenDeck {
    BrokenDeck(
      name: name, original: original, replacement: replacement, message: message,
      pointsAt: pointsAt, base: PlanetsDeckText.yaml)
  }

  static let all: [BrokenDeck] = [
    mistake(
      name: "a misspelt kind in the deck's kinds, with the closest kind suggested",
      original: "kinds: [recall, choice, truefalse]",
      replacement: "kinds: [recal, choice, truefalse]",
      message:
        "unknown kind 'recal' in the deck's kinds; did you mean 'recall'? (kinds: truefalse, "
        + "choice, select, cloze, recall, list)",
      pointsAt: "recal,"),
    mistake(
      name: "a misspelt kind in a class's kinds",
      original: "kinds: [choice]", replacement: "kinds: [choise]",
      message: "unknown kind 'choise' in the kinds of class 'moon'; did you mean 'choice'?",
      pointsAt: "choise"),
    mistake(
      name: "'reverse' among a relation's kinds, which reverse: false turns off instead",
      original: "kinds: [select, recall, list]", replacement: "kinds: [select, reverse, list]",
      message: "'reverse' in the kinds of relation 'has-moon' is no kind of question about a fact: "
        + "a relation's reverse questions are turned off with 'reverse: false' on the relation",
      pointsAt: "reverse, list"),
    mistake(
      name: "'number' among the deck's kinds",
      original: "kinds: [recall, choice, truefalse]", replacement: "kinds: [recall, number]",
      message: "'number' in the deck's kinds is no kind of question about a fact",
      pointsAt: "number]"),
    mistake(
      name: "a kind listed twice",
      original: "kinds: [select, recall, list]", replacement: "kinds: [select, recall, select]",
      message: "kind 'select' is listed twice in the kinds of relation 'has-moon'",
      pointsAt: "select]"),
    mistake(
      name: "an empty list of kinds",
      original: "kinds: [choice]", replacement: "kinds: []",
      message: "the kinds of class 'moon' must name at least one kind", pointsAt: "[]"),
    mistake(
      name: "reverse: true on a relation with no reverse question",
      original: "    ask: Which planet does {subject} orbit?\n",
      replacement: "    ask: Which planet does {subject} orbit?\n    reverse: true\n",
      message: "relation 'moon-of' has 'reverse: true' but no 'ask-reverse' question",
      pointsAt: "true\n    statement: '{subject} orbits"),
    mistake(
      name: "reverse: that is not true or false",
      original: "reverse: false", replacement: "reverse: never",
      message: "'reverse' of relation 'has-moon' must be true or false", pointsAt: "never"),
    mistake(
      name: "a misspelt requirement, with the closest id suggested",
      original: "requires: [earth-moon]", replacement: "requires: [earth-mon]",
      message: "unknown id 'earth-mon' required by 'mars-moons'; did you mean 'earth-moon'? "
        + "(a requirement names a fact, quantity, card or entity)",
      pointsAt: "earth-mon]"),
    mistake(
      name: "a required entity without a definition",
      original: "requires: gas-giant", replacement: "requires: dwarf-planet",
      message:
        "'planet-count' requires entity 'dwarf-planet', which has no definition to introduce",
      pointsAt: "dwarf-planet\ncards:"),
    mistake(
      name: "two facts that require each other, reported where the cycle closes",
      original: "    object: the-moon\n",
      replacement: "    object: the-moon\n    requires: [mars-moons]\n",
      message: "a cycle of requirements: 'earth-moon' requires 'mars-moons', which requires "
        + "'earth-moon'; one of them must go",
      pointsAt: "mars-moons]"),
    mistake(
      name: "a card that requires itself",
      original: "requires: [mercury-type]", replacement: "requires: [dwarf-planets]",
      message: "a cycle of requirements: 'dwarf-planets' requires 'dwarf-planets'",
      pointsAt: "dwarf-planets]"),
  ]
}

@Suite("DeckParser: kinds, reverse and requirements")
struct DeckParserTeachingTests {
  static func load(_ yaml: String = PlanetsDeckText.yaml) throws -> Deck {
    try DeckLoader.load(yaml: yaml, file: PlanetsDeckText.file, deckID: "planets")
  }

  static func fact(_ id: String, in deck: Deck) throws -> Fact {
    try #require(deck.facts.first { $0.id == id })
  }

  @Test("kinds are read under deck:, on a class and on a relation, in the order written")
  func readsKinds() throws {
    let deck = try Self.load()
    #expect(deck.kinds == [.recall, .choice, .truefalse])
    #expect(deck.entityClass("moon")?.kinds == [.choice])
    #expect(deck.entityClass("planet")?.kinds == nil)
    #expect(deck.relation("has-moon")?.kinds == [.select, .recall, .list])
    #expect(deck.relation("planet-type")?.kinds == nil)
    #expect(deck.statesKinds)
  }

  @Test("a fact's kinds are its relation's, else its subject's class's, else the deck's")
  func mostSpecificKindsWin() throws {
    let deck = try Self.load()
    let relation = try #require(deck.kinds(for: Self.fact("mars-moons", in: deck)))
    #expect(
      relation == StatedKinds(kinds: [.select, .recall, .list], scope: .relation("has-moon")))
    // Titan is a moon: the class of the subject counts, not the class of the object.
    let subjectClass = try #require(deck.kinds(for: Self.fact("titan-planet", in: deck)))
    #expect(subjectClass == StatedKinds(kinds: [.choice], scope: .subjectClass("moon")))
    let whole = try #require(deck.kinds(for: Self.fact("mercury-type", in: deck)))
    #expect(whole == StatedKinds(kinds: [.recall, .choice, .truefalse], scope: .deck))
    #expect(whole.scope.description == "the deck")
    #expect(subjectClass.scope.description == "class 'moon'")
    #expect(relation.scope.description == "relation 'has-moon'")
  }

  @Test("a deck that states no kinds gives none for any fact")
  func noKinds() throws {
    let yaml = PlanetsDeckText.yaml
      .replacingOccurrences(of: "  kinds: [recall, choice, truefalse]\n", with: "")
      .replacingOccurrences(of: "    kinds: [choice]\n", with: "")
      .replacingOccurrences(of: "    kinds: [select, recall, list]\n", with: "")
    let deck = try Self.load(yaml)
    #expect(!deck.statesKinds)
    #expect(deck.kinds == nil)
    #expect(deck.facts.allSatisfy { deck.kinds(for: $0) == nil })
  }

  @Test("one kind alone is a list of one")
  func oneKind() throws {
    let deck = try Self.load(
      PlanetsDeckText.yaml.replacingOccurrences(of: "kinds: [choice]", with: "kinds: choice"))
    #expect(deck.entityClass("moon")?.kinds == [.choice])
  }

  @Test(
    "reverse: false is kept apart from the wording, which stays; a relation asks back by default")
  func reverse() throws {
    let deck = try Self.load()
    let moons = try #require(deck.relation("has-moon"))
    #expect(!moons.makesReverse)
    #expect(moons.askReverse == "Which planet does {object} orbit?")
    #expect(deck.relation("planet-type")?.makesReverse == true)
  }

  @Test("requires: is read on facts, quantities and cards, one id or a list, in the order written")
  func readsRequirements() throws {
    let deck = try Self.load()
    #expect(try Self.fact("mars-moons", in: deck).requires == ["earth-moon"])
    #expect(try Self.fact("earth-moon", in: deck).requires == [])
    #expect(deck.quantities.first?.requires == ["gas-giant"])
    #expect(deck.cards.first?.requires == ["mercury-type"])
  }

  @Test("a requirement given twice counts once")
  func repeatedRequirement() throws {
    let deck = try Self.load(
      PlanetsDeckText.yaml.replacingOccurrences(
        of: "requires: [earth-moon]", with: "requires: [earth-moon, rocky, earth-moon]"))
    #expect(try Self.fact("mars-moons", in: deck).requires == ["earth-moon", "rocky"])
  }

  @Test("a longer cycle is named step by step, from the requirement that closes it")
  func longerCycle() throws {
    let yaml = PlanetsDeckText.yaml
      .replacingOccurrences(
        of: "    object: the-moon\n", with: "    object: the-moon\n    requires: planet-count\n"
      )
      .replacingOccurrences(of: "requires: gas-giant", with: "requires: [gas-giant, mars-moons]")
    let errors = try DeckLoader.diagnose(yaml: yaml, file: PlanetsDeckText.file, deckID: "planets")
      .diagnostics.filter { $0.severity == .error }
    #expect(
      errors.map(\.message) == [
        "a cycle of requirements: 'planet-count' requires 'mars-moons', which requires "
          + "'earth-moon', which requires 'planet-count'; one of them must go"
      ])
    let expected = try #require(SyntheticDeck.position(of: "mars-moons]", in: yaml))
    #expect(errors.first?.location.line == expected.line)
    #expect(errors.first?.location.column == expected.column)
  }

  @Test(
    "a mistake in kinds, reverse or requires is one error where it is written",
    arguments: TeachingMistake.all)
  func reportsOneLocatedError(_ mistake: BrokenDeck) throws {
    #expect(PlanetsDeckText.yaml.components(separatedBy: mistake.original).count == 2)
    let yaml = mistake.yaml
    let expected = try #require(SyntheticDeck.position(of: mistake.pointsAt, in: yaml))
    let diagnostics: [DeckDiagnostic]
    do {
      diagnostics =
        try DeckLoader.diagnose(yaml: yaml, file: PlanetsDeckText.file, deckID: "planets")
        .diagnostics
    } catch {
      diagnostics = error.diagnostics
    }
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(errors.map(\.description))")
    let error = try #require(errors.first)
    #expect(error.message.contains(mistake.message), "\(error.message)")
    #expect(error.location.file == PlanetsDeckText.file)
    #expect(error.location.line == expected.line, "\(error)")
    #expect(error.location.column == expected.column, "\(error)")
  }
}
