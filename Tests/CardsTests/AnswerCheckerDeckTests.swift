import Testing

@testable import Cards

/// One answer to a card of a built-in deck and how it must be graded.
struct DeckAnswerCase: Sendable, CustomTestStringConvertible {
  let deck: GradingDeck
  let card: String
  let input: String
  let verdict: Grade.Verdict
  var score: Double?
  var typo = false

  var testDescription: String { "\(card) ← “\(input)” is \(verdict.rawValue)" }
}

private let cc = GradingDeck.calcinosis
private let burns = GradingDeck.burns
private let retired = GradingDeck.retired

private func right(_ deck: GradingDeck, _ card: String, _ input: String, typo: Bool = false)
  -> DeckAnswerCase
{
  DeckAnswerCase(deck: deck, card: card, input: input, verdict: .correct, score: 1, typo: typo)
}

private func wrong(_ deck: GradingDeck, _ card: String, _ input: String) -> DeckAnswerCase {
  DeckAnswerCase(deck: deck, card: card, input: input, verdict: .incorrect, score: 0)
}

private func partial(_ deck: GradingDeck, _ card: String, _ input: String, _ score: Double)
  -> DeckAnswerCase
{
  DeckAnswerCase(deck: deck, card: card, input: input, verdict: .partial, score: score)
}

private func again(_ deck: GradingDeck, _ card: String, _ input: String) -> DeckAnswerCase {
  DeckAnswerCase(deck: deck, card: card, input: input, verdict: .retry, score: 0)
}

extension DeckAnswerCase {
  /// Every row of the table in issue 16, as the teacher graded it, on the card that now asks the same
  /// (cards cut from the calcinosis deck live on in `GradingDeck.retired`).
  static let issueRows = [
    right(cc, "ssc-sites.select.forward", "acde"),
    right(cc, "kidney-tests.select.forward", "acd"),
    right(burns, "chemical-special-step.select.forward", "be"),
    again(cc, "dystrophic-defined-by.truefalse.true", "tru"),
    again(cc, "most-common-type.choice", "e"),
    right(cc, "most-common-type.choice", "dystrofic"),
    right(burns, "butter-harm.recall.forward", "it keeps the heat in"),
    right(burns, "scald-special-step.recall.forward", "remove clothing"),
    right(cc, "minocycline-action.recall.forward", "reduces inflammation"),
    right(cc, "idiopathic-defined-by.recall.forward", "no tissue damage, normal labs"),
    right(retired, "type-count.number", "five"),
    right(cc, "sle-periarticular-rate.number", "1/3"),
    right(cc, "calcium-phosphate-product-threshold.number", "70 mg2/dL2"),
    right(retired, "vitamin-k-cloze.cloze", "vitamin K"),
    right(cc, "metastatic-defined-by.recall.forward", "elevated calcium x phosphate product"),
    right(cc, "underlies.calciphylaxis.recall.reverse", "ESRD"),
    right(cc, "crest.reverse", "limited cutaneous systemic sclerosis"),
    right(
      cc, "hyperparathyroidism-tests.list.forward", "PTH, 25-hydroxyvitamin D, calcium, phosphate"),
    partial(cc, "hyperparathyroidism-tests.list.forward", "PTH, 25-hydroxyvitamin D", 0.5),
    right(burns, "cotton-wool-harm.recall.forward", "fibers stuck in the burn"),
    right(cc, "calciphylaxis.reverse", "calcifylaxis"),
    right(cc, "five-types.list", "dystrophic, metastatic, idiopathic, iatrogenic, calcifylaxis"),
    wrong(cc, "definition-cloze.cloze", "serum calcium"),
    wrong(cc, "anti-dsdna-detects.recall.forward", "scleroderma"),
  ]

  /// The textbook forms the grader's author asked the deck for, now the deck's own aliases (or equal to
  /// one after normalisation); "scleroderma" stays an alias of systemic sclerosis, and is still not its
  /// limited form.
  static let deckAliases = [
    right(cc, "metastatic-defined-by.recall.forward", "raised calcium × phosphate product"),
    right(cc, "metastatic-defined-by.recall.forward", "high calcium-phosphate product"),
    right(cc, "hypervitaminosis-d-tests.recall.forward", "25-hydroxyvitamin D"),
    right(cc, "hypervitaminosis-d-tests.recall.forward", "25-OH vitamin D"),
    right(cc, "hypervitaminosis-d-tests.recall.forward", "calcidiol"),
    right(cc, "underlies.calciphylaxis.recall.reverse", "end-stage renal disease"),
    right(cc, "underlies.calciphylaxis.recall.reverse", "end-stage kidney disease"),
    right(cc, "crest.reverse", "lcSSc"),
    right(cc, "minocycline-reports.recall.forward", "scleroderma"),
    right(cc, "systemic-sclerosis.reverse", "scleroderma"),
    wrong(cc, "crest.reverse", "scleroderma"),
    wrong(cc, "crest.reverse", "systemic sclerosis"),
  ]

