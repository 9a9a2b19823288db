import Knowledge
import Testing

@testable import Cards

/// A subject's objects under one relation split over several facts (the deck guide allows it: "Recall
/// combines them"). The questions of their shared answer are asked once, by the fact with the least id, for
/// every object; each fact keeps its own statements.
@Suite("CardGenerator: facts that share a question")
struct SharedQuestionTests {
  /// Two facts about a minor burn's first step (the second written first), one about a scald; five actions.
  /// `statement`: whether the relation has a statement (without one, a fact gives no statement cards).
  static func yaml(statement: Bool = true, kinds: String? = nil) -> String {
    """
    deck:
      title: Burns
      version: 1
      source: {title: Notes, sections: [Cooling]}
    \(kinds.map { "  kinds: [\($0)]\n" } ?? "")classes:
      injury: {name: injury}
      action: {name: action}
    entities:
      minor-burn: {class: injury, name: minor burn}
      scald: {class: injury, name: scald}
      cool-water: {class: action, name: cool running water, aliases: [running water]}
      cling-film: {class: action, name: cling film}
      ice: {class: action, name: ice}
      butter: {class: action, name: butter}
      toothpaste: {class: action, name: toothpaste}
      cotton-wool: {class: action, name: cotton wool}
    relations:
      first-step:
        subject: injury
        object: action
        ask: What is a first step for a {subject}?
    \(statement ? "    statement: \"A first step for a {subject} is {object}.\"\n" : "")facts:
      - {id: minor-cover, subject: minor-burn, relation: first-step, objects: [cling-film], section: Cooling, explanation: Cover it loosely with cling film.}
      - {id: minor-cool, subject: minor-burn, relation: first-step, objects: [cool-water], section: Cooling, explanation: Cool it under running water for 20 minutes.}
      - {id: scald-cool, subject: scald, relation: first-step, objects: [cool-water], section: Cooling, explanation: A scald is cooled the same way.}
    """
  }

  static func deck(_ yaml: String = yaml()) throws -> Deck {
    try DeckLoader.load(yaml: yaml, file: "burns.yaml", deckID: "burns")
  }

  static func cards(_ yaml: String = yaml()) throws -> [Card] {
    CardGenerator(deck: try deck(yaml)).generate()
  }

