import Foundation
import Knowledge
import Testing

@testable import Cards

/// The rules a careful editor and a teacher of any subject hold generated cards to, checked as properties of
/// every card of the built-in decks, the synthetic deck and the planets deck (`WordingDeck`).
@Suite("Generated wording: properties")
struct CardGeneratorWordingTests {
  /// A class's forms in lower case: name and plural, and their head nouns ("test"/"tests" of "lab test";
  /// "kind"/"kinds" of "kind of deposit").
  struct ClassForms {
    let singular: [String]
    let plural: [String]

    init(_ entityClass: EntityClass) {
      func head(_ name: String) -> String {
        let words = name.lowercased().split(separator: " ")
        return (words.firstIndex(of: "of").map { words[..<$0] } ?? words.suffix(1))
          .joined(separator: " ")
      }
      singular = [entityClass.name.lowercased(), head(entityClass.name)]
      plural = [entityClass.plural.lowercased(), head(entityClass.plural)]
    }
  }

  /// The forms of the class of each entity, by display name (for the options and answers of cards).
  static func formsByName(_ deck: Deck) -> [String: ClassForms] {
    var forms: [String: ClassForms] = [:]
    for entity in deck.entities {
      if let entityClass = deck.entityClass(entity.classID) {
        forms[entity.name] = ClassForms(entityClass)
      }
    }
    return forms
  }

  /// Whether `prompt` asks "which/what <form>" followed by a space or the end of a word.
  static func asks(_ prompt: String, for forms: [String]) -> Bool {
    let lower = prompt.lowercased()
    return forms.contains { form in
      ["which ", "what "].contains { word in
        [" ", "?", ","].contains { lower.contains(word + form + $0) }
      }
    }
  }

  /// The verb after "which <form>" (past adverbs), when `prompt` opens with that phrase.
  static func verb(after forms: [String], in prompt: String) -> String? {
    let lower = prompt.lowercased()
    for form in forms.sorted(by: { $0.count > $1.count }) {
      for word in ["which ", "what "] where lower.hasPrefix(word + form + " ") {
        let words = lower.dropFirst(word.count + form.count + 1).split(separator: " ")
        return words.first { !($0.count > 3 && $0.hasSuffix("ly")) }.map(String.init)
      }
    }
    return nil
  }

  @Test(
    "a card with one right answer asks for one: a singular stem, a singular verb, no '(name …)'",
    arguments: WordingDeck.allCases)
  func oneAnswerOneQuestion(_ source: WordingDeck) throws {
    let deck = try source.load()
    let forms = Self.formsByName(deck)
    let handwritten = Set(deck.cards.map(\.id))
    for card in try source.cards() {
      let shows = !card.choices.isEmpty
      #expect(!(shows && card.prompt.contains("(name")), "\(card.id): \(card.prompt)")
      // A hand-written prompt is the teacher's own sentence.
      guard !handwritten.contains(card.siblingKey),
        case .choice(let options, let correct) = card.key, let answer = forms[options[correct]]
      else { continue }
      #expect(!Self.asks(card.prompt, for: answer.plural), "\(card.id): \(card.prompt)")
      if let verb = Self.verb(after: answer.singular, in: card.prompt) {
        let singular =
          verb.hasSuffix("s")
          || ["can", "could", "may", "must", "should", "will"]
            .contains(verb)
        #expect(singular, "\(card.id): “\(verb)” after a singular stem: \(card.prompt)")
      }
    }
  }

  @Test(
    "a card that wants several answers asks for several: a plural stem, or 'Name one …'",
    arguments: WordingDeck.allCases)
  func severalAnswersPluralQuestion(_ source: WordingDeck) throws {
    let deck = try source.load()
    let forms = Self.formsByName(deck)
    for card in try source.cards() {
      let answers: [String]
      switch card.key {
      case .select(let options, let correct): answers = correct.map { options[$0] }
      case .list(let items): answers = items.compactMap(\.first)
      case .typed(let accepted, let entities) where entities.count > 1 && card.kind == .recall:
        answers = accepted
      default: continue
      }
      guard let answer = answers.lazy.compactMap({ forms[$0] }).first else { continue }
      #expect(!Self.asks(card.prompt, for: answer.singular), "\(card.id): \(card.prompt)")
    }
  }

