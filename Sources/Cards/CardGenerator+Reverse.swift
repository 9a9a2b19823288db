import Knowledge

/// Cards from object to subject ("In which condition do deposits form on the knees?"), one pair per relation
/// and object, whichever facts mention it.
extension CardGenerator {
  func reverseCards(
    _ object: String, _ relation: Relation, firstFact fact: Fact, report: inout GenerationReport
  ) -> [Card] {
    guard let template = relation.askReverse else { return [] }
    let prompt = TemplateText.render(template, object: name(object))
    let subjects = deck.subjects(of: object, under: relation.id)
    guard !leaks(prompt, answers: subjects) else {
      report.leaks.append(
        .init(id: CardID(relation.id, object, "recall", "reverse"), location: fact.location))
      return []
    }
    let ordered = [fact.subject] + subjects.subtracting([fact.subject]).sorted()
    let explanation = deck.facts(about: object, under: relation.id).map(\.explanation)
      .joined(separator: " ")
    func card(_ id: CardID, _ kind: CardKind, _ prompt: String, _ answer: String, _ key: AnswerKey)
      -> Card
    {
      Card(
        id: id, kind: kind, prompt: prompt, answer: answer, key: key, explanation: explanation,
        section: fact.section, tags: fact.tags, siblingKey: fact.id, location: fact.location)
    }
    var cards: [Card] = []
    if subjects.allSatisfy(isTypeable) {
      cards.append(
        card(
          CardID(relation.id, object, "recall", "reverse"), .recall,
          subjects.count > 1 ? prompt + " (name one)" : prompt,
          TemplateText.list(ordered.map(name)),
          .typed(accepted: accepted(ordered), entities: subjects)))
    }
    let id = CardID(relation.id, object, "choice", "reverse")
    var random = contentRandom(for: id)
    let pool = relation.subjectClasses.flatMap { entitiesByClass[$0] ?? [] }
    // Only subjects the model describes under this relation are provably false when the object is missing.
    let isFair = { (candidate: String) -> Bool in
      guard !subjects.contains(candidate), candidate != object,
        self.deck.describes(candidate, under: relation.id)
      else { return false }
      let theirs = self.deck.objects(of: candidate, under: relation.id)
      return theirs.allSatisfy { !self.deck.overlap($0, object) }
        && subjects.allSatisfy { !self.deck.overlap($0, candidate) }
        && self.textsDiffer(candidate, from: subjects)
    }
    guard let answer = ordered.randomElement(using: &random) else { return cards }
    let wrong = distractors(in: pool, count: 3, using: &random, isFair: isFair)
    guard wrong.count == 3 else {
      report.missingChoices.append(
        .init(
          fact: fact.id, direction: "reverse", object: object, distractors: wrong.count,
          onlyOverlaps: false))
      return cards
    }
    var order = orderRandom(for: id)
    let options = ([answer] + wrong).shuffled(using: &order)
    cards.append(
      card(
        id, .choice, prompt, name(answer),
        .choice(options: options.map(name), correct: options.firstIndex(of: answer) ?? 0)))
    return cards
  }
}
