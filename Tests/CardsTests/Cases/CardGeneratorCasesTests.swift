import Foundation
import Knowledge
import TestSupport
import Testing

@testable import Cards

/// The closed world as a reference, written plainly (no indices, no shared names): what a case's vignette
/// rules out, to hold the generator's proofs to.
enum ClosedWorld {
  /// Whether the model lists every object of `subject` under `relation` and `object` overlaps none of them.
  static func excludes(_ deck: Deck, _ subject: String, _ relation: String, _ object: String)
    -> Bool
  {
    guard deck.describes(subject, under: relation) else { return false }
    let objects = deck.objects(of: subject, under: relation)
    return !objects.contains(object) && !objects.contains { deck.overlap($0, object) }
  }

  /// Whether a stated finding contradicts `option` being the case's entity.
  static func contradicts(_ deck: Deck, _ finding: StatedFinding, _ option: String) -> Bool {
    let relation = finding.fact.relation
    return finding.entityIsSubject
      ? excludes(deck, option, relation, finding.other)
      : excludes(deck, finding.other, relation, option)
  }

  /// Whether `option` fits none of what a case is given, through `via`.
  static func unfit(_ deck: Deck, _ composed: ComposedCase, _ option: String) -> Bool {
    guard let via = composed.via else { return false }
    if composed.givenAreSubjects {
      return composed.given.allSatisfy { excludes(deck, $0, via, option) }
    }
    guard deck.describes(option, under: via) else { return false }
    return deck.objects(of: option, under: via).allSatisfy { suited in
      composed.given.contains { $0 != suited && !deck.overlap($0, suited) }
    }
  }

  /// Whether the answer fits what a case is given, through `via`.
  static func fits(_ deck: Deck, _ composed: ComposedCase) -> Bool {
    guard let via = composed.via else { return false }
    return composed.given.contains { given in
      composed.givenAreSubjects
        ? deck.objects(of: given, under: via).contains(composed.answer)
        : deck.objects(of: composed.answer, under: via).contains(given)
    }
  }
}

@Suite("Clinical cases: vignettes composed from the model, every wrong option proved wrong")
struct CardGeneratorCasesTests {
  static func composed(_ deck: Deck) -> [ComposedCase] {
    var report = GenerationReport()
    return CardGenerator(deck: deck).composedCases(report: &report)
  }

  static func planets() throws -> Deck {
    try DeckLoader.load(
      yaml: PlanetsCasesDeckText.yaml, file: PlanetsCasesDeckText.file, deckID: "planets-cases")
  }

  @Test("the built-in deck has at least 12 cases, types, tests and treatments among them")
  func builtInDeckHasCases() throws {
    let deck = try realDeck()
    let cases = CardGenerator(deck: deck).generate().filter { $0.kind == .clinicalCase }
    #expect(cases.count >= 12)
    let answers = Set(Self.composed(deck).map(\.answer))
    // Every type, two forms of idiopathic calcification, a test and a treatment.
    for answer in [
      "dystrophic", "metastatic", "idiopathic", "iatrogenic", "calciphylaxis",
      "subepidermal-calcified-nodules", "scrotal-calcinosis", "cpk", "pth", "warfarin",
      "sodium-thiosulfate",
    ] {
      #expect(answers.contains(answer), "no case answered by \(answer)")
    }
    var report = GenerationReport()
    _ = CardGenerator(deck: deck).generate(report: &report)
    #expect(report.caseDiagnostics.isEmpty, "\(report.caseDiagnostics)")
  }

  @Test(
    "every case of both decks: four options, the answer among them once, the key pointing at it")
  func optionsAndKey() throws {
    for deck in [try realDeck(), try Self.planets()] {
      for composed in Self.composed(deck) {
        let card = composed.card
        #expect(card.kind == .clinicalCase)
        #expect(card.id.rawValue.hasSuffix(".case"))
        guard case .choice(let options, let correct) = card.key else {
          Issue.record("\(card.id) is not a choice")
          continue
        }
        #expect(options.count == 4)
        #expect(Set(options).count == 4)
        #expect(options[correct] == card.answer)
        #expect(composed.wrong.count == 3)
        #expect(!composed.wrong.contains(composed.answer))
        #expect(Rung(card.kind) == .choose)
      }
    }
  }

