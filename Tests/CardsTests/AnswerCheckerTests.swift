import Knowledge
import TestSupport
import Testing

@testable import Cards

/// Cards to answer, each with a known key; the names are the synthetic deck's (its lexicon tells wrong
/// entities from typos).
enum SampleCard: String, Sendable, CaseIterable {
  case diltiazem, warfarin, colchicine, gout, sclerosis, elbows, sjogren, cafe, decomposedCafe
  case prednisolone, laser, urineCalcium, tomography, definition
  case choice, select, list, markers, isTrue, isFalse, percentage, threshold

  var card: Card {
    switch self {
    case .diltiazem: typed("diltiazem", ["diltiazem", "Cardizem"], ["diltiazem"])
    case .warfarin: typed("warfarin", ["warfarin", "Coumadin"], ["warfarin"])
    case .colchicine: typed("colchicine", ["colchicine"], ["colchicine"])
    case .gout: typed("gout", ["gout"], ["gout"])
    case .sclerosis:
      typed(
        "systemic sclerosis", ["systemic sclerosis", "SSc", "scleroderma"], ["systemic-sclerosis"])
    case .elbows: typed("the elbows", ["the elbows"], ["elbows"])
    case .sjogren: typed("Sjögren syndrome", ["Sj\u{F6}gren syndrome"], ["sjogren"])
    case .cafe: typed("café au lait", ["caf\u{E9} au lait"], [])
    case .decomposedCafe: typed("café au lait", ["cafe\u{301} au lait"], [])
    case .prednisolone: typed("prednisolone", ["prednisolone"], ["prednisolone"])
    case .laser: typed("CO2 laser", ["CO2 laser", "carbon dioxide laser"], ["co2-laser"])
    case .urineCalcium: typed("24-hour urine calcium", ["24-hour urine calcium"], [])
    case .tomography: typed("computed tomography (CT)", ["computed tomography (CT)"], [])
    case .definition: typed("calcinosis cutis", ["calcinosis cutis", "calcinosis"], [])
    case .choice:
      card(
        .choice, "b) warfarin",
        .choice(options: ["diltiazem", "warfarin", "colchicine", "probenecid"], correct: 1))
    case .select:
      card(
        .select, "a) the forearms, c) the knees",
        .select(options: ["the forearms", "the elbows", "the knees", "the face"], correct: [0, 2]))
    case .list:
      card(
        .list, "creatinine, urea and albumin",
        .list(items: [["creatinine"], ["urea", "BUN"], ["albumin"]]))
    case .markers:
      card(.list, "forearms and elbows", .list(items: [["the forearms"], ["the elbows"]]))
    case .isTrue: card(.truefalse, "true", .trueFalse(true))
    case .isFalse: card(.truefalse, "false", .trueFalse(false))
    case .percentage: card(.number, "25–40%", .number(minimum: 25, maximum: 40))
    case .threshold: card(.number, "70", .number(minimum: 70, maximum: 70))
    }
  }

  private func typed(_ answer: String, _ accepted: [String], _ entities: Set<String>) -> Card {
    card(.recall, answer, .typed(accepted: accepted, entities: entities))
  }

  private func card(_ kind: CardKind, _ answer: String, _ key: AnswerKey) -> Card {
    Card(
      id: CardID("sample", rawValue), kind: kind, prompt: "A question about \(rawValue)?",
      answer: answer, key: key, explanation: "", section: "Signs", tags: [], siblingKey: rawValue)
  }
}

/// One answer and how it must be graded.
struct AnswerCase: Sendable, CustomTestStringConvertible {
  let card: SampleCard
  let input: String
  let verdict: Grade.Verdict
  var score: Double?
  var typoOf: String?
  var otherEntity: String?
  var isBlank = false
  var found: [String]?
  var missed: [String]?

  var testDescription: String { "\(card.rawValue) ← “\(input)” is \(verdict.rawValue)" }
}

/// Shorthands that keep the table one line per case.
private func right(_ card: SampleCard, _ input: String, typoOf: String? = nil) -> AnswerCase {
  AnswerCase(card: card, input: input, verdict: .correct, score: 1, typoOf: typoOf)
}

