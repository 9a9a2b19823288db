import TestSupport
import Testing

@testable import Knowledge

@Suite("Deck")
struct DeckTests {
  let deck: Deck

  init() throws { deck = try SyntheticDeck.load() }

  @Test("an overlap declared on one entity is recorded on both")
  func overlapsAreMerged() throws {
    #expect(deck.entity("systemic-sclerosis")?.overlaps == ["crest"])
    #expect(deck.entity("crest")?.overlaps == ["systemic-sclerosis"], "declared only on the other")
    #expect(deck.entity("around-joints")?.overlaps == ["elbows", "knees", "fingers"])
    #expect(deck.entity("elbows")?.overlaps == ["around-joints"])
    #expect(deck.entity("forearms")?.overlaps == [])
    #expect(deck.overlap("crest", "systemic-sclerosis"))
    #expect(deck.overlap("knees", "around-joints"))
    #expect(!deck.overlap("knees", "elbows"), "overlap is not transitive")
    #expect(deck.overlap("gout", "gout"), "an entity overlaps itself")
    #expect(!deck.overlap("gout", "no-such-entity"))
  }

  @Test("overlap is symmetric for every pair of entities", arguments: ["synthetic", "real"])
  func overlapIsSymmetric(_ which: String) throws {
    let deck =
      try which == "synthetic"
      ? self.deck
      : DeckLoader.load(yaml: realDeckText(), file: "calcinosis-cutis.yaml", deckID: "real")
    for first in deck.entities {
      for second in deck.entities {
        #expect(
          deck.overlap(first.id, second.id) == deck.overlap(second.id, first.id),
          "\(first.id) / \(second.id)")
      }
    }
  }

  @Test("objects(of:under:) gives every object of a subject under a relation")
  func objectsOfSubject() {
    #expect(
      deck.objects(of: "systemic-sclerosis", under: "lesion-site") == [
        "forearms", "elbows", "fingers",
      ])
    #expect(deck.objects(of: "crest", under: "lesion-site") == ["fingers"])
    #expect(
      deck.objects(of: "dermatomyositis", under: "treated-by") == ["diltiazem", "colchicine"])
    #expect(deck.objects(of: "systemic-sclerosis", under: "treated-by") == ["diltiazem"])
    #expect(deck.objects(of: "systemic-sclerosis", under: "imaged-by") == [])
    #expect(deck.objects(of: "scleredema", under: "lesion-site") == [])
    #expect(deck.objects(of: "forearms", under: "lesion-site") == [], "objects are not subjects")
  }

  @Test("objects(of:under:) merges the facts one subject has under one relation")
  func objectsAcrossFacts() throws {
    let extra = """
        - id: ssc-more-sites
          subject: systemic-sclerosis
          relation: lesion-site
          object: knees
          section: Signs
          explanation: Knees too.

      """
    let deck = try SyntheticDeck.load(SyntheticDeck.yaml(facts: SyntheticDeck.facts + [extra]))
    #expect(
      deck.objects(of: "systemic-sclerosis", under: "lesion-site") == [
        "forearms", "elbows", "fingers", "knees",
      ])
    #expect(deck.subjects(of: "knees", under: "lesion-site") == ["gout", "systemic-sclerosis"])
  }

  @Test("subjects(of:under:) gives every subject linked to an object")
  func subjectsOfObject() {
    #expect(deck.subjects(of: "fingers", under: "lesion-site") == ["systemic-sclerosis", "crest"])
    #expect(deck.subjects(of: "face", under: "lesion-site") == ["sle"])
    #expect(
      deck.subjects(of: "diltiazem", under: "treated-by") == [
        "systemic-sclerosis", "dermatomyositis",
      ])
    #expect(deck.subjects(of: "colchicine", under: "treated-by") == ["dermatomyositis", "gout"])
    #expect(deck.subjects(of: "mri", under: "imaged-by") == [])
    #expect(deck.subjects(of: "fingers", under: "treated-by") == [])
  }

  @Test("describes tells whether the model lists a subject's objects under a relation at all")
  func describes() {
    #expect(deck.describes("systemic-sclerosis", under: "lesion-site"))
    #expect(deck.describes("gout", under: "treated-by"))
    #expect(deck.describes("dermatomyositis", under: "imaged-by"))
    #expect(!deck.describes("systemic-sclerosis", under: "imaged-by"))
    #expect(!deck.describes("scleredema", under: "lesion-site"), "an entity no fact mentions")
    #expect(
      !deck.describes("fingers", under: "lesion-site"), "an object is not described as a subject")
    #expect(!deck.describes("gout", under: "no-such-relation"))
  }

  @Test("lookups by id find what is declared and nothing else")
  func lookups() {
    #expect(deck.entity("mri")?.name == "MRI")
    #expect(deck.entity("MRI") == nil, "ids are not names")
    #expect(deck.entityClass("imaging")?.name == "imaging study")
    #expect(deck.entityClass("drug") == nil)
    #expect(deck.relation("treated-by")?.subjectClasses == ["disease"])
    #expect(deck.relation("treats") == nil)
  }

  @Test("entities(inClasses:) lists the entities of those classes in file order")
  func entitiesInClasses() {
    #expect(deck.entities(inClasses: ["imaging"]).map(\.id) == ["x-ray", "mri", "ct-scan"])
    #expect(
      deck.entities(inClasses: ["imaging", "disease"]).map(\.id) == [
        "systemic-sclerosis", "crest", "dermatomyositis", "sle", "gout", "scleredema", "sjogren",
        "x-ray", "mri", "ct-scan",
      ])
    #expect(deck.entities(inClasses: []).isEmpty)
  }

  @Test("a deck made in code answers its lookups from the collections it was made with")
  func madeInCode() {
    var renamed = deck.entities
    renamed[0].name = "renamed"
    renamed.append(renamed[1])
    renamed[renamed.count - 1].name = "declared twice"
    let made = Deck(
      id: deck.id, title: deck.title, version: deck.version, source: deck.source,
      classes: Array(deck.classes.dropFirst()), entities: renamed, relations: deck.relations,
      facts: deck.facts, quantities: deck.quantities, cards: deck.cards)
    #expect(made.entity(renamed[0].id)?.name == "renamed")
    #expect(made.entity(renamed[1].id)?.name == "declared twice", "the last declaration wins")
    #expect(made.entityClass(deck.classes[0].id) == nil)
    #expect(made.entityClass(deck.classes[1].id) == deck.classes[1])
    #expect(deck.entity(renamed[0].id)?.name != "renamed", "the deck it came from is unchanged")
  }
}
