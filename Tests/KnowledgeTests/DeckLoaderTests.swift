import Foundation
import TestSupport
import Testing

@testable import Knowledge

/// One edit that breaks the synthetic deck, and the diagnostic it must produce.
struct BrokenDeck: Sendable, CustomTestStringConvertible {
  /// What the edit breaks, in words.
  let name: String
  /// The text replaced (must occur in the deck).
  let original: String
  /// The text put in its place.
  let replacement: String
  /// A fragment the message must contain.
  let message: String
  /// A text in the edited deck whose first character is where the diagnostic must point.
  let pointsAt: String

  /// The deck text the edit is made in: the synthetic deck unless another is given.
  var base: String = SyntheticDeck.yaml

  var testDescription: String { name }

  /// The edited deck text.
  var yaml: String { base.replacingOccurrences(of: original, with: replacement) }
}

extension BrokenDeck {
  static let all: [BrokenDeck] = [
    BrokenDeck(
      name: "a deck version that is not a whole number", original: "version: 3",
      replacement: "version: three", message: "the deck version must be a whole number",
      pointsAt: "three"),
    BrokenDeck(
      name: "an unknown class for an entity", original: "class: imaging\n    name: MRI",
      replacement: "class: scanner\n    name: MRI", message: "unknown class 'scanner'",
      pointsAt: "scanner"),
    BrokenDeck(
      name: "an unknown class in a relation's list (reported at the list)",
      original: "subject: [disease]", replacement: "subject: [disease, patient]",
      message: "unknown class 'patient' in the subject classes of relation 'imaged-by'",
      pointsAt: "[disease, patient]"),
    BrokenDeck(
      name: "an unknown entity as a fact's object", original: "object: fingers\n",
      replacement: "object: toes\n", message: "unknown entity 'toes' in fact 'crest-sites'",
      pointsAt: "toes"),
    BrokenDeck(
      name: "an unknown entity in a list of objects",
      original: "objects: [buttocks, around-joints]",
      replacement: "objects: [buttocks, shins]", message: "unknown entity 'shins'",
      pointsAt: "shins"),
    BrokenDeck(
      name: "an unknown entity as a fact's subject",
      original: "subject: gout\n    relation: lesion-site",
      replacement: "subject: pseudogout\n    relation: lesion-site",
      message: "unknown entity 'pseudogout'",
      pointsAt: "pseudogout"),
    BrokenDeck(
      name: "an object of the wrong class", original: "object: knees\n",
      replacement: "object: warfarin\n",
      message: "'warfarin' is a treatment, but fact 'gout-sites' needs a body-site here",
      pointsAt: "warfarin\n    section: Signs"),
    BrokenDeck(
      name: "a subject of the wrong class", original: "subject: sle\n",
      replacement: "subject: face\n",
      message: "'face' is a body-site, but fact 'sle-sites' needs a disease here",
      pointsAt: "face\n    relation"),
    BrokenDeck(
      name: "an unknown relation", original: "relation: imaged-by",
      replacement: "relation: scanned-by",
      message: "unknown relation 'scanned-by' in fact 'dm-imaging'", pointsAt: "scanned-by"),
    BrokenDeck(
      name: "a section not listed in deck.source.sections",
      original: "section: Signs\n    explanation: Lupus",
      replacement: "section: Symptoms\n    explanation: Lupus",
      message: "section 'Symptoms' of fact 'sle-sites' is not listed", pointsAt: "Symptoms"),
    BrokenDeck(
      name: "a hand-written card citing an unlisted section",
      original: "section: Signs\n    explanation: The lumps",
      replacement: "section: Lumps\n    explanation: The lumps",
      message: "section 'Lumps' of card 'lumps-change' is not listed", pointsAt: "Lumps"),
    BrokenDeck(
      name: "an unknown key in an entity", original: "    name: gout\n",
      replacement: "    name: gout\n    colour: red\n",
      message: "unknown key 'colour' in entity 'gout'",
      pointsAt: "colour: red"),
    BrokenDeck(
      name: "an unknown key at the top level", original: "quantities:\n",
      replacement: "notes: none\nquantities:\n", message: "unknown key 'notes'",
      pointsAt: "notes: none"),
    BrokenDeck(
      name: "an unknown key in a fact", original: "qualifier: for small deposits",
      replacement: "qualifer: for small deposits", message: "unknown key 'qualifer' in a fact",
      pointsAt: "qualifer"),
    BrokenDeck(
      name: "a fact without its required section",
      original: "    section: Types\n    explanation: Plain X-rays",
      replacement: "    explanation: Plain X-rays", message: "a fact needs 'section'",
      pointsAt: "id: dm-imaging"),
    BrokenDeck(
      name: "an entity without its required name", original: "    class: imaging\n    name: MRI\n",
      replacement: "    class: imaging\n", message: "entity 'mri' needs 'name'",
      pointsAt: "class: imaging\n  ct-scan"),
    BrokenDeck(
      name: "a fact without objects", original: "    object: x-ray\n", replacement: "",
      message: "fact 'dm-imaging' needs 'objects' (or 'object')", pointsAt: "id: dm-imaging"),
    BrokenDeck(
      name: "two facts with one id", original: "id: crest-sites", replacement: "id: ssc-sites",
      message: "duplicate id 'ssc-sites' (first at line",
      pointsAt: "id: ssc-sites\n    subject: crest"),
    BrokenDeck(
      name: "a card with the id of a quantity", original: "id: crest-rate",
      replacement: "id: definition",
      message: "duplicate id 'definition'", pointsAt: "id: definition\n    kind: recall"),
    BrokenDeck(
      name: "a cloze without a blank", original: "{{calcium salts}}", replacement: "calcium salts",
      message: "the text of card 'definition-cloze' needs exactly one {{blank}}",
      pointsAt: "Calcinosis cutis is the deposition"),
    BrokenDeck(
      name: "a cloze with two blanks", original: "{{calcium salts}}",
      replacement: "{{calcium}} {{salts}}", message: "needs exactly one {{blank}}",
      pointsAt: "Calcinosis cutis is the deposition"),
    BrokenDeck(
      name: "a cloze with an empty blank", original: "{{calcium salts}}", replacement: "{{ }}",
      message: "needs exactly one {{blank}}", pointsAt: "Calcinosis cutis is the deposition"),
    BrokenDeck(
      name: "a quantity whose min is larger than its max", original: "min: 25",
      replacement: "min: 45",
      message: "the min of quantity 'crest-rate' is larger than its max", pointsAt: "45"),
    BrokenDeck(
      name: "a quantity whose min is not a number", original: "min: 25",
      replacement: "min: a quarter",
      message: "the min of quantity 'crest-rate' must be a number", pointsAt: "a quarter"),
    BrokenDeck(
      name: "a choice card with two wrong options",
      original: "wrong: [warfarin, probenecid, colchicine, prednisone]",
      replacement: "wrong: [warfarin, probenecid]",
      message: "card 'most-used-drug' needs at least 3 wrong options",
      pointsAt: "[warfarin, probenecid]"),
    BrokenDeck(
      name: "an unknown card kind", original: "kind: truefalse\n    statement: The calcified",
      replacement: "kind: yesno\n    statement: The calcified",
      message: "unknown card kind 'yesno'",
      pointsAt: "yesno"),
    BrokenDeck(
      name: "a true/false card whose answer is not true or false", original: "answer: true\n",
      replacement: "answer: maybe\n",
      message: "the answer of card 'lumps-change' must be true or false", pointsAt: "maybe"),
    BrokenDeck(
      name: "a relation question without {subject}",
      original: "ask: Which imaging study shows the deposits of {subject}?",
      replacement: "ask: Which imaging study shows the deposits?",
      message: "the question of relation 'imaged-by' must contain {subject}",
      pointsAt: "Which imaging study shows the deposits?"),
    BrokenDeck(
      name: "an overlap with an unknown entity", original: "overlaps: [crest]",
      replacement: "overlaps: [morphea]",
      message: "unknown entity 'morphea' in the overlaps of 'systemic-sclerosis'",
      pointsAt: "morphea"),
    BrokenDeck(
      name: "an id that is not lowercase", original: "  scleredema:\n",
      replacement: "  Scleredema:\n", message: "the entity id 'Scleredema' is not a valid id",
      pointsAt: "Scleredema:"),
    BrokenDeck(
      name: "a hand-written card missing the field its kind needs",
      original: "    items: [creatinine, urea]\n", replacement: "",
      message: "card 'kidney-markers' of kind list needs 'items'",
      pointsAt: "list\n    prompt: Which two kidney"),
  ]
}