private func wrong(_ card: SampleCard, _ input: String, otherEntity: String? = nil) -> AnswerCase {
  AnswerCase(card: card, input: input, verdict: .incorrect, score: 0, otherEntity: otherEntity)
}

private func partial(
  _ card: SampleCard, _ input: String, _ score: Double, found: [String]? = nil,
  missed: [String]? = nil
) -> AnswerCase {
  AnswerCase(
    card: card, input: input, verdict: .partial, score: score, found: found, missed: missed)
}

private func again(_ card: SampleCard, _ input: String) -> AnswerCase {
  AnswerCase(card: card, input: input, verdict: .retry, score: 0)
}

private func blank(_ card: SampleCard, _ input: String) -> AnswerCase {
  AnswerCase(card: card, input: input, verdict: .incorrect, score: 0, isBlank: true)
}

extension AnswerCase {
  static let exactAndNormalised = [
    right(.diltiazem, "diltiazem"),
    right(.diltiazem, "Diltiazem"),
    right(.diltiazem, "  DILTIAZEM  "),
    right(.diltiazem, "diltiazem."),
    right(.diltiazem, "diltiazem!"),
    right(.diltiazem, "\tdiltiazem\n"),
    right(.sclerosis, "systemic sclerosis"),
    right(.sclerosis, "Systemic   Sclerosis"),
    right(.sclerosis, "systemic-sclerosis"),
    right(.sclerosis, "systemic sclerosis (SSc)"),
    right(.sclerosis, "systemic sclerosis (the diffuse form)"),
    right(.tomography, "computed tomography"),
    right(.tomography, "Computed tomography (CT scan)"),
    right(.elbows, "the elbows"),
    right(.elbows, "The Elbows."),
    right(.elbows, "elbows"),
    right(.elbows, "elbow"),
    right(.elbows, "an elbow"),
    right(.elbows, "the elbow"),
    right(.definition, "calcinosis cutis"),
    right(.definition, "Calcinosis"),
  ]

  static let aliasesAndUnicode = [
    right(.diltiazem, "Cardizem"),
    right(.diltiazem, "cardizem"),
    right(.warfarin, "Coumadin"),
    right(.sclerosis, "SSc"),
    right(.sclerosis, "ssc"),
    right(.sclerosis, "SSC"),
    right(.sclerosis, "scleroderma"),
    right(.laser, "carbon dioxide laser"),
    right(.sjogren, "Sj\u{F6}gren syndrome"),
    right(.sjogren, "Sjo\u{308}gren syndrome"),
    right(.sjogren, "SJÖGREN SYNDROME"),
    right(.cafe, "caf\u{E9} au lait"),
    right(.cafe, "cafe\u{301} au lait"),
    right(.cafe, "Café-au-lait"),
    right(.decomposedCafe, "caf\u{E9} au lait"),
    right(.decomposedCafe, "cafe\u{301} au lait"),
    right(.cafe, "cafe au lait", typoOf: "caf\u{E9} au lait"),
    right(.cafe, "cafe\u{301} au lay", typoOf: "caf\u{E9} au lait"),
  ]

  static let typos = [
    // Up to 4 characters: no typo at all.
    wrong(.gout, "gowt"),
    wrong(.gout, "guot"),
    wrong(.gout, "gou"),
    wrong(.sclerosis, "SSd"),
    right(.gout, "GOUT"),
    // 5 to 8 characters: one edit.
    right(.warfarin, "warfrin", typoOf: "warfarin"),
    right(.warfarin, "warfarinn", typoOf: "warfarin"),
    right(.warfarin, "warfarun", typoOf: "warfarin"),
    right(.warfarin, "wrafarin", typoOf: "warfarin"),
    right(.warfarin, "Coumadn", typoOf: "Coumadin"),
    wrong(.warfarin, "wrafrin"),
    wrong(.warfarin, "warfxrxn"),
    // 9 characters and more: two edits.
    right(.diltiazem, "diltiazim", typoOf: "diltiazem"),
    right(.diltiazem, "dilitazem", typoOf: "diltiazem"),
    right(.diltiazem, "deltiazim", typoOf: "diltiazem"),
    wrong(.diltiazem, "doltoazim"),
    right(.colchicine, "colchicin", typoOf: "colchicine"),
    right(.colchicine, "cholchicin", typoOf: "colchicine"),
    wrong(.colchicine, "kolchisin"),
    right(.sclerosis, "systemic sclerois", typoOf: "systemic sclerosis"),
    right(.sclerosis, "sistemic sklerosis", typoOf: "systemic sclerosis"),
    wrong(.sclerosis, "sistemik sklerosis"),
    right(.sclerosis, "sclerodrema", typoOf: "scleroderma"),
    right(.prednisolone, "prednisolon", typoOf: "prednisolone"),
    right(.laser, "carbon dioxid laser", typoOf: "carbon dioxide laser"),
    wrong(.definition, "calcinosis cutiss cutis"),
  ]

