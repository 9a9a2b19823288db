import Knowledge

/// One fact seen from its subject: the question wording, the true objects and what is provably false.
struct FactQuestion {
  let fact: Fact
  let relation: Relation
  let generator: CardGenerator
  /// The question, with the qualifier in brackets when the wording has no place for it.
  let prompt: String
  /// Every true object: the fact's own first, then (without a qualifier) the subject's other objects under
  /// the relation, since the relation is closed-world per subject.
  let trueObjects: [String]
  private let trueSet: Set<String>

  init(fact: Fact, relation: Relation, generator: CardGenerator) {
    self.fact = fact
    self.relation = relation
    self.generator = generator
    var prompt = TemplateText.render(
      relation.ask, subject: generator.name(fact.subject), qualifier: fact.qualifier)
    if let qualifier = fact.qualifier, !relation.ask.contains("{qualifier}") {
      prompt += " (\(qualifier))"
    }
    self.prompt = prompt
    let all =
      fact.qualifier == nil
      ? generator.deck.objects(of: fact.subject, under: relation.id) : Set(fact.objects)
    trueObjects = fact.objects + all.subtracting(fact.objects).sorted()
    // Never a distractor or a "false" swap: anything true of the subject under any qualifier, so that no
    // question turns on a qualifier alone.
    trueSet = generator.deck.objects(of: fact.subject, under: relation.id).union(fact.objects)
  }

  /// A candidate object is provably false for this subject: true under no qualifier, not the subject,
  /// overlapping no true object, and sharing no accepted text with one.
  func isFalseObject(_ candidate: String) -> Bool {
    guard !trueSet.contains(candidate), candidate != fact.subject else { return false }
    guard trueSet.allSatisfy({ !generator.deck.overlap($0, candidate) }) else { return false }
    return generator.textsDiffer(candidate, from: trueSet)
  }

  /// A candidate that is neither a true object nor the subject (before overlaps are considered).
  func isOtherEntity(_ candidate: String) -> Bool {
    !trueSet.contains(candidate) && candidate != fact.subject
  }

  /// The relation's statement about the subject and `object` (nil: a blank).
  func statement(_ object: String?) -> String {
    let template = relation.statement ?? ""
    var text = TemplateText.render(
      template, subject: generator.name(fact.subject),
      object: object.map(generator.name) ?? "_____", qualifier: fact.qualifier)
    if let qualifier = fact.qualifier, !template.contains("{qualifier}") {
      text += " (\(qualifier))"
    }
    return text
  }

  /// A card about this fact.
  func card(_ id: CardID, _ kind: CardKind, _ prompt: String, answer: String, key: AnswerKey)
    -> Card
  {
    Card(
      id: id, kind: kind, prompt: prompt, answer: answer, key: key, explanation: fact.explanation,
      section: fact.section, tags: fact.tags, siblingKey: fact.id, location: fact.location)
  }
}