  static let typedRewordings = [
    right(cc, "dystrophic-defined-by.recall.forward", "damage to the tissue from another disease"),
    right(cc, "dystrophic-defined-by.recall.forward", "damaged tissues"),
    right(cc, "dystrophic-defined-by.recall.forward", "tissue damage"),
    right(
      cc, "dystrophic-defined-by.recall.forward",
      "the tissue is damaged but blood levels are normal"),
    right(cc, "dystrophic-defined-by.recall.forward", "damaged tissue, normal blood levels"),
    wrong(cc, "dystrophic-defined-by.recall.forward", "normal tissue but high blood levels"),
    right(cc, "metastatic-defined-by.recall.forward", "raised calcium and phosphate levels"),
    right(cc, "metastatic-defined-by.recall.forward", "increased calcium and phosphorus"),
    right(cc, "metastatic-defined-by.recall.forward", "high calcium and phosphorus in the blood"),
    right(cc, "idiopathic-defined-by.recall.forward", "normal labs; no tissue damage"),
    right(cc, "idiopathic-defined-by.recall.forward", "normal labs and no damage"),
    right(cc, "iatrogenic-defined-by.recall.forward", "calcium or phosphate containing product"),
    right(
      cc, "iatrogenic-defined-by.recall.forward",
      "a product containing calcium or phosphate given in medical care"),
    right(cc, "calciphylaxis-defined-by.recall.forward", "calcification of blood vessels"),
    right(cc, "calciphylaxis-defined-by.recall.forward", "calcified vessel"),
    right(cc, "tumoral-calcinosis-form.recall.forward", "the idiopathic type"),
    right(cc, "ssc-underlies.recall.forward", "Dystrophic Calcification."),
    right(cc, "ssc-underlies.recall.forward", "dystrophic calcifications"),
    right(cc, "diltiazem-action.recall.forward", "it lowers calcium entry into cells"),
    right(cc, "diltiazem-action.recall.forward", "blocks calcium entry"),
    right(cc, "warfarin-action.recall.forward", "antagonizes vitamin K"),
    right(cc, "warfarin-action.recall.forward", "it blocks vitamin K"),
    right(cc, "minocycline-action.recall.forward", "anti inflammatory"),
    right(cc, "minocycline-action.recall.forward", "antiinflammatory"),
    right(cc, "minocycline-action.recall.forward", "it is anti-inflammatory and binds calcium"),
    right(cc, "sodium-thiosulfate-action.recall.forward", "makes calcium more soluble"),
    right(cc, "sodium-thiosulfate-action.recall.forward", "increases solubility of calcium"),
    right(cc, "metastatic-sites.recall.forward", "near the joints"),
    right(retired, "subepidermal-nodules-sites.recall", "on the face"),
    right(cc, "definition-cloze.cloze", "calcium salt deposits"),
    right(cc, "definition.recall", "cutaneous calcinosis"),
    right(retired, "definition-layer.recall", "the subcutaneous tissues"),
    right(retired, "vitamin-k-role.recall", "clotting of the blood"),
    right(retired, "thiosulfate-route-ulcerated.recall", "applied to the skin"),
    right(cc, "surgery-best-for.recall", "small and localised deposits"),
    right(cc, "pain-movement.recall", "their movement"),
    right(cc, "pain-movement.recall", "moving"),
    right(cc, "course-cloze.cloze", "with no symptoms"),
    right(cc, "crest.reverse", "CREST syndrome"),
    right(cc, "crest.reverse", "the CREST form"),
    right(cc, "underlies.calciphylaxis.recall.reverse", "chronic kidney disease (CKD)"),
    right(retired, "specialist.recall", "a dermatologist"),
    right(burns, "butter-harm.recall.forward", "traps the heat"),
    right(burns, "butter-harm.recall.forward", "infections"),
    right(burns, "cotton-wool-harm.recall.forward", "fibres get stuck in the burn"),
    right(burns, "cotton-wool-harm.recall.forward", "fluff sticks to the wound"),
    right(burns, "plaster-harm.recall.forward", "it tears the skin when removed"),
    right(burns, "scald-special-step.recall.forward", "take off wet clothes"),
    right(burns, "scald-special-step.recall.forward", "take the clothes off"),
    right(burns, "chemical-powder-special-step.recall.forward", "brush the powder off"),
    right(burns, "electrical-household-special-step.recall.forward", "switch the power off"),
    right(burns, "sunburn-special-step.recall.forward", "go inside"),
    right(burns, "ice-harm.recall.forward", "the body gets too cold"),
    right(burns, "superficial-sign.recall.forward", "red skin, no blisters"),
    right(burns, "full-thickness-sign.recall.forward", "leathery or charred skin"),
    right(burns, "infection-warning.recall", "it is infected"),
    right(burns, "cool-with-running-water.cloze", "running tap water"),
    right(burns, "cover-after-cooling.recall", "cling-film"),
    right(burns, "cover-after-cooling.recall", "a plastic bag"),
    right(burns, "hand-size-rule.recall", "hands"),
    right(burns, "superficial.reverse", "1st degree burn"),
    right(burns, "scald.reverse", "scald"),
  ]