  static let numbersAndEntities = [
    // Never a typo where digits are involved.
    right(.laser, "CO2 laser"),
    right(.laser, "co2-laser"),
    wrong(.laser, "CO3 laser"),
    wrong(.laser, "C02 laser"),
    wrong(.laser, "CO laser"),
    right(.urineCalcium, "24-hour urine calcium"),
    right(.urineCalcium, "24 hour urine calcium"),
    wrong(.urineCalcium, "24-hour urine calcum"),
    wrong(.urineCalcium, "25-hour urine calcium"),
    // Exactly another entity's name or alias: a different thing, never a typo.
    wrong(.prednisolone, "prednisone", otherEntity: "prednisone"),
    wrong(.prednisolone, "Prednisone", otherEntity: "prednisone"),
    wrong(.sclerosis, "scleredema", otherEntity: "scleredema"),
    wrong(.sclerosis, "CREST", otherEntity: "crest"),
    wrong(.sclerosis, "CREST syndrome", otherEntity: "crest"),
    wrong(.diltiazem, "warfarin", otherEntity: "warfarin"),
    wrong(.diltiazem, "Coumadin", otherEntity: "warfarin"),
    wrong(.elbows, "the knees", otherEntity: "knees"),
    wrong(.elbows, "joints", otherEntity: "around-joints"),
    wrong(.definition, "gout", otherEntity: "gout"),
    wrong(.diltiazem, "aspirin"),
  ]

  static let choices = [
    right(.choice, "b"),
    right(.choice, "B"),
    right(.choice, "b)"),
    right(.choice, "(b)"),
    right(.choice, "b."),
    right(.choice, " b "),
    right(.choice, "warfarin"),
    right(.choice, "Warfarin"),
    right(.choice, "warfrin"),
    wrong(.choice, "a"),
    wrong(.choice, "d)"),
    again(.choice, "e"),
    again(.choice, "z)"),
    again(.choice, ","),
    wrong(.choice, "diltiazem"),
    wrong(.choice, "probenicid"),
    again(.choice, "aspirin"),
  ]

  static let selections = [
    right(.select, "a c"),
    right(.select, "a,c"),
    right(.select, "a, c"),
    right(.select, "A C"),
    right(.select, "c a"),
    right(.select, "a;c"),
    right(.select, "a) c)"),
    right(.select, "the forearms, the knees"),
    right(.select, "forearms, knees"),
    right(.select, "knees, a"),
    partial(.select, "a", 0.5, found: ["the forearms"], missed: ["the knees"]),
    partial(.select, "c", 0.5, found: ["the knees"], missed: ["the forearms"]),
    partial(.select, "a b c", 0.5, found: ["the forearms", "the knees"], missed: []),
    right(.select, "ac"),
    right(.select, "ca"),
    right(.select, "a & c"),
    partial(.select, "a b", 0.25, found: ["the forearms"], missed: ["the knees"]),
    wrong(.select, "b d"),
    wrong(.select, "a b c d"),
    wrong(.select, "abcd"),
    again(.select, "e"),
    again(.select, "a, e"),
    again(.select, "and"),
  ]