@Suite("DeckLoader")
struct DeckLoaderTests {
  @Test("the synthetic deck loads with no diagnostics at all")
  func syntheticDeckIsClean() throws {
    let (deck, diagnostics) = try DeckLoader.diagnose(
      yaml: SyntheticDeck.yaml, file: SyntheticDeck.file, deckID: SyntheticDeck.id)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(deck != nil)
  }

  @Test("a valid deck loads its header, classes, entities and relations")
  func loadsHeaderClassesEntitiesRelations() throws {
    let deck = try SyntheticDeck.load()
    #expect(deck.id == "synthetic")
    #expect(deck.title == "Synthetic calcinosis")
    #expect(deck.version == 3)
    #expect(deck.source.title == "A synthetic source")
    #expect(deck.source.sections == ["Types", "Signs", "Treatment", "Numbers"])

    #expect(deck.classes.map(\.id) == ["disease", "body-site", "treatment", "imaging"])
    #expect(deck.entityClass("disease")?.plural == "diseases", "the plural defaults to name + s")
    #expect(deck.entityClass("imaging")?.plural == "imaging studies")
    #expect(deck.entityClass("body-site")?.name == "body site")

    #expect(deck.entities.count == 24)
    let ssc = try #require(deck.entity("systemic-sclerosis"))
    #expect(ssc.classID == "disease")
    #expect(ssc.name == "systemic sclerosis")
    #expect(ssc.aliases == ["SSc", "scleroderma"])
    #expect(ssc.acceptedTexts == ["systemic sclerosis", "SSc", "scleroderma"])
    #expect(ssc.definition == "a disease that hardens the skin")
    #expect(ssc.overlaps == ["crest"])
    let declared = try #require(
      SyntheticDeck.position(of: "systemic-sclerosis:\n", in: SyntheticDeck.yaml))
    #expect(ssc.location == SourceLocation(file: "synthetic.yaml", line: declared.line, column: 3))
    #expect(deck.entity("gout")?.aliases == [])
    #expect(deck.entity("gout")?.definition == nil)
    #expect(deck.entity("sjogren")?.name == "Sjögren syndrome")