  static let typedVariantsAndTypos = [
    right(cc, "ssc-underlies.recall.forward", "dystrofic"),
    right(cc, "defined-by.vessel-calcification.recall.reverse", "calcific uremic arteriolopathy"),
    right(cc, "suited-to.large-deposits.recall.reverse", "aluminum hydroxide"),
    right(cc, "aluminium-hydroxide-action.recall.forward", "binding phosphorous"),
    right(cc, "iatrogenic-sites.recall.forward", "venipuncture sites"),
    right(retired, "calciphylaxis-dialysis.cloze", "hemodialysis"),
    right(retired, "macrophage-cloze.cloze", "leucocytes"),
    right(cc, "surgery-best-for.recall", "small localized deposits"),
    right(cc, "tumoral-calcinosis-form.recall.forward", "tumoural calcinosis is idiopathic"),
    right(cc, "systemic-sclerosis.reverse", "systemic sclerosus", typo: true),
    right(cc, "tumoral-calcinosis-form.recall.forward", "idiopatic", typo: true),
    right(cc, "ssc-sites.recall.forward", "forarms", typo: true),
    right(retired, "specialist.recall", "dermatolgist", typo: true),
    right(cc, "dermatomyositis.reverse", "dermatomyosits", typo: true),
    right(retired, "calciphylaxis-dialysis.cloze", "hemodyalisis", typo: true),
    right(cc, "dystrophic-defined-by.recall.forward", "tisue damage", typo: true),
    right(cc, "defined-by.vessel-calcification.recall.reverse", "calciphylaxsis", typo: true),
    right(burns, "cotton-wool-harm.recall.forward", "fibres stuck in the burm", typo: true),
    wrong(cc, "hyperparathyroidism.reverse", "hypoparathyroidism"),
    wrong(cc, "systemic-sclerosis.reverse", "multiple sclerosis"),
    wrong(cc, "dermatomyositis.reverse", "polymyositis"),
  ]