  static let lists = [
    right(.list, "creatinine, urea, albumin"),
    right(.list, "albumin; urea; creatinine"),
    right(.list, "urea, albumin, creatinine"),
    right(.list, "BUN, creatinine, albumin"),
    right(.list, "creatinine and urea and albumin"),
    right(.list, "Creatinine, Urea and Albumin."),
    right(.list, "creatinin, urea, albumen"),
    right(.markers, "forearms and elbows"),
    right(.markers, "the elbows, the forearms"),
    partial(
      .list, "creatinine", 1.0 / 3, found: ["creatinine"], missed: ["urea", "albumin"]),
    partial(.list, "urea, albumin", 2.0 / 3, found: ["urea", "albumin"], missed: ["creatinine"]),
    // A wrong item costs half a right one: two right and one wrong keep credit, a whole class earns none.
    partial(
      .list, "albumin, glucose", 0.5 / 3, found: ["albumin"], missed: ["creatinine", "urea"]),
    partial(
      .list, "urea, albumin, glucose", 1.5 / 3, found: ["urea", "albumin"], missed: ["creatinine"]),
    wrong(.list, "albumin, glucose, sodium"),
    partial(.markers, "elbow", 0.5, found: ["the elbows"], missed: ["the forearms"]),
    wrong(.list, "glucose"),
    wrong(.list, "glucose, sodium"),
  ]

  static let truthAndNumbers = [
    right(.isTrue, "t"),
    right(.isTrue, "T"),
    right(.isTrue, "true"),
    right(.isTrue, "True."),
    right(.isTrue, "yes"),
    right(.isTrue, "YES"),
    right(.isTrue, "y"),
    wrong(.isTrue, "f"),
    wrong(.isTrue, "false"),
    wrong(.isTrue, "no"),
    again(.isTrue, "maybe"),
    again(.isTrue, "tru"),
    again(.isTrue, "ye"),
    right(.isTrue, "ture"),
    right(.isTrue, "correct"),
    right(.isFalse, "flase"),
    right(.isFalse, "wrong"),
    right(.isFalse, "f"),
    right(.isFalse, "F"),
    right(.isFalse, "false"),
    right(.isFalse, "no"),
    right(.isFalse, "n"),
    wrong(.isFalse, "t"),
    wrong(.isFalse, "true"),
    wrong(.isFalse, "yes"),
    right(.percentage, "30"),
    right(.percentage, "30%"),
    right(.percentage, "30 %"),
    right(.percentage, "about 30 percent"),
    right(.percentage, "25"),
    right(.percentage, "40"),
    right(.percentage, "25-40"),
    right(.percentage, "25–40%"),
    right(.percentage, "32.5"),
    right(.percentage, "32,5"),
    wrong(.percentage, "24"),
    wrong(.percentage, "24.9"),
    wrong(.percentage, "41"),
    wrong(.percentage, "50%"),
    wrong(.percentage, "20-30"),
    right(.percentage, "thirty"),
    right(.percentage, "thirty-two"),
    right(.percentage, "a third"),
    right(.percentage, "0.3"),
    wrong(.percentage, "half"),
    wrong(.percentage, "30 minutes"),
    right(.threshold, "70"),
    right(.threshold, "70.0"),
    wrong(.threshold, "71"),
    wrong(.threshold, "69.9"),
  ]

  static let blanks = [
    blank(.diltiazem, ""),
    blank(.diltiazem, "   "),
    blank(.choice, ""),
    blank(.select, "\n"),
    blank(.list, " "),
    blank(.isTrue, ""),
    blank(.percentage, "\t"),
  ]

  static let all =
    exactAndNormalised + aliasesAndUnicode + typos + numbersAndEntities + choices + selections
    + lists
    + truthAndNumbers + blanks
}

@Suite("AnswerChecker")
struct AnswerCheckerTests {
  let checker: AnswerChecker

  init() throws { checker = try SyntheticDeck.checker() }

  @Test("the table has the breadth the rules need")
  func tableSize() {
    #expect(AnswerCase.all.count >= 150)
    #expect(Set(AnswerCase.all.map(\.card)) == Set(SampleCard.allCases))
  }

