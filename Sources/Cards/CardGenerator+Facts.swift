import Knowledge

/// Cards from facts: a typed and a single-best-answer question in each direction.
extension CardGenerator {
  func forwardCards(_ fact: Fact, _ relation: Relation) -> [Card] {
    let subject = name(fact.subject)
    var prompt = TemplateText.render(relation.ask, subject: subject, qualifier: fact.qualifier)
    if let qualifier = fact.qualifier, !relation.ask.contains("{qualifier}") {
      // A qualifier narrows the question; when the wording has no place for it, it follows in brackets.
      prompt += " (\(qualifier))"
    }
    let allTrue =
      fact.qualifier == nil ? deck.objects(of: fact.subject, under: relation.id) : Set(fact.objects)
    let trueObjects = fact.objects + allTrue.subtracting(fact.objects).sorted()
    let display = TemplateText.list(fact.objects.map(name))
    var cards: [Card] = []
    let recallID = CardID(fact.id, "recall", "forward")
    if fact.objects.allSatisfy(isTypeable) {
      cards.append(
        Card(
          id: recallID, kind: .recall,
          prompt: fact.objects.count > 1 ? prompt + " (name one)" : prompt, answer: display,
          key: .typed(accepted: accepted(trueObjects), entities: Set(trueObjects)),
          explanation: fact.explanation, section: fact.section, tags: fact.tags, siblingKey: fact.id
        ))
    }

    let choiceID = CardID(fact.id, "choice", "forward")
    var generator = random(for: choiceID)
    let candidates = deck.entities(inClasses: relation.objectClasses).map(\.id).filter {
      candidate in
      candidate != fact.subject && provablyFalse(candidate, against: Array(allTrue))
    }
    if let answer = fact.objects.randomElement(using: &generator),
      let card = choiceCard(
        id: choiceID, prompt: prompt, answer: answer, candidates: candidates, fact: fact,
        generator: &generator)
    {
      cards.append(card)
    }
    return cards
  }

  func reverseCards(_ object: String, _ relation: Relation, firstFact fact: Fact) -> [Card] {
    guard let template = relation.askReverse else { return [] }
    let prompt = TemplateText.render(template, object: name(object))
    let subjects = deck.subjects(of: object, under: relation.id)
    let ordered = [fact.subject] + subjects.subtracting([fact.subject]).sorted()
    let explanation = deck.facts
      .filter { $0.relation == relation.id && $0.objects.contains(object) }
      .map(\.explanation).joined(separator: " ")
    var cards: [Card] = []
    let recallID = CardID(relation.id, object, "recall", "reverse")
    if subjects.allSatisfy(isTypeable) {
      cards.append(
        Card(
          id: recallID, kind: .recall,
          prompt: subjects.count > 1 ? prompt + " (name one)" : prompt,
          answer: TemplateText.list(ordered.map(name)),
          key: .typed(accepted: accepted(ordered), entities: subjects),
          explanation: explanation, section: fact.section, tags: fact.tags, siblingKey: fact.id))
    }

    let choiceID = CardID(relation.id, object, "choice", "reverse")
    var generator = random(for: choiceID)
    // Only subjects the model describes under this relation are provably false when the object is missing.
    let candidates = deck.entities(inClasses: relation.subjectClasses).map(\.id).filter {
      candidate in
      guard deck.describes(candidate, under: relation.id), !subjects.contains(candidate) else {
        return false
      }
      let theirs = deck.objects(of: candidate, under: relation.id)
      return theirs.allSatisfy { !deck.overlap($0, object) }
        && subjects.allSatisfy { !deck.overlap($0, candidate) }
    }
    if let answer = ordered.randomElement(using: &generator),
      let card = choiceCard(
        id: choiceID, prompt: prompt, answer: answer, candidates: candidates, fact: fact,
        generator: &generator)
    {
      cards.append(card)
    }
    return cards
  }

  /// Whether a learner can fairly be asked to type an entity: some accepted text of at most four words.
  /// Long descriptive answers ("damage to tissue caused by another disease") are asked as choices only.
  func isTypeable(_ id: String) -> Bool {
    accepted([id]).contains { text in
      text.count <= 40 && text.split(whereSeparator: \.isWhitespace).count <= 4
    }
  }

  /// A candidate is a fair distractor when it is none of the true answers, overlaps none of them, and no
  /// text of it is also a text of a true answer.
  func provablyFalse(_ candidate: String, against trueIDs: [String]) -> Bool {
    guard trueIDs.allSatisfy({ !deck.overlap($0, candidate) }) else { return false }
    let theirs = Set(accepted([candidate]).map(AnswerText.normalize))
    let ours = Set(accepted(trueIDs).map(AnswerText.normalize))
    return theirs.isDisjoint(with: ours)
  }

  /// A four-option single-best-answer card, or nil when fewer than three fair distractors exist.
  func choiceCard(
    id: CardID, prompt: String, answer: String, candidates: [String], fact: Fact,
    generator: inout SeededGenerator
  ) -> Card? {
    guard candidates.count >= 3 else { return nil }
    let distractors = candidates.shuffled(using: &generator).prefix(3)
    let options = ([answer] + distractors).shuffled(using: &generator)
    guard let correct = options.firstIndex(of: answer) else { return nil }
    return Card(
      id: id, kind: .choice, prompt: prompt, answer: name(answer),
      key: .choice(options: options.map(name), correct: correct),
      explanation: fact.explanation, section: fact.section, tags: fact.tags, siblingKey: fact.id)
  }
}
