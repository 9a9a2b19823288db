import Knowledge
import Utilities

/// Cases made from a teacher's case template: one per entity of the template's class that the model
/// describes under one of the template's findings, when those findings single it out within its class and
/// rule out three options.
extension CardGenerator {
  /// The cases of `template`, in the order of the class's entities; what could not be made fairly goes into
  /// `report`.
  func templateCases(
    _ template: CaseTemplate, _ reasoning: CaseReasoning, report: inout GenerationReport
  ) -> [ComposedCase] {
    var composed: [ComposedCase] = []
    let warned = report.caseDiagnostics.count
    for entity in deck.entities where entity.classID == template.classID {
      if let made = templateCase(template, about: entity.id, reasoning, report: &report) {
        composed.append(made)
      }
    }
    // Each entity left out has its warning; with none, say why there is nothing at all.
    if composed.isEmpty, report.caseDiagnostics.count == warned {
      let relations = template.findings.map { "'\($0.relation)'" }.joined(separator: ", ")
      report.caseDiagnostics.append(
        DeckDiagnostic(
          .warning, at: template.location,
          "case template '\(template.id)' makes no case: no \(className(template.classID)) has a "
            + "fact under \(relations)"))
    }
    return composed
  }

  private func templateCase(
    _ template: CaseTemplate, about entity: String, _ reasoning: CaseReasoning,
    report: inout GenerationReport
  ) -> ComposedCase? {
    let unit = "\(template.id).\(entity)"
    var random = contentRandom(for: CardID(unit, CardKind.clinicalCase.rawValue))
    // The alternatives a finding should rule out: the other options (a diagnosis), or the other entities of
    // the class the case is about (so that the findings single it out before it is asked through `via`).
    let pool = optionPool(template, about: entity)
    let alternatives =
      template.via == nil
      ? pool : deck.entities.filter { $0.classID == template.classID }.map(\.id)
    var sentences: [String] = template.opening.map { [$0] } ?? []
    var findings: [StatedFinding] = []
    for spec in template.findings {
      guard
        let chosen = bestFinding(
          spec, about: entity, against: alternatives, reasoning, using: &random)
      else { continue }
      findings.append(chosen)
      let other = reasoning.name(chosen.other)
      sentences.append(
        TemplateText.render(
          spec.text, subject: spec.entityIsSubject ? "" : other,
          object: spec.entityIsSubject ? other : "", qualifier: chosen.fact.qualifier,
          sentence: true))
    }
    guard !findings.isEmpty else { return nil }
    // The findings must single the entity out within its class: a vignette that fits another one as well
    // would ask the same question with two answers (or, through `via`, about two entities).
    let alike = deck.entities.filter {
      $0.classID == template.classID && $0.id != entity
        && !reasoning.interchangeable($0.id, entity)
        && reasoning.ruledOut($0.id, by: findings) == nil
    }
    guard alike.isEmpty else {
      report.caseDiagnostics.append(
        DeckDiagnostic(
          .warning, at: template.location,
          "case template '\(template.id)' makes no case about '\(entity)': its findings fit "
            + TemplateText.list(alike.map(\.name)) + " as well"))
      return nil
    }
    var parts = CaseParts(
      id: unit, unit: unit, sibling: template.id, stem: sentences.joined(separator: " "),
      question: template.question,
      answer: entity, wrong: [], explanation: template.explanation.map { [$0] } ?? [],
      cited: findings.map(\.fact), drawsOn: findings.map(\.fact), tags: template.tags,
      requires: template.requires, teacherNote: template.teacherNote, location: template.location,
      findings: findings)
    var candidates: [(option: String, reasons: [Reason])] = []
    if let via = template.via {
      let subjects = template.entityIsSubjectOfVia
      let answers = pool.filter {
        subjects ? reasoning.linked(entity, via, $0) : reasoning.linked($0, via, entity)
      }
      guard let answer = answers.randomElement(using: &random) else { return nil }
      parts.answer = answer
      parts.given = [entity]
      parts.via = via
      parts.givenAreSubjects = subjects
      let links = reasoning.links(answer, to: [entity], via: via, entitiesAreSubjects: subjects)
      parts.cited += links.map(\.fact)
      parts.drawsOn += links.map(\.fact)
      parts.explanation.append(
        "Why \(reasoning.name(answer)): "
          + reasoning.sentences(findings.map(\.reason) + links))
      for option in pool where option != answer && !reasoning.interchangeable(option, answer) {
        if let reasons = reasoning.unlinked(
          option, from: [entity], via: via, entitiesAreSubjects: subjects)
        {
          candidates.append((option, reasons))
        }
      }
    } else {
      parts.explanation.append(
        "Why \(reasoning.name(entity)): "
          + reasoning.sentences(findings.map(\.reason)))
      for option in pool where option != entity && !reasoning.interchangeable(option, entity) {
        if let reasons = reasoning.ruledOut(option, by: findings) {
          candidates.append((option, reasons))
        }
      }
    }
    guard candidates.count >= 3 else {
      report.caseDiagnostics.append(
        DeckDiagnostic(
          .warning, at: template.location,
          "case template '\(template.id)' makes no case about '\(entity)': only \(candidates.count) "
            + "of the options are ruled out by its findings; it needs 3"))
      return nil
    }
    candidates.shuffle(using: &random)
    return caseCard(parts, wrong: candidates, reasoning, report: &report)
  }

  /// The entities the options of `template`'s cases come from.
  private func optionPool(_ template: CaseTemplate, about entity: String) -> [String] {
    var classes = template.optionClasses
    if classes.isEmpty, let via = template.via, let relation = deck.relation(via) {
      classes = template.entityIsSubjectOfVia ? relation.objectClasses : relation.subjectClasses
    }
    if classes.isEmpty { classes = [template.classID] }
    return deck.entities.filter { classes.contains($0.classID) }.map(\.id)
  }

  /// Of the facts `spec` could state about `entity`, the one that rules out the most `alternatives`
  /// (ties: at random, fixed per case).
  private func bestFinding(
    _ spec: CaseTemplate.Finding, about entity: String, against alternatives: [String],
    _ reasoning: CaseReasoning, using random: inout SplitMix64
  ) -> StatedFinding? {
    let facts =
      spec.entityIsSubject
      ? reasoning.facts(of: entity, under: spec.relation)
      : deck.facts(about: entity, under: spec.relation)
    let options = facts.flatMap { reasoning.findings(of: $0, about: entity) }
    guard !options.isEmpty else { return nil }
    let scored = options.map { finding in
      (
        finding,
        alternatives.filter { $0 != entity && reasoning.contradiction(of: $0, by: finding) != nil }
          .count
      )
    }
    let best = scored.map(\.1).max() ?? 0
    return scored.filter { $0.1 == best }.map(\.0).randomElement(using: &random)
  }

  /// A class's name for messages.
  func className(_ id: String) -> String { deck.entityClass(id)?.name ?? id }
}
