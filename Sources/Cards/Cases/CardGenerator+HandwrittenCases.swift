import Knowledge

/// The cases a teacher wrote: their wrong options proved wrong from the findings, or picked when none are
/// given.
extension CardGenerator {
  /// The card of `item`, or nil (with an error in `report`) when its options cannot be proved.
  func handwrittenCase(
    _ item: ClinicalCase, _ reasoning: CaseReasoning, report: inout GenerationReport
  ) -> ComposedCase? {
    let what = "case '\(item.id)'"
    var random = contentRandom(for: CardID(item.id, CardKind.clinicalCase.rawValue))
    let cited = item.findings.compactMap { reference in
      deck.facts.first { $0.id == reference.id }
    }
    var parts = CaseParts(
      id: item.id, unit: item.id, sibling: item.id, stem: item.stem, question: item.question,
      answer: item.answer.id,
      wrong: [], explanation: [item.explanation], cited: cited, drawsOn: cited, tags: item.tags,
      requires: item.requires, teacherNote: item.teacherNote, location: item.location)
    var problems: [DeckDiagnostic] = []
    // Why an option is wrong (nil: the model cannot prove it).
    let proof: (String) -> [Reason]?
    if let via = item.via?.id {
      let given = item.given.map(\.id)
      guard let subjects = givenAreSubjects(item, via: via, problems: &problems) else {
        report.caseDiagnostics += problems
        return nil
      }
      let links = reasoning.links(
        item.answer.id, to: given, via: via, entitiesAreSubjects: subjects)
      if links.isEmpty {
        problems.append(
          DeckDiagnostic(
            .error, at: item.answer.location,
            "the answer of \(what), '\(item.answer.id)', is linked by '\(via)' to none of what it is "
              + "given (\(given.joined(separator: ", ")))"))
      }
      parts.cited += links.map(\.fact)
      parts.drawsOn += links.map(\.fact)
      parts.given = given
      parts.via = via
      parts.givenAreSubjects = subjects
      proof = { reasoning.unlinked($0, from: given, via: via, entitiesAreSubjects: subjects) }
    } else {
      let findings = cited.flatMap { reasoning.findings(of: $0, about: item.answer.id) }
      parts.findings = findings
      if findings.isEmpty {
        problems.append(
          DeckDiagnostic(
            .error, at: item.location,
            "none of the findings of \(what) is a fact about its answer '\(item.answer.id)', so "
              + "nothing proves its wrong options wrong"))
      }
      proof = { reasoning.ruledOut($0, by: findings) }
    }
    var wrong: [(option: String, reasons: [Reason])] = []
    if item.wrong.isEmpty {
      let pool = deck.entities.filter { $0.classID == deck.entity(item.answer.id)?.classID }
      for entity in pool
      where entity.id != item.answer.id && !reasoning.interchangeable(entity.id, item.answer.id) {
        if let reasons = proof(entity.id) { wrong.append((entity.id, reasons)) }
      }
      if wrong.count < 3, problems.isEmpty {
        problems.append(
          DeckDiagnostic(
            .error, at: item.location,
            "\(what): only \(wrong.count) of the \(className(pool.first?.classID ?? "")) options "
              + "are proved wrong by its findings; it needs 3 (add findings, or write 'wrong:')"))
      }
      wrong.shuffle(using: &random)
    } else {
      for option in item.wrong {
        if reasoning.interchangeable(option.id, item.answer.id) {
          problems.append(
            DeckDiagnostic(
              .error, at: option.location,
              "wrong option '\(option.id)' of \(what) overlaps or shares a name with its answer"))
        } else if let reasons = proof(option.id) {
          wrong.append((option.id, reasons))
        } else {
          problems.append(
            DeckDiagnostic(
              .error, at: option.location,
              "wrong option '\(option.id)' of \(what) is not proved wrong: "
                + (item.via == nil
                  ? "no finding rules it out"
                  : "the model does not rule it out for what the case is given")))
        }
      }
      wrong.shuffle(using: &random)
    }
    guard problems.isEmpty, wrong.count >= 3 else {
      report.caseDiagnostics += problems
      return nil
    }
    return caseCard(parts, wrong: wrong, reasoning, report: &report)
  }

  /// Whether what `item` is given are subjects of `via`'s facts (true) or objects (false); nil, with the
  /// problem, when they are on neither side or not all on one.
  private func givenAreSubjects(
    _ item: ClinicalCase, via: String, problems: inout [DeckDiagnostic]
  ) -> Bool? {
    guard let relation = deck.relation(via) else { return nil }
    var sides: Set<Bool> = []
    for given in item.given {
      let classID = deck.entity(given.id)?.classID ?? ""
      if relation.subjectClasses.contains(classID) {
        sides.insert(true)
      } else if relation.objectClasses.contains(classID) {
        sides.insert(false)
      } else {
        problems.append(
          DeckDiagnostic(
            .error, at: given.location,
            "'\(given.id)', given to case '\(item.id)', is on neither side of relation '\(via)'"))
      }
    }
    guard problems.isEmpty, sides.count == 1 else {
      if problems.isEmpty, let first = item.given.first {
        problems.append(
          DeckDiagnostic(
            .error, at: first.location,
            "what case '\(item.id)' is given must all be on one side of relation '\(via)'"))
      }
      return nil
    }
    return sides.first
  }
}
