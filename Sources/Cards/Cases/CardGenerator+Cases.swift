import Knowledge

/// Clinical cases: a vignette composed from facts about one entity, asking the entity (the most likely
/// type, the diagnosis) or what a relation links to it (the next test, the best treatment), with three
/// options the model proves wrong (`docs/card-generation.md`, "Clinical cases").
extension CardGenerator {
  /// Every case of the deck, templates' cases first, then the hand-written ones, each with the facts it
  /// draws on; what could not be made fairly goes into `report`.
  func composedCases(report: inout GenerationReport) -> [ComposedCase] {
    guard !deck.cases.isEmpty || !deck.caseTemplates.isEmpty else { return [] }
    let reasoning = CaseReasoning(deck: deck)
    var composed: [ComposedCase] = []
    for template in deck.caseTemplates {
      composed += templateCases(template, reasoning, report: &report)
    }
    for item in deck.cases {
      if let made = handwrittenCase(item, reasoning, report: &report) { composed.append(made) }
    }
    return composed
  }

  /// The facts each case draws on, by the case's unit id: a case is introduced after them, so that it asks
  /// to apply what has been learned.
  public func caseRequirements() -> [UnitID: [String]] {
    var report = GenerationReport()
    return Dictionary(
      composedCases(report: &report).map { ($0.card.unit, $0.requires) }
    ) { _, last in last }
  }
}
