import Knowledge

/// Cards from facts, subject to object: typed, choice, select, list, true/false and cloze.
extension CardGenerator {
  func forwardCards(_ fact: Fact, _ relation: Relation, report: inout GenerationReport) -> [Card] {
    let question = FactQuestion(fact: fact, relation: relation, generator: self)
    let objects = question.trueObjects
    if leaks(question.prompt, answers: objects) {
      // The question gives its answer away: no question cards, only the statements.
      report.leaks.append(
        .init(id: CardID(fact.id, "recall", "forward"), location: fact.location))
      return statementCards(question)
    }
    var cards: [Card] = []
    if fact.objects.allSatisfy(isTypeable) {
      let suffix = fact.objects.count > 1 ? " (name one)" : ""
      cards.append(
        question.card(
          CardID(fact.id, "recall", "forward"), .recall, question.prompt + suffix,
          answer: TemplateText.list(fact.objects.map(name)),
          key: .typed(accepted: accepted(objects), entities: Set(objects))))
    }
    if objects.count >= 2, objects.count <= 8, objects.allSatisfy(isTypeable) {
      cards.append(
        question.card(
          CardID(fact.id, "list", "forward"), .list,
          question.prompt + (objects.count == 2 ? " (name both)" : " (name all \(objects.count))"),
          answer: TemplateText.list(objects.map(name)),
          key: .list(items: objects.map { accepted([$0]) })))
    }
    if let card = choiceCard(question, report: &report) { cards.append(card) }
    if objects.count >= 2, let card = selectCard(question) { cards.append(card) }
    cards += statementCards(question)
    return cards
  }

  func choiceCard(_ question: FactQuestion, report: inout GenerationReport) -> Card? {
    let id = CardID(question.fact.id, "choice", "forward")
    var random = contentRandom(for: id)
    guard let answer = question.fact.objects.randomElement(using: &random) else { return nil }
    let found = distractors(
      in: objectPool(question.relation), count: 3, using: &random,
      isFair: question.isFalseObject)
    guard found.count == 3 else {
      let others = objectPool(question.relation).contains(where: question.isOtherEntity)
      report.missingChoices.append(
        .init(
          fact: question.fact.id, direction: "forward", distractors: found.count,
          onlyOverlaps: found.isEmpty && others))
      return nil
    }
    return makeChoice(id, question.prompt, answer, found, question)
  }

  func selectCard(_ question: FactQuestion) -> Card? {
    let id = CardID(question.fact.id, "select", "forward")
    var random = contentRandom(for: id)
    let shownTrue = Array(question.trueObjects.shuffled(using: &random).prefix(4))
    let wanted = max(2, 5 - shownTrue.count)
    let found = distractors(
      in: objectPool(question.relation), count: wanted, using: &random,
      isFair: question.isFalseObject)
    guard found.count >= 2 else { return nil }
    var order = orderRandom(for: id)
    let options = (shownTrue + found).shuffled(using: &order)
    let correct = Set(options.indices.filter { shownTrue.contains(options[$0]) })
    return question.card(
      id, .select, question.prompt + " (select all that apply)",
      answer: TemplateText.list(correct.sorted().map { name(options[$0]) }),
      key: .select(options: options.map(name), correct: correct))
  }

  /// A true statement with one true object, and a false one with an object the model proves false; plus a cloze
  /// of the statement when the fact has a single object.
  func statementCards(_ question: FactQuestion) -> [Card] {
    guard let template = question.relation.statement, template.contains("{object}") else {
      return []
    }
    let fact = question.fact
    var cards: [Card] = []
    var random = contentRandom(for: CardID(fact.id, "truefalse"))
    if let object = fact.objects.randomElement(using: &random) {
      cards.append(
        question.card(
          CardID(fact.id, "truefalse", "true"), .truefalse, question.statement(object),
          answer: "true", key: .trueFalse(true)))
    }
    let swap = distractors(
      in: objectPool(question.relation), count: 1, using: &random, isFair: question.isFalseObject)
    if let wrong = swap.first {
      cards.append(
        question.card(
          CardID(fact.id, "truefalse", "false"), .truefalse, question.statement(wrong),
          answer: "false", key: .trueFalse(false)))
    }
    if fact.objects.count == 1, let object = fact.objects.first, isTypeable(object) {
      let blank = question.statement(nil)
      cards.append(
        question.card(
          CardID(fact.id, "cloze", "forward"), .cloze, blank, answer: name(object),
          key: .typed(accepted: accepted(question.trueObjects), entities: Set(question.trueObjects))
        ))
    }
    return cards
  }

  func objectPool(_ relation: Relation) -> [String] {
    relation.objectClasses.flatMap { entitiesByClass[$0] ?? [] }
  }

  /// A four-option card with `answer` and three wrong entities, in the session's order.
  func makeChoice(
    _ id: CardID, _ prompt: String, _ answer: String, _ wrong: [String], _ question: FactQuestion
  ) -> Card {
    var order = orderRandom(for: id)
    let options = ([answer] + wrong).shuffled(using: &order)
    let correct = options.firstIndex(of: answer) ?? 0
    return question.card(
      id, .choice, prompt, answer: name(answer),
      key: .choice(options: options.map(name), correct: correct))
  }

  /// Whether no accepted text of `candidate` is also a text of one of `trueIDs`.
  func textsDiffer(_ candidate: String, from trueIDs: some Sequence<String>) -> Bool {
    let theirs = info[candidate]?.normalized ?? []
    return trueIDs.allSatisfy { (info[$0]?.normalized ?? []).isDisjoint(with: theirs) }
  }

  /// Up to `count` fair distractors from `pool`: random probes first (cheap for big classes), then a scan in
  /// file order from a random start.
  func distractors(
    in pool: [String], count: Int, using random: inout SeededGenerator,
    isFair: (String) -> Bool
  ) -> [String] {
    guard !pool.isEmpty, count > 0 else { return [] }
    var picked: [String] = []
    var tried: Set<Int> = []
    for _ in 0..<(count * 4) where picked.count < count {
      let index = Int.random(in: 0..<pool.count, using: &random)
      guard tried.insert(index).inserted else { continue }
      if isFair(pool[index]) { picked.append(pool[index]) }
    }
    if picked.count < count {
      let start = Int.random(in: 0..<pool.count, using: &random)
      for offset in 0..<pool.count where picked.count < count {
        let index = (start + offset) % pool.count
        if tried.insert(index).inserted, isFair(pool[index]) { picked.append(pool[index]) }
      }
    }
    return picked
  }
}
