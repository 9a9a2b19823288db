import Foundation
import Knowledge
import TestSupport
import Testing

@testable import Cards

/// The generator's interned model answers what `Deck` answers, by index instead of by id.
@Suite("CardGenerator.Model")
struct CardGeneratorModelTests {
  static let decks: [String] = ["synthetic", "real"]

  static func deck(_ name: String) throws -> Deck {
    name == "synthetic" ? try SyntheticDeck.load() : try realDeck()
  }

  @Test("lookups by index agree with the deck's lookups by id", arguments: decks)
  func lookupsAgree(_ name: String) throws {
    let deck = try Self.deck(name)
    let model = CardGenerator(deck: deck).model
    func ids(_ members: [Int32]?) -> [String] { (members ?? []).map { model.ids[Int($0)] } }
    for (relationIndex, relation) in deck.relations.enumerated() {
      for entity in deck.entities {
        guard let index = model.indexByID[entity.id] else {
          Issue.record("\(entity.id) has no index")
          continue
        }
        let key = model.key(index, relationIndex)
        #expect(
          Set(ids(model.objectsOfSubject[key]?.members))
            == deck.objects(of: entity.id, under: relation.id))
        #expect(
          (model.objectsOfSubject[key] != nil) == deck.describes(entity.id, under: relation.id))
        #expect(
          Set(ids(model.subjectsOfObject[key])) == deck.subjects(of: entity.id, under: relation.id))
        #expect(
          (model.factsAboutObject[key] ?? []).map { deck.facts[Int($0)].id }
            == deck.facts(about: entity.id, under: relation.id).map(\.id))
        // Distinct and in id order, as `sorted()` would put them.
        let objects = ids(model.objectsOfSubject[key]?.members)
        #expect(objects == Array(Set(objects)).sorted())
      }
    }
    for entity in deck.entities {
      #expect(
        model.firstFact(mentioning: entity.id)?.id == deck.firstFact(mentioning: entity.id)?.id)
    }
  }

  @Test("overlaps and shared texts are found from either side", arguments: decks)
  func overlapsAndSharedTexts(_ name: String) throws {
    let deck = try Self.deck(name)
    let model = CardGenerator(deck: deck).model
    let marks = CardGenerator.Marks(count: model.ids.count)
    let normalized = deck.entities.map { Set($0.acceptedTexts.map(AnswerText.normalize)) }
    for (index, entity) in deck.entities.enumerated() {
      let overlappedBy = Set(model.overlappedBy[index].map { model.ids[Int($0)] })
      #expect(
        overlappedBy == Set(deck.entities.filter { $0.overlaps.contains(entity.id) }.map(\.id)))
      // textsDiffer against every other entity alone, both ways of walking the lists.
      for other in deck.entities.indices where other != index {
        marks.replace(with: [Int32(other)])
        let differ = normalized[index].isDisjoint(with: normalized[other])
        #expect(model.textsDiffer(Int32(index), from: [Int32(other)], marks: marks) == differ)
      }
    }
  }

  @Test("the leak filter finds exactly what a plain search finds", arguments: decks)
  func leakFilter(_ name: String) throws {
    let deck = try Self.deck(name)
    let generator = CardGenerator(deck: deck)
    let prompts =
      generator.generate().map(\.prompt).prefix(200)
      + deck.entities.map { "What is \($0.name)?" }
    let texts = deck.entities.map { Set($0.acceptedTexts.map(AnswerText.normalize)) }
    for prompt in prompts {
      let normal = " " + AnswerText.normalize(prompt) + " "
      for index in deck.entities.indices {
        let expected = texts[index].contains { text in
          text.utf8.count > 2 && normal.contains(" " + text + " ")
        }
        #expect(generator.leaks(prompt, answers: [Int32(index)]) == expected, "\(prompt)")
      }
    }
  }

  @Test("marks hold exactly the last members given")
  func marks() {
    let marks = CardGenerator.Marks(count: 5)
    #expect(!(0..<5).contains { marks.contains(Int32($0)) })
    marks.replace(with: [1, 3])
    #expect((0..<5).filter { marks.contains(Int32($0)) } == [1, 3])
    marks.replace(with: [4])
    #expect((0..<5).filter { marks.contains(Int32($0)) } == [4])
    marks.replace(with: [])
    #expect(!(0..<5).contains { marks.contains(Int32($0)) })
  }

  @Test("a deck built in code may name entities it does not declare")
  func undeclaredEntities() throws {
    let deck = try SyntheticDeck.load()
    var facts = deck.facts
    facts[0].objects.append("not-declared")
    let changed = Deck(
      id: deck.id, title: deck.title, version: deck.version, source: deck.source,
      classes: deck.classes, entities: deck.entities, relations: deck.relations, facts: facts,
      quantities: deck.quantities, cards: deck.cards)
    let model = CardGenerator(deck: changed).model
    let index = try #require(model.indexByID["not-declared"])
    #expect(model.names[Int(index)] == "not-declared")
    #expect(model.accepted[Int(index)].isEmpty)
    #expect(!model.isTypeable[Int(index)])
    let cards = CardGenerator(deck: changed).generate()
    #expect(cards.contains { $0.answer.contains("not-declared") })
  }
}