  @Test(
    "the question of the shared answer is asked once, by the fact with the least id, for both objects"
  )
  func askedOnce() throws {
    let cards = try Self.cards()
    let minorQuestions = cards.filter {
      $0.prompt.hasPrefix("What is a first step for a minor burn?")
    }
    #expect(
      minorQuestions.map(\.id.rawValue).sorted() == [
        "minor-cool.choice.forward", "minor-cool.list.forward", "minor-cool.recall.forward",
        "minor-cool.select.forward",
      ])
    let recall = try #require(minorQuestions.first { $0.kind == .recall })
    #expect(recall.prompt == "What is a first step for a minor burn? (name one)")
    #expect(recall.answer == "cool running water and cling film")
    #expect(Set(recall.acceptedTexts).isSuperset(of: ["cool running water", "cling film"]))
    let list = try #require(minorQuestions.first { $0.kind == .list })
    #expect(list.answer == "cool running water and cling film")
  }

  @Test("the other fact keeps its own statements, with its own explanation")
  func statementsStay() throws {
    let cards = try Self.cards().filter { $0.siblingKey == "minor-cover" }
    #expect(cards.map(\.kind) == [.truefalse, .truefalse])
    #expect(
      cards.map(\.id.rawValue) == ["minor-cover.truefalse.true", "minor-cover.truefalse.false"])
    #expect(cards[0].prompt == "A first step for a minor burn is cling film.")
    #expect(cards.allSatisfy { $0.explanation.hasPrefix("Cover it loosely with cling film.") })
  }

  @Test("the other fact's unit is its statements, and teaches its true one")
  func otherUnitLesson() throws {
    let units = CardGenerator(deck: try Self.deck(), seed: 1).units()
    let cover = try #require(units.first { $0.id.rawValue == "minor-cover" })
    #expect(cover.ladder.allSatisfy { $0.kind == .truefalse })
    #expect(cover.lesson == "A first step for a minor burn is cling film.")
    let cool = try #require(units.first { $0.id.rawValue == "minor-cool" })
    #expect(cool.lesson.contains("cool running water and cling film"))
  }

  @Test("a shared question explains with every fact's explanation, the asking fact's first")
  func explanations() throws {
    let cards = try Self.cards()
    let recall = try #require(cards.first { $0.id.rawValue == "minor-cool.recall.forward" })
    #expect(
      recall.explanation
        == "Cool it under running water for 20 minutes. Cover it loosely with cling film.")
    let statement = try #require(cards.first { $0.id.rawValue == "minor-cool.truefalse.true" })
    #expect(statement.explanation == "Cool it under running water for 20 minutes.")
  }

  /// A third fact about a minor burn's first step, written between the other two.
  static let dressing =
    "  - {id: minor-dress, subject: minor-burn, relation: first-step, objects: [dressing], section: Cooling, explanation: Then a clean dressing.}\n"

  /// The deck with `dressing` and its entity, and its facts in the order given by `order` (indices of the
  /// four facts: minor-cover, minor-dress, minor-cool, scald-cool).
  static func threeFacts(order: [Int]) throws -> String {
    let text = yaml().replacingOccurrences(
      of: "  cotton-wool:",
      with: "  dressing: {class: action, name: clean dressing}\n  cotton-wool:")
    let start = try #require(text.range(of: "facts:\n")).upperBound
    var facts = text[start...].split(separator: "\n", omittingEmptySubsequences: true).map {
      $0 + "\n"
    }
    facts.insert(Substring(dressing), at: 1)
    return String(text[..<start]) + order.map { String(facts[$0]) }.joined()
  }

  @Test("reordering the facts changes no card: not its id, question, answer or explanation")
  func orderIndependent() throws {
    // Each card by id, without its place in the file (the one thing a reordering must change).
    func cards(_ order: [Int]) throws -> [String: Card] {
      var found: [String: Card] = [:]
      for var card in try Self.cards(try Self.threeFacts(order: order)) {
        card.location = nil
        found[card.id.rawValue] = card
      }
      return found
    }
    let before = try cards([0, 1, 2, 3])
    for order in [[2, 1, 0, 3], [3, 2, 0, 1], [1, 3, 2, 0]] {
      #expect(try cards(order) == before, "order \(order)")
    }
    let recall = try #require(before["minor-cool.recall.forward"])
    #expect(recall.answer == "cool running water, cling film and clean dressing")
    #expect(
      recall.explanation
        == "Cool it under running water for 20 minutes. Cover it loosely with cling film. "
        + "Then a clean dressing.")
  }

  @Test("the facts come out the same when many facts stand between them (other runs, other cores)")
  func acrossRuns() throws {
    let text = Self.yaml()
    let between = (0..<1_200).map { index in
      "  - {id: filler-\(index), subject: scald, relation: first-step, objects: [cool-water], "
        + "qualifier: in case \(index), section: Cooling, explanation: Filler.}\n"
    }.joined()
    let cool = "  - {id: minor-cool,"
    let padded = text.replacingOccurrences(of: cool, with: between + cool)
    #expect(padded.count > text.count)
    // Without their places in the file, which the facts between them move.
    func minorCards(_ text: String) throws -> [Card] {
      try Self.cards(text).filter { $0.siblingKey.hasPrefix("minor-") }.map { card in
        var card = card
        card.location = nil
        return card
      }
    }
    #expect(try minorCards(padded) == minorCards(text))
    #expect(try minorCards(text).count == 8)
  }

  @Test("the choice's answer may be any fact's object, not only the asking fact's")
  func choiceAnswer() throws {
    var answers: Set<String> = []
    // The answer is chosen by the card's id: other ids, other choices.
    for suffix in 0..<24 {
      let text = Self.yaml().replacingOccurrences(of: "id: minor-", with: "id: m\(suffix)-")
      let choice = try #require(
        try Self.cards(text).first { $0.kind == .choice && $0.prompt.contains("minor burn") })
      answers.insert(choice.answer)
    }
    #expect(answers == ["cool running water", "cling film"])
  }

  @Test(
    "whether the typed question is made depends on every shared object, as for one fact with both")
  func typedAsForOneFact() throws {
    let long = Self.yaml().replacingOccurrences(
      of: "cool-water: {class: action, name: cool running water, aliases: [running water]}",
      with: "cool-water: {class: action, name: cool the burn under cold running tap water}")
    let cards = try Self.cards(long)
    #expect(!cards.contains { $0.kind == .recall && $0.prompt.contains("minor burn") })
    #expect(cards.contains { $0.id.rawValue == "minor-cool.choice.forward" })
    let merged = long.replacingOccurrences(
      of: "objects: [cool-water], section: Cooling, explanation: Cool it",
      with: "objects: [cool-water, cling-film], section: Cooling, explanation: Cool it")
    let one = try Self.cards(merged)
    #expect(!one.contains { $0.kind == .recall && $0.prompt.contains("minor burn") })
    let diagnostics = DeckLinter.lint(try Self.deck(long))
    #expect(!diagnostics.contains { $0.message.contains("'minor-cover'") }, "\(diagnostics)")
  }

  @Test("lint finds no clash between the facts, and no fact without a card")
  func lintsClean() throws {
    for statement in [true, false] {
      let diagnostics = DeckLinter.lint(try Self.deck(Self.yaml(statement: statement)))
      #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
      #expect(!diagnostics.contains { $0.message.contains("gives no card") }, "\(diagnostics)")
      #expect(!diagnostics.contains { $0.message.contains("'minor-cover'") }, "\(diagnostics)")
    }
    // Without a statement the fact gives no card of its own: its object is asked by the other's questions.
    let cards = try Self.cards(Self.yaml(statement: false))
    #expect(!cards.contains { $0.siblingKey == "minor-cover" })
  }

  @Test("with kinds that leave the other fact no statement, it is not reported as unaskable")
  func kindsWithoutStatements() throws {
    let yaml = Self.yaml(kinds: "recall, choice")
    let diagnostics = DeckLinter.lint(try Self.deck(yaml))
    #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
    let cards = try Self.cards(yaml)
    #expect(cards.contains { $0.id.rawValue == "minor-cool.recall.forward" })
    #expect(!cards.contains { $0.siblingKey == "minor-cover" })
  }

  @Test("a fact with a qualifier still asks its own question")
  func qualifiedStaysApart() throws {
    let qualified = Self.yaml().replacingOccurrences(
      of: "objects: [cling-film], section",
      with: "objects: [cling-film], qualifier: once cooled, section")
    let cards = try Self.cards(qualified)
    #expect(cards.contains { $0.id.rawValue == "minor-cover.recall.forward" })
    #expect(cards.contains { $0.id.rawValue == "minor-cool.recall.forward" })
    let recall = try #require(cards.first { $0.id.rawValue == "minor-cool.recall.forward" })
    #expect(recall.answer == "cool running water")
  }
}
