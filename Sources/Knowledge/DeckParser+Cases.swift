import Utilities

/// Clinical cases: the cases a teacher writes (`cases:`) and the templates that make cases from the model
/// (`case-templates:`), checked against the classes, entities, relations and facts declared.
extension DeckParser {
  static let caseKeys: [String] = [
    "id", "stem", "question", "answer", "wrong", "given", "via", "findings", "explanation", "tags",
    "requires", "teacher-note", "source",
  ]
  static let caseTemplateKeys: [String] = [
    "id", "class", "opening", "findings", "question", "via", "options", "explanation", "tags",
    "requires", "teacher-note", "source",
  ]

  /// The cases a teacher wrote, in file order.
  mutating func parseCases(_ node: YAMLNode, facts: [Fact]) -> [ClinicalCase] {
    guard let items = reader.sequence(node, "'cases'") else { return [] }
    let factIDs = Set(facts.map(\.id))
    var cases: [ClinicalCase] = []
    for item in items {
      guard
        let values = fields(
          item, "a case", allowed: Self.caseKeys,
          required: ["id", "stem", "question", "answer", "explanation"]),
        let id = values["id"].flatMap({ reader.identifier($0, "the case id") })
      else { continue }
      let what = "case '\(id)'"
      claimKey(id, at: item)
      let requires = requirements(values["requires"], of: id, what)
      let note = teacherNote(values, what)
      let stem = values["stem"].flatMap { plainText($0, "the stem of \(what)") }
      let question = values["question"].flatMap { plainText($0, "the question of \(what)") }
      let answer = values["answer"].flatMap { entityReference($0, "the answer of \(what)") }
      let wrong = values["wrong"].map { entityReferences($0, "the wrong options of \(what)") }
      let given = values["given"].map { entityReferences($0, "what \(what) is given") } ?? []
      let via = values["via"].flatMap { relationReference($0, "the relation of \(what)") }
      let findings = values["findings"].map {
        factReferences($0, factIDs, "the findings of \(what)")
      }
      if let wrong, let wrongNode = values["wrong"] {
        if wrong.count < 3 {
          reader.error(
            "\(what) needs at least 3 wrong options (or no 'wrong:' at all: Recall then picks three "
              + "that the findings prove wrong)", at: wrongNode)
        }
        if let answer, let same = wrong.first(where: { $0.id == answer.id }) {
          reader.error("the answer of \(what) is also among its wrong options", at: same.location)
        }
      }
      if values["given"] != nil, values["via"] == nil, let givenNode = values["given"] {
        reader.error(
          "\(what) has 'given' but no 'via': name the relation that links the answer to what is given",
          at: givenNode)
      }
      if values["via"] != nil, values["given"] == nil, let viaNode = values["via"] {
        reader.error(
          "\(what) has 'via' but no 'given': name what the stem establishes (an entity id)",
          at: viaNode)
      }
      if values["via"] == nil, findings?.isEmpty ?? true {
        reader.error(
          "\(what) needs 'findings': the facts its stem draws on, which prove the wrong options wrong",
          at: values["findings"] ?? item)
      }
      guard let stem, let question, let answer,
        let explanation = values["explanation"].flatMap({
          reader.text($0, "the explanation of \(what)")
        })
      else { continue }
      cases.append(
        ClinicalCase(
          id: id, stem: stem, question: question, answer: answer, wrong: wrong ?? [], given: given,
          via: via, findings: findings ?? [], explanation: explanation,
          tags: values["tags"].flatMap { reader.texts($0, "the tags of \(what)") } ?? [],
          requires: requires, teacherNote: note, location: reader.location(of: item)))
    }
    return cases
  }