  @Test(
    "every wrong option of every case is contradicted by a fact the vignette states, or fits nothing given"
  )
  func wrongOptionsProvedWrong() throws {
    for deck in [try realDeck(), try Self.planets()] {
      for composed in Self.composed(deck) {
        if composed.via == nil {
          #expect(!composed.findings.isEmpty, "\(composed.card.id) states nothing about its answer")
          for finding in composed.findings {
            // A finding holds for the answer.
            #expect(!ClosedWorld.contradicts(deck, finding, composed.answer))
          }
          for option in composed.wrong {
            #expect(
              composed.findings.contains { ClosedWorld.contradicts(deck, $0, option) },
              "\(composed.card.id): nothing the vignette states rules out \(option)")
          }
        } else {
          #expect(ClosedWorld.fits(deck, composed), "\(composed.card.id): the answer fits nothing")
          for option in composed.wrong {
            #expect(
              ClosedWorld.unfit(deck, composed, option),
              "\(composed.card.id): \(option) may fit what the case is given")
          }
        }
      }
    }
  }

  @Test("no vignette or question names its answer, nor any alias of it")
  func noLeaks() throws {
    for deck in [try realDeck(), try Self.planets()] {
      for composed in Self.composed(deck) {
        let prompt = " " + AnswerText.normalize(composed.card.prompt) + " "
        for text in deck.entity(composed.answer)?.acceptedTexts ?? [] {
          let normal = AnswerText.normalize(text)
          #expect(
            !prompt.contains(" " + normal + " "), "\(composed.card.id) names its answer: \(text)")
        }
      }
    }
  }

  @Test("each case cites the sections of the facts it states, each one a section of the source")
  func citesSections() throws {
    for deck in [try realDeck(), try Self.planets()] {
      for composed in Self.composed(deck) {
        let cited = composed.card.section.components(separatedBy: "; ")
        #expect(!cited.isEmpty && cited.allSatisfy(deck.source.sections.contains))
        for finding in composed.findings {
          #expect(cited.contains(finding.fact.section), "\(composed.card.id)")
        }
      }
    }
  }

  @Test("the feedback says why the answer fits and why each wrong option does not")
  func explainsEveryOption() throws {
    for composed in Self.composed(try realDeck()) {
      let lines = composed.card.explanation.components(separatedBy: "\n")
      #expect(lines.count == 4, "\(composed.card.id): \(lines)")
      for option in composed.wrong {
        let name = try #require(try realDeck().entity(option)?.name)
        #expect(lines.contains { $0.hasPrefix("Not \(name): ") }, "\(composed.card.id): \(option)")
      }
    }
  }

  @Test("a case comes after every fact it draws on, and is never taught first")
  func studyOrder() throws {
    for deck in [try realDeck(), try Self.planets()] {
      let generator = CardGenerator(deck: deck)
      let units = generator.units()
      let position = Dictionary(
        units.enumerated().map { ($0.element.id.rawValue, $0.offset) }, uniquingKeysWith: min)
      for (unit, requires) in generator.caseRequirements() {
        let at = try #require(position[unit.rawValue])
        #expect(units[at].isCase && units[at].kind == .handwritten)
        #expect(units[at].ladder.count == 1 && units[at].lowestRung == .choose)
        for fact in requires where position[fact] != nil {
          #expect(try #require(position[fact]) < at, "\(unit) comes before \(fact)")
        }
      }
    }
  }

  @Test(
    "the planets template makes a case for each planet its findings single out, and says why not for the others"
  )
  func planetsTemplate() throws {
    let deck = try Self.planets()
    var report = GenerationReport()
    let cases = CardGenerator(deck: deck).composedCases(report: &report)
    #expect(
      cases.map(\.card.id.rawValue) == [
        "which-planet.jupiter.case", "which-planet.saturn.case", "red-planet.case",
        "jupiter-moon.case",
      ])
    let saturn = try #require(cases.first { $0.answer == "saturn" })
    #expect(
      saturn.card.prompt
        == "An astronomer describes a planet of the solar system. It belongs to the gas giants. "
        + "Titan orbits it.\nWhich planet is it?")
    #expect(saturn.card.section == "The planets; Moons")
    #expect(saturn.card.explanation.hasPrefix("Why Saturn: Saturn belongs to the gas giants."))
    let warned = report.caseDiagnostics.map(\.message)
    #expect(warned.count == 5)
    #expect(
      warned.contains(
        "case template 'which-planet' makes no case about 'uranus': its findings fit Neptune as well"
      ))
    #expect(report.caseDiagnostics.allSatisfy { $0.severity == .warning })
    // Asked through has-moon: a moon of Jupiter, and three moons of other planets.
    let moon = try #require(cases.first { $0.answer == "europa" })
    #expect(Set(moon.wrong).isSubset(of: ["the-moon", "phobos", "deimos", "titan"]))
  }

  @Test("a wrong option no finding rules out is an error at the option, and the case is left out")
  func unprovedOption() throws {
    // Mercury is a rocky planet too, and the model says nothing of its moons.
    let text = PlanetsCasesDeckText.yaml.replacingOccurrences(
      of: "wrong: [earth, jupiter, uranus]", with: "wrong: [earth, jupiter, mercury]")
    let deck = try DeckLoader.load(yaml: text, file: "planets-cases.yaml", deckID: "p")
    let diagnostics = DeckLinter.lint(deck).filter { $0.severity == .error }
    #expect(diagnostics.count == 1)
    let error = try #require(diagnostics.first)
    #expect(
      error.message
        == "wrong option 'mercury' of case 'red-planet' is not proved wrong: no finding rules it out"
    )
    let expected = try #require(SyntheticDeck.position(of: "mercury]", in: text))
    #expect(error.location.line == expected.line && error.location.column == expected.column)
    #expect(!CardGenerator(deck: deck).generate().contains { $0.id.rawValue == "red-planet.case" })
  }

  @Test("a vignette that names its answer is left out, and lint says so")
  func leakingStem() throws {
    let text = PlanetsCasesDeckText.yaml.replacingOccurrences(
      of: "looks red in the night sky", with: "is called Mars")
    let deck = try DeckLoader.load(yaml: text, file: "planets-cases.yaml", deckID: "p")
    #expect(!CardGenerator(deck: deck).generate().contains { $0.id.rawValue == "red-planet.case" })
    #expect(
      DeckLinter.lint(deck).contains {
        $0.message == "card red-planet.case left out: its question contains the answer"
      })
  }

  @Test(
    "a case asked through a relation: the treatment a deposit suits, with a large ulcer ruling out small-deposit drugs"
  )
  func viaGiven() throws {
    let deck = try realDeck()
    let ulcer = try #require(
      Self.composed(deck).first { $0.card.id.rawValue == "case-ulcerated-deposit.case" })
    #expect(ulcer.given == ["large-deposits", "ulcerated-deposits"])
    #expect(ulcer.via == "suited-to" && !ulcer.givenAreSubjects)
    #expect(ulcer.card.answer == "sodium thiosulfate")
    #expect(
      ulcer.card.explanation.contains(
        "Not warfarin: treatment with warfarin is suggested for small calcium deposits."))
  }
}