    let lesionSite = try #require(deck.relation("lesion-site"))
    #expect(lesionSite.subjectClasses == ["disease"])
    #expect(lesionSite.objectClasses == ["body-site"])
    #expect(lesionSite.ask == "Where do calcium deposits typically form in {subject}?")
    #expect(
      lesionSite.askReverse == "In which disease do calcium deposits typically form on {object}?")
    #expect(lesionSite.statement == "In {subject}, calcium deposits typically form on {object}.")
    #expect(lesionSite.tags == ["signs"])
    #expect(deck.relation("treated-by")?.askReverse == nil)
    #expect(deck.relation("imaged-by")?.statement == nil)
    #expect(deck.relation("imaged-by")?.objectClasses == ["imaging"], "a list of one class")
    #expect(deck.relation("imaged-by")?.tags == [])
  }

  @Test("a valid deck loads its facts, quantities and hand-written cards")
  func loadsFactsQuantitiesCards() throws {
    let deck = try SyntheticDeck.load()
    #expect(
      deck.facts.map(\.id) == [
        "ssc-sites", "crest-sites", "dm-sites", "sle-sites", "gout-sites", "ssc-treatment",
        "dm-treatment", "gout-treatment", "dm-imaging",
      ])
    let many = deck.facts[0]
    #expect(many.subject == "systemic-sclerosis")
    #expect(many.relation == "lesion-site")
    #expect(many.objects == ["forearms", "elbows", "fingers"])
    #expect(many.qualifier == nil)
    #expect(many.section == "Signs")
    #expect(many.explanation.hasPrefix("In systemic sclerosis"))
    #expect(many.tags == ["signs", "scleroderma"], "the relation's tags, then the fact's own")
    let one = deck.facts[1]
    #expect(one.objects == ["fingers"], "`object:` gives a list of one")
    let qualified = deck.facts[5]
    #expect(qualified.qualifier == "for small deposits")
    #expect(qualified.tags == ["treatment"])
    let first = try #require(
      SyntheticDeck.position(of: "id: ssc-sites", in: SyntheticDeck.yaml))
    #expect(many.location.line == first.line)
    #expect(many.location.column == first.column)

    #expect(deck.quantities.count == 2)
    let rate = deck.quantities[0]
    #expect(rate.id == "crest-rate")
    #expect(rate.answer == "25–40%")
    #expect(rate.minimum == 25)
    #expect(rate.maximum == 40)
    #expect(rate.unit == "%")
    #expect(rate.section == "Numbers")
    #expect(rate.tags == ["epidemiology"])
    #expect(deck.quantities[1].unit == nil)
    #expect(deck.quantities[1].minimum == deck.quantities[1].maximum)

    #expect(deck.cards.count == 6)
    let contents = deck.cards.map(\.content)
    #expect(
      contents[0]
        == .recall(
          prompt: "Calcium salts deposited in the skin define which condition?",
          answer: "calcinosis cutis", accept: ["calcinosis"]))
    #expect(
      contents[1]
        == .cloze(
          text: "Calcinosis cutis is the deposition of {{calcium salts}} in the skin.",
          accept: ["calcium"]))
    #expect(
      contents[2]
        == .choice(
          prompt: "Which medication is used most often for calcinosis?", answer: "diltiazem",
          wrong: ["warfarin", "probenecid", "colchicine", "prednisone"]))
    #expect(
      contents[3] == .trueFalse(statement: "The calcified lumps can change in size.", isTrue: true))
    #expect(
      contents[4]
        == .trueFalse(statement: "The dystrophic type always develops slowly.", isTrue: false))
    #expect(
      contents[5]
        == .list(
          prompt: "Which two kidney markers does the basic metabolic panel include?",
          items: ["creatinine", "urea"]))
    #expect(deck.cards[0].tags == ["types"])
    #expect(deck.cards[1].tags == [])
    #expect(deck.cards[0].section == "Types")
    #expect(deck.cards[0].explanation == "That is the definition.")
  }

  @Test("a broken deck reports the one error at its file:line:column", arguments: BrokenDeck.all)
  func reportsLocatedError(_ broken: BrokenDeck) throws {
    let yaml = broken.yaml
    let occurrences = SyntheticDeck.yaml.components(separatedBy: broken.original).count - 1
    #expect(occurrences == 1, "the edit must apply exactly once")
    let expected = try #require(SyntheticDeck.position(of: broken.pointsAt, in: yaml))
    let errors = SyntheticDeck.diagnostics(yaml).filter { $0.severity == .error }
    #expect(errors.count == 1, "\(errors)")
    let error = try #require(errors.first)
    #expect(error.message.contains(broken.message), "\(error.message)")
    #expect(error.location.file == "synthetic.yaml")
    #expect(error.location.line == expected.line, "\(error)")
    #expect(error.location.column == expected.column, "\(error)")
    #expect(
      error.description.hasPrefix("synthetic.yaml:\(expected.line):\(expected.column): error: "))
  }

  @Test("load throws every error and diagnose returns no deck", arguments: BrokenDeck.all)
  func loadThrows(_ broken: BrokenDeck) throws {
    #expect(throws: KnowledgeError.self) { try SyntheticDeck.load(broken.yaml) }
    let result = try DeckLoader.diagnose(
      yaml: broken.yaml, file: SyntheticDeck.file, deckID: SyntheticDeck.id)
    #expect(result.deck == nil)
  }

  @Test("every error of a deck is reported at once, in file order")
  func severalErrorsAtOnce() throws {
    let edits = [
      ("class: imaging\n    name: MRI", "class: scanner\n    name: MRI"),
      ("object: fingers\n", "object: toes\n"),
      ("relation: imaged-by", "relation: scanned-by"),
      ("min: 25", "min: 45"),
      ("wrong: [warfarin, probenecid, colchicine, prednisone]", "wrong: [warfarin]"),
      ("{{calcium salts}}", "calcium salts"),
    ]
    var yaml = SyntheticDeck.yaml
    for (original, replacement) in edits {
      yaml = yaml.replacingOccurrences(of: original, with: replacement)
    }
    let (deck, diagnostics) = try DeckLoader.diagnose(
      yaml: yaml, file: SyntheticDeck.file, deckID: SyntheticDeck.id)
    #expect(deck == nil)
    #expect(diagnostics.count == edits.count, "\(diagnostics)")
    let lines = diagnostics.map(\.location.line)
    #expect(lines == lines.sorted())
    for fragment in [
      "scanner", "toes", "scanned-by", "larger than its max", "3 wrong", "{{blank}}",
    ] {
      #expect(diagnostics.contains { $0.message.contains(fragment) }, "\(fragment)")
    }

    let error = #expect(throws: KnowledgeError.self) { try SyntheticDeck.load(yaml) }
    #expect(error?.diagnostics == diagnostics)
    #expect(error?.description.hasSuffix("(and 5 more; run `recall deck lint` for all)") == true)
    #expect(error?.description.hasPrefix(diagnostics[0].description) == true)
  }

  @Test("an empty file is an error at 1:1")
  func emptyFile() {
    let error = #expect(throws: KnowledgeError.self) { try SyntheticDeck.load("") }
    #expect(
      error?.diagnostics.first?.location
        == SourceLocation(file: "synthetic.yaml", line: 1, column: 1))
  }

  @Test("a file that is not a mapping of sections says so where it starts")
  func notAMapping() {
    let diagnostics = SyntheticDeck.diagnostics("- just\n- a list\n")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.contains("must be a mapping") == true)
    #expect(
      diagnostics.first?.location == SourceLocation(file: "synthetic.yaml", line: 1, column: 1))
  }

  @Test("a file without a deck section says what it needs")
  func missingHeader() {
    let yaml = SyntheticDeck.yaml.replacingOccurrences(of: SyntheticDeck.header, with: "")
    let diagnostics = SyntheticDeck.diagnostics(yaml)
    #expect(diagnostics.contains { $0.message.contains("needs a 'deck:' section") })
  }

  @Test("the deck shipped with Recall loads with no errors")
  func realDeckLoads() throws {
    let text = try realDeckText()
    let (deck, diagnostics) = try DeckLoader.diagnose(
      yaml: text, file: "Decks/calcinosis-cutis.yaml", deckID: "calcinosis-cutis")
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    let loaded = try #require(deck)
    #expect(loaded.id == "calcinosis-cutis")
    #expect(loaded.title == "Calcinosis cutis")
    #expect(!loaded.facts.isEmpty)
    #expect(!loaded.quantities.isEmpty)
    #expect(!loaded.cards.isEmpty)
    for fact in loaded.facts {
      #expect(loaded.source.sections.contains(fact.section), "\(fact.id)")
      #expect(loaded.relation(fact.relation) != nil, "\(fact.id)")
    }
  }
}
