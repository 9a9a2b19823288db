import Foundation
import Knowledge
import TestSupport
import Testing

@testable import Cards

/// The decks the grading tables answer: the two built-in decks as shipped, and `retired`, a small deck of
/// cards the calcinosis deck no longer asks (trivia cut on purpose, or knowledge now asked the other way
/// round), so that the rules those cards exercised — number words, hour and year units, a one-letter cloze
/// answered with its whole name, a route of administration — stay tested on the same kind of card.
enum GradingDeck: String, Sendable, CaseIterable {
  case calcinosis = "calcinosis-cutis"
  case burns = "first-aid-burns"
  case retired = "retired-cards"

  /// The deck model: a built-in deck read from `Decks/`, or the retired cards below.
  func load() throws -> Deck {
    guard self != .retired else {
      return try DeckLoader.load(
        yaml: Self.retiredYAML, file: "retired-cards.yaml", deckID: rawValue)
    }
    let text = try String(
      contentsOf: packageRoot.appendingPathComponent("Decks/\(rawValue).yaml"), encoding: .utf8)
    return try DeckLoader.load(yaml: text, file: "\(rawValue).yaml", deckID: rawValue)
  }

  /// Cards of the calcinosis deck before its rewrite, in their old kind and with their old `accept:`
  /// lists. Where the old wording taught something wrong (warfarin "bringing raised vitamin K back to
  /// normal") or asked about the article, the question is reworded to what a teacher would ask; the
  /// answers are unchanged.
  static let retiredYAML = """
    deck:
      title: Retired calcinosis cards
      version: 1
      source: {title: Calcinosis cutis, sections: [Types, Testing, Treatment, Signs]}
    quantities:
      - id: type-count
        prompt: How many main types of calcinosis cutis are there?
        answer: "5"
        min: 5
        max: 5
        section: Types
        explanation: Dystrophic, metastatic, idiopathic and iatrogenic calcification, and calciphylaxis.
      - id: crest-calcinosis-years
        prompt: Within how many years of diagnosis do a quarter to two fifths of people with CREST develop
          calcinosis cutis?
        answer: 10 years
        min: 10
        max: 10
        unit: years
        section: Types
        explanation: The CREST figure covers the first decade after diagnosis.
      - id: urine-collection-hours
        prompt: Over how many hours is urine collected to measure calcium and phosphate when metastatic
          calcification is investigated?
        answer: 24 hours
        min: 24
        max: 24
        unit: hours
        section: Testing
        explanation: A 24-hour urine collection.
    cards:
      - id: definition-layer
        kind: recall
        prompt: Besides the skin itself, which tissue layer does calcinosis cutis involve?
        answer: subcutaneous tissue
        accept: [subcutaneous layer, subcutis, hypodermis, tissue beneath the skin, tissue under the skin]
        section: Types
        explanation: The layer directly below the skin.
      - id: calciphylaxis-dialysis
        kind: cloze
        text: Calciphylaxis usually arises in the setting of chronic kidney failure together with {{dialysis}}.
        accept: [haemodialysis, hemodialysis, kidney dialysis]
        section: Types
        explanation: Most people with calciphylaxis are on dialysis for kidney failure.
      - id: universalis-structures
        kind: list
        prompt: Besides the subcutaneous tissue, which two kinds of tissue does calcinosis universalis affect
          widely?
        items: [muscles, tendons]
        section: Types
        explanation: The universal form spreads through muscles and tendons.
      - id: subepidermal-nodules-sites
        kind: recall
        prompt: Where on the body do subepidermal calcified nodules typically appear in children?
        answer: the face
        accept: [face, faces, children's faces, facial skin]
        section: Signs
        explanation: These idiopathic nodules typically show up on children's faces.
      - id: subepidermal-children
        kind: recall
        prompt: Subepidermal calcified nodules tend to appear on the faces of which group of people?
        answer: children
        accept: [kids, child]
        section: Signs
        explanation: These idiopathic nodules typically show up on children's faces.
      - id: macrophage-cloze
        kind: cloze
        text: Macrophages, the cells bisphosphonates target in calcinosis lesions, are a type of {{white blood cell}}.
        accept: [white blood cells, white cell, leukocyte, leucocyte]
        section: Treatment
        explanation: Macrophages are white blood cells.
      - id: vitamin-k-cloze
        kind: cloze
        text: Warfarin works against calcium deposits by antagonising vitamin {{K}}.
        section: Treatment
        explanation: Warfarin is a vitamin K antagonist.
      - id: vitamin-k-role
        kind: recall
        prompt: The vitamin that warfarin antagonises is best known as necessary for which body process?
        answer: blood clotting
        accept: [clotting, coagulation, blood coagulation]
        section: Treatment
        explanation: Vitamin K is needed for the blood to clot.
      - id: thiosulfate-route-ulcerated
        kind: recall
        prompt: For ulcerated, hardened deposits, how was sodium thiosulfate applied?
        answer: topically
        accept: [topical, on the skin, to the skin, as a topical preparation, as a cream]
        section: Treatment
        explanation: It was put on the skin.
      - id: thiosulfate-route-calciphylaxis
        kind: recall
        prompt: By which route was sodium thiosulfate given to treat calciphylaxis?
        answer: intravenously
        accept: [intravenous, IV, into a vein, by intravenous infusion, intravenous infusion]
        section: Treatment
        explanation: It went straight into a vein.
      - id: specialist
        kind: recall
        prompt: Which kind of specialist treats skin conditions such as calcinosis cutis?
        answer: dermatologist
        accept: [a dermatologist, skin specialist, dermatology]
        section: Treatment
        explanation: Calcinosis cutis is a skin condition.
    """
}

/// Decks, cards and checkers built once for all the table's rows.
struct GradingFixture: Sendable {
  let cards: [GradingDeck: [String: Card]]
  let checkers: [GradingDeck: AnswerChecker]

  /// Built without `#require`: an expectation failing in here would be recorded only against the first test
  /// that touches the fixture, and every other test would then pass without grading anything.
  static let shared: Result<GradingFixture, any Error> = Result { try GradingFixture() }

  init() throws {
    var cards: [GradingDeck: [String: Card]] = [:]
    var checkers: [GradingDeck: AnswerChecker] = [:]
    for deck in GradingDeck.allCases {
      let model = try deck.load()
      let generated = CardGenerator(deck: model).generate()
      cards[deck] = Dictionary(generated.map { ($0.id.rawValue, $0) }) { first, _ in first }
      checkers[deck] = AnswerChecker(
        lexicon: Lexicon(deck: model), descriptions: EntityDescriptions.make(deck: model))
    }
    self.cards = cards
    self.checkers = checkers
  }

  /// The grade of `input` on card `id` of `deck`.
  func grade(_ input: String, card id: String, in deck: GradingDeck) throws -> Grade {
    let card = try #require(cards[deck]?[id], "no card \(id) in \(deck.rawValue)")
    let checker = try #require(checkers[deck])
    return checker.grade(input, for: card)
  }
}