  static let typedWrong = [
    wrong(cc, "dystrophic-defined-by.recall.forward", "no tissue damage"),
    wrong(cc, "dystrophic-defined-by.recall.forward", "high calcium and phosphorus"),
    wrong(cc, "metastatic-defined-by.recall.forward", "high calcium"),
    wrong(cc, "metastatic-defined-by.recall.forward", "normal calcium and phosphorus"),
    wrong(cc, "metastatic-defined-by.recall.forward", "calcium"),
    wrong(cc, "idiopathic-defined-by.recall.forward", "normal lab results"),
    wrong(cc, "idiopathic-defined-by.recall.forward", "no damage and raised calcium"),
    wrong(cc, "iatrogenic-defined-by.recall.forward", "tissue damage"),
    wrong(cc, "calciphylaxis-defined-by.recall.forward", "calcification"),
    wrong(cc, "tumoral-calcinosis-form.recall.forward", "iatrogenic"),
    wrong(cc, "ssc-sites.recall.forward", "the face"),
    wrong(cc, "ssc-sites.recall.forward", "the forearms and the knees and the face"),
    wrong(cc, "tumoral-calcinosis-sites.recall.forward", "around the joints and the face"),
    wrong(cc, "sle-tests.recall.forward", "blood test"),
    wrong(cc, "hypervitaminosis-d-tests.recall.forward", "biopsy"),
    wrong(cc, "dm-tests.recall.forward", "creatinine"),
    wrong(cc, "diltiazem-action.recall.forward", "increases calcium entry"),
    wrong(cc, "diltiazem-action.recall.forward", "binding calcium"),
    wrong(cc, "warfarin-action.recall.forward", "raising vitamin K"),
    wrong(cc, "minocycline-reports.recall.forward", "lupus"),
    wrong(
      cc, "aluminium-hydroxide-reports.recall.forward", "dermatomyositis and systemic sclerosis"),
    wrong(cc, "definition-cloze.cloze", "blood calcium"),
    wrong(cc, "milk-alkali-cloze.cloze", "serum calcium"),
    wrong(cc, "milk-alkali-cloze.cloze", "calcium level"),
    wrong(cc, "underlies.calciphylaxis.recall.reverse", "kidney stones"),
    wrong(cc, "crest.reverse", "diffuse systemic sclerosis"),
    wrong(cc, "course-cloze.cloze", "painfully"),
    wrong(cc, "surgery-best-for.recall", "large deposits"),
    wrong(retired, "macrophage-cloze.cloze", "red blood cell"),
    wrong(retired, "vitamin-k-cloze.cloze", "D"),
    wrong(retired, "vitamin-k-cloze.cloze", "vitamin D"),
    wrong(retired, "thiosulfate-route-ulcerated.recall", "under the skin"),
    wrong(retired, "thiosulfate-route-ulcerated.recall", "intravenously"),
    wrong(cc, "metastatic-sites.recall.forward", "away from the joints"),
    wrong(cc, "hypervitaminosis-d.reverse", "vitamin D deficiency"),
    wrong(burns, "ice-harm.recall.forward", "infection"),
    wrong(burns, "butter-harm.recall.forward", "hypothermia"),
    wrong(burns, "cotton-wool-harm.recall.forward", "torn skin"),
    wrong(burns, "scald-special-step.recall.forward", "move out of the sun"),
    wrong(burns, "electrical-high-voltage-special-step.recall.forward", "switch off the power"),
    wrong(burns, "cool-with-running-water.cloze", "ice water"),
    wrong(burns, "cover-after-cooling.recall", "cotton wool"),
    wrong(burns, "superficial-sign.recall.forward", "blisters"),
    wrong(burns, "superficial.reverse", "full thickness"),
  ]

  static let numbers = [
    right(retired, "type-count.number", "5 types"),
    wrong(retired, "type-count.number", "four"),
    right(cc, "calcium-phosphate-product-threshold.number", "seventy"),
    wrong(cc, "calcium-phosphate-product-threshold.number", "70 years"),
    right(cc, "crest-calcinosis-rate.number", "about a third"),
    right(cc, "crest-calcinosis-rate.number", "0.3"),
    right(cc, "crest-calcinosis-rate.number", "two fifths"),
    wrong(cc, "crest-calcinosis-rate.number", "half"),
    right(retired, "crest-calcinosis-years.number", "a decade"),
    right(retired, "crest-calcinosis-years.number", "ten"),
    wrong(retired, "crest-calcinosis-years.number", "10 months"),
    wrong(retired, "crest-calcinosis-years.number", "10%"),
    right(cc, "dm-adult-rate.number", "thirty percent"),
    right(cc, "dm-adult-rate.number", "3 in 10"),
    right(cc, "dm-adult-rate.number", "3 out of 10"),
    right(cc, "dm-child-rate.number", "seventy per cent"),
    right(cc, "sle-periarticular-rate.number", "one third"),
    wrong(cc, "sle-periarticular-rate.number", "0.33%"),
    right(cc, "sle-soft-tissue-rate.number", "seventeen percent"),
    right(retired, "urine-collection-hours.number", "24h"),
    right(retired, "urine-collection-hours.number", "24 hrs"),
    right(retired, "urine-collection-hours.number", "twenty-four hours"),
    right(retired, "urine-collection-hours.number", "1 day"),
    wrong(retired, "urine-collection-hours.number", "24 minutes"),
    wrong(retired, "urine-collection-hours.number", "24%"),
    right(burns, "cooling-time.number", "20 min"),
    right(burns, "cooling-time.number", "twenty minutes"),
    wrong(burns, "cooling-time.number", "20 seconds"),
    wrong(burns, "cooling-time.number", "20 hours"),
    right(burns, "palm-area.number", "0.01"),
    right(burns, "palm-area.number", "0.8%"),
    right(burns, "palm-area.number", "about one percent"),
    wrong(burns, "palm-area.number", "10%"),
  ]