/// A template that asks through a relation: the test for the condition a vignette describes.
@Suite("Case templates asked through a relation")
struct TemplateViaTests {
  static let yaml = """
    deck:
      title: Clinic
      version: 1
      source: {title: Notes, sections: [Signs, Tests]}
    classes:
      condition: {name: condition}
      sign: {name: sign}
      test: {name: test}
    entities:
      gout: {class: condition, name: gout}
      anaemia: {class: condition, name: anaemia}
      diabetes: {class: condition, name: diabetes}
      hypothyroidism: {class: condition, name: hypothyroidism}
      hot-joint: {class: sign, name: a hot swollen big toe}
      pallor: {class: sign, name: pale skin and tiredness}
      thirst: {class: sign, name: great thirst}
      cold: {class: sign, name: feeling cold and slow}
      urate: {class: test, name: serum urate}
      haemoglobin: {class: test, name: haemoglobin}
      glucose: {class: test, name: blood glucose}
      tsh: {class: test, name: TSH}
    relations:
      shows:
        subject: condition
        object: sign
        ask: What is a typical sign of {subject}?
        statement: A typical sign of {subject} is {object}.
      tested-by:
        subject: condition
        object: test
        ask: Which test helps to look for {subject}?
        statement: The test that helps to look for {subject} is {object}.
    facts:
      - {id: gout-sign, subject: gout, relation: shows, object: hot-joint, section: Signs, explanation: x}
      - {id: anaemia-sign, subject: anaemia, relation: shows, object: pallor, section: Signs, explanation: x}
      - {id: diabetes-sign, subject: diabetes, relation: shows, object: thirst, section: Signs, explanation: x}
      - {id: thyroid-sign, subject: hypothyroidism, relation: shows, object: cold, section: Signs, explanation: x}
      - {id: gout-test, subject: gout, relation: tested-by, object: urate, section: Tests, explanation: x}
      - {id: anaemia-test, subject: anaemia, relation: tested-by, object: haemoglobin, section: Tests, explanation: x}
      - {id: diabetes-test, subject: diabetes, relation: tested-by, object: glucose, section: Tests, explanation: x}
      - {id: thyroid-test, subject: hypothyroidism, relation: tested-by, object: tsh, section: Tests, explanation: x}
    case-templates:
      - id: next-test
        class: condition
        findings:
          shows: The patient has {object}.
        question: Which test helps most?
        via: tested-by
    """

  @Test(
    "one case per condition: its sign in the vignette, its test the answer, the others' tests wrong"
  )
  func asksTheTest() throws {
    let deck = try DeckLoader.load(yaml: Self.yaml, file: "clinic.yaml", deckID: "clinic")
    var report = GenerationReport()
    let cases = CardGenerator(deck: deck).composedCases(report: &report)
    #expect(report.caseDiagnostics.isEmpty, "\(report.caseDiagnostics)")
    #expect(cases.map(\.answer) == ["urate", "haemoglobin", "glucose", "tsh"])
    let gout = try #require(cases.first)
    #expect(gout.card.prompt == "The patient has a hot swollen big toe.\nWhich test helps most?")
    #expect(Set(gout.wrong) == ["haemoglobin", "glucose", "tsh"])
    #expect(gout.given == ["gout"] && gout.via == "tested-by" && gout.givenAreSubjects)
    #expect(gout.card.section == "Signs; Tests")
    #expect(
      gout.card.explanation.contains(
        "Not TSH: the test that helps to look for hypothyroidism is TSH."))
    for composed in cases {
      for option in composed.wrong { #expect(ClosedWorld.unfit(deck, composed, option)) }
    }
  }
}