  /// The case templates, in file order.
  mutating func parseCaseTemplates(_ node: YAMLNode) -> [CaseTemplate] {
    guard let items = reader.sequence(node, "'case-templates'") else { return [] }
    var templates: [CaseTemplate] = []
    for item in items {
      guard
        let values = fields(
          item, "a case template", allowed: Self.caseTemplateKeys,
          required: ["id", "class", "findings", "question"]),
        let id = values["id"].flatMap({ reader.identifier($0, "the case template id") })
      else { continue }
      let what = "case template '\(id)'"
      claimKey(id, at: item)
      let requires = requirements(values["requires"], of: id, what)
      let note = teacherNote(values, what)
      let entityClass = values["class"].flatMap { knownClass($0, "the class of \(what)") }
      let question = values["question"].flatMap { plainText($0, "the question of \(what)") }
      let opening = values["opening"].flatMap { plainText($0, "the opening of \(what)") }
      let optionClasses =
        values["options"].map { node in
          (reader.tree.kind(of: node) == .scalar ? [node] : reader.sequence(node, what) ?? [])
            .compactMap { knownClass($0, "an option class of \(what)") }
        } ?? []
      var findings: [CaseTemplate.Finding] = []
      if let entityClass, let findingsNode = values["findings"],
        let pairs = reader.mapping(findingsNode, "the findings of \(what)")
      {
        for pair in pairs {
          if let finding = finding(pair.keyNode, pair.value, of: entityClass, what) {
            findings.append(finding)
          }
        }
        if pairs.isEmpty {
          reader.error(
            "\(what) needs at least one finding (relation: sentence)", at: findingsNode)
        }
      }
      var via: (id: String, entityIsSubject: Bool)?
      if let entityClass, let viaNode = values["via"],
        let relation = relationReference(viaNode, "the relation of \(what)"),
        let side = side(of: entityClass, in: relation.id, at: viaNode, what)
      {
        via = (relation.id, side)
      }
      guard let entityClass, let question, !findings.isEmpty,
        values["via"] == nil || via != nil
      else { continue }
      templates.append(
        CaseTemplate(
          id: id, classID: entityClass, opening: opening, findings: findings, question: question,
          via: via?.id, entityIsSubjectOfVia: via?.entityIsSubject ?? true,
          optionClasses: optionClasses,
          explanation: values["explanation"].flatMap {
            reader.text($0, "the explanation of \(what)")
          },
          tags: values["tags"].flatMap { reader.texts($0, "the tags of \(what)") } ?? [],
          requires: requires, teacherNote: note, location: reader.location(of: item)))
    }
    return templates
  }

  /// One finding of a template: a relation linking the template's class, and its sentence, whose
  /// placeholders name the other side of the relation (never the case's entity).
  private mutating func finding(
    _ keyNode: YAMLNode, _ textNode: YAMLNode, of entityClass: String, _ what: String
  ) -> CaseTemplate.Finding? {
    guard let relation = relationReference(keyNode, "a finding of \(what)"),
      let entityIsSubject = side(of: entityClass, in: relation.id, at: keyNode, what),
      let text = reader.text(textNode, "the finding '\(relation.id)' of \(what)")
    else { return nil }
    let other = entityIsSubject ? "{object}" : "{subject}"
    let own = entityIsSubject ? "{subject}" : "{object}"
    let sentence = "the finding '\(relation.id)' of \(what)"
    let allowed = [other, "{qualifier}"]
    let start = reader.location(of: textNode)
    var seen: [String: Int] = [:]
    for placeholder in Self.placeholderLike(in: text) {
      let occurrence = seen[placeholder, default: 0]
      seen[placeholder] = occurrence + 1
      guard !allowed.contains(placeholder) else { continue }
      let location =
        Self.locate(placeholder, occurrence: occurrence, from: start, in: source) ?? start
      if placeholder == own {
        reader.error(
          "\(sentence) cannot use \(own): it is the case's own entity, the one the vignette must not "
            + "name", at: location)
        continue
      }
      let suggestion = SpellingSuggestion.closest(to: placeholder, among: allowed)
      reader.error(
        "unknown placeholder \(placeholder) in \(sentence)"
          + (suggestion.map { "; did you mean \($0)?" } ?? "")
          + " (it may use \(other) and {qualifier})",
        at: location)
    }
    // A misspelt placeholder is the likelier mistake, and is reported at itself.
    if !text.includes(other),
      !seen.keys.contains(where: { !allowed.contains($0) && $0 != own })
    {
      reader.error("\(sentence) must contain \(other)", at: textNode)
    }
    return CaseTemplate.Finding(
      relation: relation.id, text: text, entityIsSubject: entityIsSubject,
      location: reader.location(of: keyNode))
  }

  /// Whether entities of `entityClass` are the subjects of `relation`'s facts (true) or their objects
  /// (false); nil, with an error, when the relation links no entity of the class.
  private mutating func side(
    of entityClass: String, in relationID: String, at node: YAMLNode, _ what: String
  ) -> Bool? {
    guard let relation = relations.first(where: { $0.id == relationID }) else { return nil }
    if relation.subjectClasses.contains(entityClass) { return true }
    if relation.objectClasses.contains(entityClass) { return false }
    let name = classes.first { $0.id == entityClass }?.name ?? entityClass
    reader.error(
      "relation '\(relationID)' in \(what) links no \(name): its subjects are "
        + relation.subjectClasses.joined(separator: ", ") + " and its objects "
        + relation.objectClasses.joined(separator: ", "),
      at: node)
    return nil
  }