  @Test(
    "a definition question never names its class twice ('Which disease is a disease that …')",
    arguments: WordingDeck.allCases)
  func noClassTwice(_ source: WordingDeck) throws {
    let deck = try source.load()
    let nouns = Set(deck.classes.flatMap { ClassForms($0).singular } + ["one"])
    for card in try source.cards() {
      let prompt = card.prompt.lowercased()
      for noun in nouns {
        for article in ["a", "an", "the"] {
          for pronoun in ["that", "which", "who"] {
            #expect(
              !prompt.contains(" is \(article) \(noun) \(pronoun) "), "\(card.id): \(card.prompt)")
          }
        }
      }
    }
  }

  @Test(
    "every choice and select card explains each wrong option it shows",
    arguments: WordingDeck.allCases)
  func wrongOptionsExplained(_ source: WordingDeck) throws {
    let deck = try source.load()
    let handwritten = Set(deck.cards.map(\.id))
    var explained = 0
    for card in try source.cards() where !handwritten.contains(card.siblingKey) {
      let wrong: [String]
      switch card.key {
      case .choice(let options, let correct):
        wrong = options.indices.filter { $0 != correct }.map { options[$0] }
      case .select(let options, let correct):
        wrong = options.indices.filter { !correct.contains($0) }.map { options[$0] }
      default: continue
      }
      for option in wrong {
        #expect(
          card.explanation.lowercased().contains(option.lowercased()),
          "\(card.id) does not say why “\(option)” is wrong: \(card.explanation)")
      }
      explained += 1
    }
    #expect(explained > 0 || source == .planets)
  }

  @Test(
    "no unit asks for the same typed answer twice (a cloze of its own question's sentence)",
    arguments: WordingDeck.allCases)
  func noRepeatedPresentation(_ source: WordingDeck) throws {
    let cards = try source.cards()
    let byUnit = Dictionary(grouping: cards, by: \.unit)
    for (unit, presentations) in byUnit {
      let typed = presentations.compactMap { card -> Set<String>? in
        guard case .typed(let accepted, _) = card.key else { return nil }
        return Set(accepted.map(AnswerText.normalize))
      }
      #expect(Set(typed).count == typed.count, "\(unit) asks for the same answer twice")
    }
  }

  @Test(
    "a qualifier is part of the sentence, never a bracket, and never on a false statement",
    arguments: WordingDeck.allCases)
  func qualifiersInTheStem(_ source: WordingDeck) throws {
    let deck = try source.load()
    let cards = try source.cards()
    for fact in deck.facts {
      guard let qualifier = fact.qualifier else { continue }
      for card in cards where card.unit.rawValue == fact.id {
        #expect(!card.prompt.contains("(\(qualifier))"), "\(card.id): \(card.prompt)")
        if card.key == .trueFalse(false) {
          #expect(!card.prompt.contains(qualifier), "\(card.id): \(card.prompt)")
        }
      }
    }
  }

  @Test(
    "a false statement names another subject's answer where there is one, and never a class's namesake",
    arguments: WordingDeck.allCases)
  func plausibleFalseStatements(_ source: WordingDeck) throws {
    let deck = try source.load()
    for card in try source.cards() where card.key == .trueFalse(false) {
      guard let fact = deck.facts.first(where: { $0.id == card.unit.rawValue }),
        let relation = deck.relation(fact.relation)
      else { continue }
      let subjectFacts = deck.facts.filter {
        $0.subject == fact.subject && $0.relation == relation.id
      }
      let trueObjects = Set(subjectFacts.flatMap(\.objects))
      func overlapsTrue(_ id: String) -> Bool {
        trueObjects.contains { deck.overlap(id, $0) }
      }
      let others = deck.facts.filter { $0.relation == relation.id && $0.subject != fact.subject }
      let otherAnswers = Set(others.flatMap(\.objects)).filter {
        !trueObjects.contains($0) && !overlapsTrue($0) && $0 != fact.subject
      }
      // The object the statement names: the longest name of an object-class entity in it.
      let candidates = deck.entities.filter {
        relation.objectClasses.contains($0.classID) && card.prompt.contains($0.name)
          && $0.id != fact.subject
      }
      guard let object = candidates.max(by: { $0.name.count < $1.name.count }) else {
        Issue.record("\(card.id): no object found in “\(card.prompt)”")
        continue
      }
      if !otherAnswers.isEmpty {
        #expect(otherAnswers.contains(object.id), "\(card.id): \(card.prompt)")
      }
      if let entityClass = deck.entityClass(object.classID) {
        let classTexts = [entityClass.name, entityClass.plural].map(AnswerText.normalize)
        #expect(
          !object.acceptedTexts.map(AnswerText.normalize).contains(where: classTexts.contains),
          "\(card.id): “\(object.name)” reads as any \(entityClass.name)")
      }
    }
  }

  @Test(
    "every sentence a learner reads starts with a capital: prompts, explanations, entity descriptions",
    arguments: WordingDeck.allCases)
  func capitals(_ source: WordingDeck) throws {
    func startsWell(_ text: String) -> Bool {
      guard let start = text.firstIndex(where: { !"\"'(“‘ ".contains($0) }) else { return true }
      let word = text[start...].prefix { $0.isLetter }
      // A name spelt with a capital inside ("pH", "mRNA") keeps its small first letter.
      return !text[start].isLowercase || word.dropFirst().contains(where: \.isUppercase)
    }
    let deck = try source.load()
    for card in try source.cards() {
      #expect(startsWell(card.prompt), "\(card.id): \(card.prompt)")
      #expect(startsWell(card.explanation), "\(card.id): \(card.explanation)")
    }
    for (id, description) in EntityDescriptions.make(deck: deck) {
      #expect(startsWell(description), "\(id): \(description)")
    }
  }

  /// The planets deck with a statement that says nothing but "is a", asked as a cloze and true/false.
  static let bareStatement = CardGeneratorKindsTests.withoutKinds
    .replacingOccurrences(
      of: "statement: '{subject} belongs to the {object}s.'",
      with: "statement: '{subject} is a {object}.'"
    )
    .replacingOccurrences(
      of: "# kinds: [recall, choice, truefalse]", with: "kinds: [cloze, truefalse]")

  @Test("a cloze says what its blank stands for: never “Mercury is a _____.”")
  func clozeTellsItsBlank() throws {
    let sources =
      try WordingDeck.allCases.map { try $0.load() } + [WordingDeck.planets(Self.bareStatement)]
    let function: Set<String> = [
      "a", "an", "the", "is", "are", "was", "were", "be", "of", "to", "in", "on", "and", "or",
    ]
    for deck in sources {
      let facts = Dictionary(deck.facts.map { ($0.id, $0) }) { first, _ in first }
      for card in CardGenerator(deck: deck).generate() where card.kind == .cloze {
        guard let fact = facts[card.unit.rawValue] else { continue }
        let subject = deck.entity(fact.subject)?.name ?? fact.subject
        let rest = card.prompt.lowercased().replacingOccurrences(
          of: subject.lowercased(), with: " "
        )
        .replacingOccurrences(of: "_____", with: " ")
        let words = rest.split { !$0.isLetter }.map(String.init)
        #expect(words.contains { !function.contains($0) }, "\(card.id): \(card.prompt)")
      }
    }
  }

  /// Two planets and their moons; the only moon Jupiter lacks is Earth's, named as its class.
  static let namesakeMoon = """
    deck:
      title: Moons
      version: 1
      source: {title: Notes, sections: [Moons]}
    classes:
      planet: {name: planet}
      moon: {name: moon}
    entities:
      earth: {class: planet, name: Earth}
      jupiter: {class: planet, name: Jupiter}
      the-moon: {class: moon, name: the Moon, aliases: [Moon]}
      io: {class: moon, name: Io}
      europa: {class: moon, name: Europa}
    relations:
      has-moon:
        subject: planet
        object: moon
        ask: Which moons orbit {subject}?
        statement: '{object} orbits {subject}.'
    facts:
      - {id: earth-moon, subject: earth, relation: has-moon, object: the-moon, section: Moons,
         explanation: Earth has one moon.}
      - {id: jupiter-moons, subject: jupiter, relation: has-moon, objects: [io, europa], section: Moons,
         explanation: Io and Europa orbit Jupiter.}

    """

  @Test(
    "no false statement swaps in an entity named as its class: never “The Moon orbits Jupiter.”")
  func noNamesake() throws {
    let deck = try DeckLoader.load(yaml: Self.namesakeMoon, file: "moons.yaml", deckID: "moons")
    let cards = CardGenerator(deck: deck).generate()
    #expect(!cards.contains { $0.prompt == "The Moon orbits Jupiter." })
    #expect(
      cards.contains { $0.key == .trueFalse(true) && $0.prompt.hasSuffix(" orbits Jupiter.") },
      "the true statement stays")
  }
}