  @Test("an answer is graded by the rules of its card's kind", arguments: AnswerCase.all)
  func grades(_ answer: AnswerCase) {
    let grade = checker.grade(answer.input, for: answer.card.card)
    #expect(grade.verdict == answer.verdict, "\(grade.reason)")
    #expect(grade.isCorrect == (answer.verdict == .correct))
    if let score = answer.score {
      #expect(abs(grade.score - score) < 1e-9, "\(grade.reason)")
    }
    if answer.verdict == .correct, answer.card.isTyped {
      #expect(grade.typoOf == answer.typoOf, "\(grade.reason)")
    }
    if let typo = answer.typoOf {
      #expect(grade.typoOf == typo)
    }
    #expect(grade.otherEntity == answer.otherEntity, "\(grade.reason)")
    #expect(grade.isBlank == answer.isBlank)
    if let found = answer.found { #expect(grade.found == found) }
    if let missed = answer.missed { #expect(grade.missed == missed) }
  }

  @Test("a wrong entity is named in the reason, with the right answer")
  func otherEntityReason() {
    let grade = checker.grade("prednisone", for: SampleCard.prednisolone.card)
    #expect(grade.reason.contains("prednisone"))
    #expect(grade.reason.contains("a different thing"))
    #expect(grade.reason.hasSuffix("The answer is prednisolone"))
  }

  @Test("with descriptions, a wrong entity's reason says what that entity is")
  func otherEntityDescribed() {
    var described = checker
    described.descriptions = ["prednisone": "prednisone is a steroid given by mouth"]
    let grade = described.grade("prednisone", for: SampleCard.prednisolone.card)
    #expect(
      grade.reason
        == "“prednisone” is prednisone, a different thing (prednisone is a steroid given by mouth). "
        + "The answer is prednisolone"
    )
    #expect(grade.otherEntity == "prednisone")
  }

  @Test("a typo names the accepted spelling")
  func typoReason() {
    let grade = checker.grade("warfrin", for: SampleCard.warfarin.card)
    #expect(grade.reason.contains("“warfarin”"))
  }

  @Test("a choice names the picked option and the right one")
  func choiceReason() {
    #expect(
      checker.grade("a", for: SampleCard.choice.card).reason
        == "a) diltiazem is wrong; the answer is b) warfarin")
    #expect(checker.grade("b", for: SampleCard.choice.card).reason == "b) warfarin is right")
    let unknown = checker.grade("x", for: SampleCard.choice.card)
    #expect(unknown.isRetry)
    #expect(unknown.reason.contains("a to d"))
  }

  @Test("a selection lists the wrong options picked and the unknown ones")
  func selectWrongItems() {
    let grade = checker.grade("a b c", for: SampleCard.select.card)
    #expect(grade.wrongItems == ["the elbows"])
    #expect(grade.reason == "2 of 2 right, 1 wrong")
    #expect(checker.grade("a, knees, e", for: SampleCard.select.card).isRetry)
  }

  @Test("a list reports what was named, missed and wrong, in the card's order")
  func listFoundMissed() {
    let grade = checker.grade("albumin, glucose", for: SampleCard.list.card)
    #expect(grade.found == ["albumin"])
    #expect(grade.missed == ["creatinine", "urea"])
    #expect(grade.wrongItems == ["glucose"])
    #expect(grade.reason == "1 of 3 named, 1 wrong")
    let twice = checker.grade("urea, urea", for: SampleCard.list.card)
    #expect(twice.found == ["urea"], "an item counts once")
    #expect(twice.wrongItems == ["urea"])
  }