  /// A text in which nothing is filled in: an error at each `{word}`, which only a template's findings have.
  private mutating func plainText(_ node: YAMLNode, _ what: String) -> String? {
    guard let text = reader.text(node, what) else { return nil }
    let start = reader.location(of: node)
    var seen: [String: Int] = [:]
    for placeholder in Self.placeholderLike(in: text) {
      let occurrence = seen[placeholder, default: 0]
      seen[placeholder] = occurrence + 1
      reader.error(
        "\(what) has \(placeholder), but nothing is filled in there: only the findings of a case "
          + "template have placeholders",
        at: Self.locate(placeholder, occurrence: occurrence, from: start, in: source) ?? start)
    }
    return text
  }

  private mutating func knownClass(_ node: YAMLNode, _ what: String) -> String? {
    guard let id = reader.identifier(node, what) else { return nil }
    guard classes.contains(where: { $0.id == id }) else {
      if !brokenClassIDs.contains(id) {
        reader.error(
          "unknown class '\(id)' in \(what)"
            + SpellingSuggestion.didYouMean(id, among: classes.lazy.map(\.id)),
          at: node)
      }
      return nil
    }
    return id
  }

  private mutating func entityReference(_ node: YAMLNode, _ what: String) -> DeckReference? {
    guard let id = reader.identifier(node, what) else { return nil }
    guard entities.contains(where: { $0.id == id }) else {
      if !brokenEntityIDs.contains(id) {
        reader.error(
          "unknown entity '\(id)' in \(what)"
            + SpellingSuggestion.didYouMean(id, among: entities.lazy.map(\.id)),
          at: node)
      }
      return nil
    }
    return DeckReference(id: id, location: reader.location(of: node))
  }

  /// Entity ids, one alone being a list of one; each given once.
  private mutating func entityReferences(_ node: YAMLNode, _ what: String) -> [DeckReference] {
    let items = reader.tree.kind(of: node) == .scalar ? [node] : reader.sequence(node, what) ?? []
    var references: [DeckReference] = []
    for item in items {
      guard let reference = entityReference(item, "each of \(what)") else { continue }
      if references.contains(where: { $0.id == reference.id }) {
        reader.error("'\(reference.id)' is listed twice in \(what)", at: item)
        continue
      }
      references.append(reference)
    }
    return references
  }

  private mutating func relationReference(_ node: YAMLNode, _ what: String) -> DeckReference? {
    guard let id = reader.identifier(node, what) else { return nil }
    guard relations.contains(where: { $0.id == id }) else {
      if !brokenRelationIDs.contains(id) {
        reader.error(
          "unknown relation '\(id)' in \(what)"
            + SpellingSuggestion.didYouMean(id, among: relations.lazy.map(\.id)),
          at: node)
      }
      return nil
    }
    return DeckReference(id: id, location: reader.location(of: node))
  }

  /// Fact ids, one alone being a list of one; each must name a fact.
  private mutating func factReferences(
    _ node: YAMLNode, _ factIDs: Set<String>, _ what: String
  ) -> [DeckReference] {
    let items = reader.tree.kind(of: node) == .scalar ? [node] : reader.sequence(node, what) ?? []
    var references: [DeckReference] = []
    for item in items {
      guard let id = reader.identifier(item, "each of \(what)") else { continue }
      guard factIDs.contains(id) else {
        reader.error(
          cardKeys[id] == nil
            ? "unknown fact '\(id)' in \(what)"
              + SpellingSuggestion.didYouMean(id, among: factIDs.sorted())
            : "'\(id)' in \(what) is a quantity, card or case, not a fact", at: item)
        continue
      }
      if !references.contains(where: { $0.id == id }) {
        references.append(DeckReference(id: id, location: reader.location(of: item)))
      }
    }
    return references
  }

  /// The mark of an item that goes beyond the deck's source: `teacher-note: true`, or a `source:` alone.
  /// Lint, not the loader, requires the source, so a deck with a note still to be sourced can be studied.
  mutating func teacherNote(_ values: MappingFields, _ what: @autoclosure () -> String)
    -> TeacherNote?
  {
    let source = values["source"].flatMap { reader.text($0, "the source of \(what())") }
    if let flagNode = values["teacher-note"],
      let isNote = reader.boolean(flagNode, "'teacher-note' of \(what())")
    {
      guard isNote else {
        if let sourceNode = values["source"] {
          reader.error(
            "\(what()) has a 'source' but 'teacher-note: false': a source is for a teacher's note; "
              + "remove one of them", at: sourceNode)
        }
        return nil
      }
      return TeacherNote(source: source, location: reader.location(of: flagNode))
    }
    guard let source, let sourceNode = values["source"] else { return nil }
    return TeacherNote(source: source, location: reader.location(of: sourceNode))
  }
}
