import Knowledge

/// A clinical case made into a card, with the facts it draws on (the learner meets those first) and what
/// proves its options: what the vignette states, or what it is given and through which relation.
struct ComposedCase {
  /// The card: a vignette and a question with four options.
  let card: Card
  /// The right option and the wrong ones, as entity ids.
  let answer: String
  let wrong: [String]
  /// What the vignette states about the case's entity (a diagnosis: each wrong option contradicts one).
  let findings: [StatedFinding]
  /// What the stem establishes, and the relation from the answer to it (a case asked through `via`).
  let given: [String]
  let via: String?
  /// Whether `given` are the subjects of `via`'s facts (else their objects).
  let givenAreSubjects: Bool
  /// What the learner meets first: the ids the case's `requires:` names, then the facts the vignette
  /// states or the reasons cite, in the order they are used.
  let requires: [String]
}

/// Assembles a case's card from its parts, the same way for hand-written and template cases.
struct CaseParts {
  var id: String
  var unit: String
  /// The sibling key: the case's own id, or its template's (the cases of one template are siblings).
  var sibling: String
  var stem: String
  var question: String
  var answer: String
  var wrong: [String]
  /// The teacher's words, if any, then "Why …" and one "Not …" line per wrong option.
  var explanation: [String]
  /// The facts whose sections the case cites, in order.
  var cited: [Fact]
  /// Every fact the case draws on (cited or used in a reason).
  var drawsOn: [Fact]
  var tags: [String]
  /// What the case's (or its template's) `requires:` names.
  var requires: [String]
  var teacherNote: TeacherNote?
  var location: SourceLocation
  /// The proof, for `ComposedCase`.
  var findings: [StatedFinding] = []
  var given: [String] = []
  var via: String? = nil
  var givenAreSubjects = false
}

extension CardGenerator {
  /// The card of `parts`, its options in the session's order.
  func caseCard(_ parts: CaseParts, _ reasoning: CaseReasoning) -> ComposedCase {
    let id = CardID(parts.id, CardKind.clinicalCase.rawValue)
    var order = orderRandom(for: id)
    let options = ([parts.answer] + parts.wrong).shuffled(using: &order)
    // The sections in the order the source has them.
    let headings = deck.source.sections
    var sections: [String] = []
    for fact in parts.cited where !sections.contains(fact.section) { sections.append(fact.section) }
    sections.sort {
      (headings.firstIndex(of: $0) ?? headings.count)
        < (headings.firstIndex(of: $1) ?? headings.count)
    }
    var requires = parts.requires
    for fact in parts.drawsOn where !requires.contains(fact.id) { requires.append(fact.id) }
    let card = Card(
      id: id, kind: .clinicalCase, prompt: parts.stem + "\n" + parts.question,
      answer: reasoning.name(parts.answer),
      key: .choice(
        options: options.map(reasoning.name), correct: options.firstIndex(of: parts.answer) ?? 0),
      explanation: parts.explanation.joined(separator: "\n"),
      section: sections.joined(separator: "; "), tags: parts.tags, siblingKey: parts.sibling,
      unit: UnitID(rawValue: parts.unit), location: parts.location, teacherNote: parts.teacherNote)
    return ComposedCase(
      card: card, answer: parts.answer, wrong: parts.wrong, findings: parts.findings,
      given: parts.given, via: parts.via, givenAreSubjects: parts.givenAreSubjects,
      requires: requires)
  }

  /// The card of `parts` with the first three `wrong` options, each explained by the reasons that rule it out;
  /// nil, reported in `report`, when the vignette or question names the answer.
  func caseCard(
    _ parts: CaseParts, wrong: [(option: String, reasons: [Reason])], _ reasoning: CaseReasoning,
    report: inout GenerationReport
  ) -> ComposedCase? {
    var parts = parts
    for candidate in wrong.prefix(3) {
      parts.wrong.append(candidate.option)
      parts.explanation.append(
        reasoning.against(candidate.option, because: [reasoning.sentences(candidate.reasons)]))
      parts.drawsOn += candidate.reasons.map(\.fact)
    }
    guard !caseLeaks(parts) else {
      report.leaks.append(
        .init(id: CardID(parts.id, CardKind.clinicalCase.rawValue), location: parts.location))
      return nil
    }
    return caseCard(parts, reasoning)
  }

  /// Whether the vignette and question name the answer (a name or alias, as whole words).
  func caseLeaks(_ parts: CaseParts) -> Bool {
    guard let answer = model.indexByID[parts.answer] else { return false }
    return leaks(parts.stem + " " + parts.question, answers: [answer])
  }
}