  static let options = [
    right(cc, "ssc-sites.select.forward", "c d e a"),
    right(cc, "ssc-sites.select.forward", "a, c, d and e"),
    right(cc, "ssc-sites.select.forward", "(a) (c) (d) (e)"),
    right(cc, "ssc-sites.select.forward", "the knees, the elbows, the forearms, the fingers"),
    partial(cc, "ssc-sites.select.forward", "a c", 0.5),
    partial(cc, "ssc-sites.select.forward", "a c d b", 0.375),
    wrong(cc, "ssc-sites.select.forward", "abcdef"),
    wrong(cc, "ssc-sites.select.forward", "b f"),
    again(cc, "ssc-sites.select.forward", "g"),
    again(cc, "ssc-sites.select.forward", "a, c, bananas"),
    again(cc, "ssc-sites.select.forward", ","),
    partial(cc, "kidney-tests.select.forward", "a, c, d, b", 0.5),
    right(burns, "ice-harm.select.forward", "a and c"),
    right(burns, "ice-harm.select.forward", "cold injury to the skin, hypothermia"),
    wrong(burns, "ice-harm.select.forward", "abcde"),
    again(burns, "ice-harm.select.forward", "z"),
    partial(burns, "chemical-special-step.select.forward", "b", 0.5),
    right(burns, "chemical-special-step.select.forward", "b, e"),
    right(cc, "kidney-tests.choice.forward", "a"),
    right(cc, "kidney-tests.choice.forward", "blood urea"),
    wrong(cc, "kidney-tests.choice.forward", "b"),
    again(cc, "kidney-tests.choice.forward", "f"),
    again(cc, "kidney-tests.choice.forward", "aspirin"),
    right(burns, "best-first-aid.choice", "cool it under running water"),
    again(burns, "best-first-aid.choice", "e"),
    right(burns, "ice-harm.choice.forward", "hypotermia"),
    wrong(burns, "ice-harm.choice.forward", "infection"),
    right(burns, "sunburn-special-step.choice.forward", "move out of sun"),
    right(cc, "dystrophic-defined-by.truefalse.true", "ture"),
    right(cc, "dystrophic-defined-by.truefalse.true", "yes."),
    right(cc, "dystrophic-defined-by.truefalse.true", "TRUE"),
    wrong(cc, "dystrophic-defined-by.truefalse.true", "false"),
    again(cc, "dystrophic-defined-by.truefalse.true", "ye"),
    again(cc, "dystrophic-defined-by.truefalse.true", "maybe"),
    right(cc, "tumoral-calcinosis-form.truefalse.false", "flase"),
    right(cc, "tumoral-calcinosis-form.truefalse.false", "F"),
    right(burns, "keep-person-warm.truefalse", "treu"),
    right(burns, "blisters-left-alone.truefalse", "fasle"),
    wrong(burns, "blisters-left-alone.truefalse", "yes"),
  ]