  @Test("a number outside the range says the accepted range")
  func numberReason() {
    #expect(
      checker.grade("50", for: SampleCard.percentage.card).reason
        == "outside the accepted range 25–40")
    #expect(
      checker.grade("many", for: SampleCard.threshold.card).reason
        == "no number given; the answer is 70")
    #expect(
      checker.grade("30 years", for: SampleCard.percentage.card).reason
        == "the unit is wrong for this question; the answer is 25–40%")
  }

  @Test("a choice card generated from the deck accepts its own answer by letter and by text")
  func generatedChoice() throws {
    let cards = try SyntheticDeck.cards()
    let choices = cards.filter { $0.kind == .choice }
    #expect(!choices.isEmpty)
    for card in choices {
      guard case .choice(let options, let correct) = card.key else {
        Issue.record("\(card.id) is not keyed as a choice")
        continue
      }
      #expect(checker.grade(ChoiceLetters.letter(correct), for: card).isCorrect, "\(card.id)")
      #expect(checker.grade(options[correct], for: card).isCorrect, "\(card.id)")
      for index in options.indices where index != correct {
        #expect(!checker.grade(ChoiceLetters.letter(index), for: card).isCorrect, "\(card.id)")
        #expect(!checker.grade(options[index], for: card).isCorrect, "\(card.id)")
      }
    }
  }

  @Test("every generated card accepts its own accepted texts")
  func generatedCardsAcceptTheirAnswers() throws {
    for deck in [try SyntheticDeck.load(), try realDeck()] {
      let checker = AnswerChecker(lexicon: Lexicon(deck: deck))
      for card in CardGenerator(deck: deck).generate() {
        switch card.key {
        case .typed(let accepted, let entities):
          // Texts the generator added from an entity a card's own text names by an alias are not
          // accepted on their own (docs/answer-checking.md); every other text is.
          let key = TypedKey(
            accepted: accepted, entities: entities, prompt: card.prompt, display: card.answer,
            lexicon: checker.lexicon, index: checker.meaning)
          for text in key.texts.map(\.text) {
            #expect(checker.grade(text, for: card).isCorrect, "\(card.id) ← \(text)")
          }
        case .list(let items):
          let all = items.compactMap(\.first).joined(separator: ", ")
          #expect(checker.grade(all, for: card).isCorrect, "\(card.id) ← \(all)")
        case .select(_, let correct):
          let letters = correct.sorted().map(ChoiceLetters.letter).joined(separator: " ")
          #expect(checker.grade(letters, for: card).isCorrect, "\(card.id) ← \(letters)")
        case .choice, .trueFalse, .number:
          for text in card.acceptedTexts {
            #expect(checker.grade(text, for: card).isCorrect, "\(card.id) ← \(text)")
          }
        }
      }
    }
  }
}

extension SampleCard {
  var isTyped: Bool {
    if case .typed = card.key { return true }
    return false
  }
}

@Suite("AnswerChecker: separators and matching order")
struct AnswerCheckerSeparatorTests {
  let checker: AnswerChecker

  init() throws { checker = try SyntheticDeck.checker() }

  @Test("letters joined by “and” select those options, as “a c” does")
  func selectLettersWithAnd() {
    let grade = checker.grade("a and c", for: SampleCard.select.card)
    #expect(grade.verdict == .correct, "\(grade.reason); wrong: \(grade.wrongItems)")
    #expect(grade.wrongItems.isEmpty)
  }

  @Test("a short option text with a space selects that option, not its words")
  func selectShortOptionText() {
    let grade = checker.grade("the knees", for: SampleCard.select.card)
    #expect(grade.verdict == .partial, "\(grade.reason); wrong: \(grade.wrongItems)")
    #expect(grade.found == ["the knees"])
    #expect(grade.wrongItems.isEmpty)
  }

  @Test("a list item typed exactly is matched to that item before any typo match")
  func listPrefersExactMatches() {
    let card = Card(
      id: CardID("markers", "list"), kind: .list, prompt: "Name both.",
      answer: "creatinine and creatine",
      key: .list(items: [["creatinine"], ["creatine"]]), explanation: "", section: "Types",
      tags: [],
      siblingKey: "markers")
    let grade = checker.grade("creatine, creatinine", for: card)
    #expect(grade.verdict == .correct, "\(grade.reason); wrong: \(grade.wrongItems)")
    #expect(grade.missed.isEmpty)
  }
}

@Suite("AnswerChecker: lists against whole decks")
struct AnswerCheckerListTests {
  @Test(
    "each item of a list card, typed alone, is credited to that item",
    arguments: DeckUnderTest.allCases)
  func itemsAlone(_ deck: DeckUnderTest) throws {
    let model = try deck.load()
    let checker = AnswerChecker(lexicon: Lexicon(deck: model))
    for card in try deck.cards() {
      guard case .list(let items) = card.key else { continue }
      for item in items {
        let text = try #require(item.first)
        let grade = checker.grade(text, for: card)
        #expect(grade.found == [text], "\(card.id) ← “\(text)”: \(grade.reason)")
        #expect(grade.wrongItems.isEmpty, "\(card.id) ← “\(text)”: wrong \(grade.wrongItems)")
      }
    }
  }

  @Test("naming wrong items besides the right ones does not earn full credit")
  func wrongItemsCost() throws {
    let checker = try SyntheticDeck.checker()
    let grade = checker.grade(
      "creatinine, urea, albumin, glucose, sodium", for: SampleCard.list.card)
    #expect(grade.verdict != .correct, "\(grade.reason)")
    #expect(grade.score < 1)
  }
}