  static let lists = [
    right(cc, "ssc-sites.list.forward", "knees; elbows; fingers; forearms"),
    right(cc, "ssc-sites.list.forward", "forearm, elbow, finger and knee"),
    partial(cc, "ssc-sites.list.forward", "forearms, elbows", 0.5),
    partial(cc, "ssc-sites.list.forward", "forearms, elbows, knees, face", 0.625),
    wrong(cc, "ssc-sites.list.forward", "face, buttocks"),
    right(cc, "sle-tests.list.forward", "CBC, ANA, anti-dsDNA, anti-ENA"),
    partial(cc, "sle-tests.list.forward", "CBC, ANA, anti-dsDNA, creatinine", 0.625),
    right(cc, "kidney-tests.list.forward", "creatinin, urea, basic metabolic panel", typo: true),
    partial(cc, "kidney-tests.list.forward", "creatine, urea, BMP", 0.5),
    right(cc, "hyperparathyroidism-tests.list.forward", "PTH, vitamin D, calcium and phosphate"),
    partial(cc, "hyperparathyroidism-tests.list.forward", "PTH, creatinine", 0.125),
    right(cc, "metastatic-tests.select.forward", "calcium, phosphate, albumin, 24 h urine calcium"),
    right(cc, "dm-tests.list.forward", "CK, LDH, AST, ALT, aldolase, ANA, anti-ENA"),
    right(cc, "milk-alkali-tests.list.forward", "bicarb, pH, calcium and creatinine"),
    right(retired, "universalis-structures.list", "muscle and tendon"),
    right(
      cc, "local-causes.list",
      "injury, inflammation, varicose veins, tumors, infection, connective tissue disease"),
    right(cc, "metabolic-causes.list", "hyperphosphatemia, hypercalcemia"),
    right(cc, "general-measures.list", "avoid injury, stop smoking, reduce stress, avoid cold"),
    right(cc, "general-measures.list", "no smoking, less stress, keep warm, avoid trauma"),
    right(cc, "imaging-list.list", "x-rays, ultrasound, bone scan, CT, MRI"),
    right(burns, "burn-depths.list", "superficial, partial thickness, full thickness"),
    right(burns, "burn-depths.list", "first degree, second degree, third degree"),
    right(burns, "ice-harm.list.forward", "frostbite and hypothermia"),
    partial(burns, "ice-harm.list.forward", "hypothermia, infection", 0.25),
    right(
      burns, "chemical-special-step.list.forward", "remove contaminated clothing, brush off powder"),
  ]

  static let all =
    issueRows + deckAliases + typedRewordings + typedVariantsAndTypos + typedWrong + numbers
    + options + lists
}

@Suite("AnswerChecker on the built-in decks")
struct AnswerCheckerDeckTests {
  @Test("the deck table has the breadth the rules need")
  func tableSize() {
    #expect(DeckAnswerCase.all.count + AnswerCase.all.count >= 300)
    #expect(Set(DeckAnswerCase.all.map(\.deck)) == Set(GradingDeck.allCases))
  }

  @Test("an answer to a deck card is graded as a teacher would", arguments: DeckAnswerCase.all)
  func grades(_ answer: DeckAnswerCase) throws {
    let fixture = try GradingFixture.shared.get()
    let grade = try fixture.grade(answer.input, card: answer.card, in: answer.deck)
    #expect(grade.verdict == answer.verdict, "\(grade.reason)")
    if let score = answer.score {
      #expect(abs(grade.score - score) < 1e-9, "\(grade.reason)")
    }
    if answer.verdict == .correct {
      #expect((grade.typoOf != nil) == answer.typo, "\(grade.reason)")
    }
  }

  @Test("a rewording says what it was matched to")
  func matchedFeedback() throws {
    let fixture = try GradingFixture.shared.get()
    let grade = try fixture.grade(
      "reduces inflammation", card: "minocycline-action.recall.forward", in: .calcinosis)
    #expect(grade.reason == "accepted: ‘reduces inflammation’ = ‘reducing inflammation’")
    #expect(grade.matched == "reducing inflammation")
    #expect(grade.typoOf == nil)
  }

  @Test("a retry says the form expected")
  func retryHints() throws {
    let fixture = try GradingFixture.shared.get()
    let choice = try fixture.grade("e", card: "most-common-type.choice", in: .calcinosis)
    #expect(choice.reason.contains("a to d"))
    let truth = try fixture.grade(
      "tru", card: "dystrophic-defined-by.truefalse.true", in: .calcinosis)
    #expect(truth.reason.contains("true or false"))
  }

  @Test("another thing named reads as a sentence: what it is, the deck's words on it in brackets")
  func otherEntityFeedback() throws {
    let fixture = try GradingFixture.shared.get()
    let grade = try fixture.grade(
      "calcium", card: "metastatic-defined-by.recall.forward", in: .calcinosis)
    #expect(grade.verdict == .incorrect)
    #expect(
      grade.reason
        == "“calcium” is serum calcium, a different thing (the tests that help to look for "
        + "hyperparathyroidism include serum calcium). The answer is raised blood calcium and "
        + "phosphate levels")
  }

  @Test("a sentence inside another: no full stop, a first capital lowered unless an abbreviation")
  func midSentence() {
    #expect(AnswerChecker.midSentence("The tests include PTH.") == "the tests include PTH")
    #expect(AnswerChecker.midSentence("PTH is a hormone.") == "PTH is a hormone")
    #expect(AnswerChecker.midSentence("warfarin is a drug") == "warfarin is a drug")
  }
}
