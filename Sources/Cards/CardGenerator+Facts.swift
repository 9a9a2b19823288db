import Knowledge
import Utilities

/// Cards from facts, subject to object: typed, choice, select, list, true/false and cloze.
extension CardGenerator {
  func forwardCards(
    _ question: FactQuestion, into cards: inout [Card], report: inout GenerationReport
  ) {
    let factID = question.factID
    let objects = question.trueObjects
    if let first = question.askedBy {
      // Another fact asks the questions of the answer they share: this one adds its statements only.
      report.sharedQuestions.append(.init(fact: factID, askedBy: model.facts[first].id))
      statementCards(question, trueKey: nil, cloze: false, into: &cards)
      return
    }
    if leaks(question.prompt, answers: objects) {
      // The question gives its answer away: no question cards, only the statements.
      report.leaks.append(
        .init(id: cardID(factID, ".recall.forward"), location: question.location))
      statementCards(question, trueKey: nil, cloze: true, into: &cards)
      return
    }
    // The typed key of the recall card, shared with the cloze card (both accept every true object).
    let trueKey = AnswerKey.typed(
      accepted: model.accepted(of: objects), entities: question.trueIDs)
    // Each card's wording agrees with how many answers it wants: one on a choice card, all of them on a
    // list or select card.
    let recallMade = model.areTypeable(question.shownObjects)
    if recallMade {
      cards.append(
        question.card(
          cardID(factID, ".recall.forward"), .recall,
          objects.count > 1 ? question.nameOnePrompt : question.prompt(.one),
          answer: model.listOfNames(question.shownObjects), key: trueKey))
    }
    if objects.count >= 2, objects.count <= 8, model.areTypeable(objects) {
      let prompt =
        model.wordings[question.relationIndex].askNumbered == nil
        ? question.prompt + (objects.count == 2 ? " (name both)" : " (name all \(objects.count))")
        : question.prompt(.count(objects.count))
      cards.append(
        question.card(
          cardID(factID, ".list.forward"), .list, prompt, answer: model.listOfNames(objects),
          key: .list(items: model.listItems(objects))))
    }
    if let card = choiceCard(question, report: &report) { cards.append(card) }
    if objects.count >= 2, let card = selectCard(question) { cards.append(card) }
    // A cloze of the statement asks what the typed question asks, in other words: one of them is enough.
    // Where the deck states `kinds:`, those decide (`keep`), so the cloze is made for them to keep or not.
    let clozeAdds = !recallMade || model.kinds(ofFact: question.factIndex) != nil
    statementCards(question, trueKey: trueKey, cloze: clozeAdds, into: &cards)
  }

  func choiceCard(_ question: FactQuestion, report: inout GenerationReport) -> Card? {
    let id = cardID(question.factID, ".choice.forward")
    var random = contentRandom(for: id)
    guard let answer = question.shownObjects.randomElement(using: &random) else { return nil }
    let pool = model.objectPools[question.relationIndex]
    let found = distractors(
      in: pool, count: 3, using: &random, isFair: { question.isFalseObject($0) })
    guard found.count == 3 else {
      let others = pool.contains { question.isOtherEntity($0) }
      report.missingChoices.append(
        .init(
          fact: question.factID, direction: "forward", distractors: found.count,
          onlyOverlaps: found.isEmpty && others))
      return nil
    }
    return makeChoice(id, question.prompt(.one), answer, found, question)
  }

  func selectCard(_ question: FactQuestion) -> Card? {
    let id = cardID(question.factID, ".select.forward")
    var random = contentRandom(for: id)
    var shownTrue = question.trueObjects
    shownTrue.shuffle(using: &random)
    if shownTrue.count > 4 { shownTrue.removeLast(shownTrue.count - 4) }
    let wanted = max(2, 5 - shownTrue.count)
    let found = distractors(
      in: model.objectPools[question.relationIndex], count: wanted, using: &random,
      isFair: { question.isFalseObject($0) })
    guard found.count >= 2 else { return nil }
    var order = orderRandom(for: id)
    var options = shownTrue
    options += found
    options.shuffle(using: &order)
    let correct = options.indices.filter { shownTrue.contains(options[$0]) }
    return question.card(
      id, .select, TemplateText.joined(question.prompt(.several), " (select all that apply)"),
      answer: model.listOfNames(correct.map { options[$0] }),
      key: .select(options: model.options(options), correct: Set(correct)),
      wrong: found)
  }

  /// A true statement with one true object, and a false one with an object the model proves false and that
  /// is plausible (see `plausibleFalseObject`); plus, when `cloze`, a cloze of the statement when the fact has a
  /// single object and the statement says what its blank is. `trueKey`: the typed key of every true object,
  /// when already made.
  ///
  /// The true statement carries the fact's qualifier; the false one does not: its object is false under any
  /// qualifier, and a qualifier there only points at the answer ("… for a burn from a dry powder is to
  /// switch off the power").
  func statementCards(
    _ question: FactQuestion, trueKey: AnswerKey?, cloze: Bool, into cards: inout [Card]
  ) {
    let wording = model.wordings[question.relationIndex]
    guard wording.statement != nil else { return }
    let factID = question.factID
    var random = contentRandom(for: cardID(factID, ".truefalse"))
    if let object = question.objects.randomElement(using: &random) {
      cards.append(
        question.card(
          cardID(factID, ".truefalse.true"), .truefalse, question.statement(object),
          answer: "true", key: .trueFalse(true)))
    }
    if let wrong = plausibleFalseObject(question, using: &random) {
      cards.append(
        question.card(
          cardID(factID, ".truefalse.false"), .truefalse,
          question.statement(wrong, qualified: false), answer: "false", key: .trueFalse(false),
          wrong: [wrong]))
    }
    if cloze, wording.statementTellsObject, question.shownObjects.count == 1,
      let object = question.shownObjects.first, model.isTypeable[Int(object)]
    {
      let blank = question.statement(nil)
      cards.append(
        question.card(
          cardID(factID, ".cloze.forward"), .cloze, blank,
          answer: model.names[Int(object)],
          key: trueKey
            ?? .typed(
              accepted: model.accepted(of: question.trueObjects),
              entities: question.trueIDs)))
    }
  }

  /// The object of a false statement: provably false for the subject, never one named like its class (a
  /// "moon" called "the Moon" would read as any moon), and preferably the answer of another subject under
  /// the relation (a confusion a learner could make, rather than a class member nothing is said about).
  func plausibleFalseObject(_ question: FactQuestion, using random: inout SplitMix64) -> Int32? {
    let relation = question.relationIndex
    let pool = model.objectPools[relation]
    let model = self.model
    func isCandidate(_ candidate: Int32) -> Bool {
      !model.isNamesake[Int(candidate)] && question.isFalseObject(candidate)
    }
    let answers = distractors(in: pool, count: 1, using: &random) { candidate in
      model.subjectsOfObject[model.key(candidate, relation)] != nil && isCandidate(candidate)
    }
    return answers.first
      ?? distractors(in: pool, count: 1, using: &random, isFair: isCandidate).first
  }

  /// A four-option card with `answer` and three wrong entities, in the session's order.
  func makeChoice(
    _ id: CardID, _ prompt: String, _ answer: Int32, _ wrong: [Int32], _ question: FactQuestion
  ) -> Card {
    var order = orderRandom(for: id)
    let options = ([answer] + wrong).shuffled(using: &order)
    let correct = options.firstIndex(of: answer) ?? 0
    return question.card(
      id, .choice, prompt, answer: model.names[Int(answer)],
      key: .choice(options: model.options(options), correct: correct), wrong: wrong)
  }

  /// Up to `count` fair distractors from `pool`: random probes first (cheap for big classes), then a scan in
  /// file order from a random start.
  func distractors(
    in pool: [Int32], count: Int, using random: inout SplitMix64,
    isFair: (Int32) -> Bool
  ) -> [Int32] {
    guard !pool.isEmpty, count > 0 else { return [] }
    var picked: [Int32] = []
    picked.reserveCapacity(count)
    // At most `count * 4` probes: a short list beats a set. The scan below visits each index once, so only
    // the probed ones need remembering.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: count * 4) { probed in
      var probes = 0
      for _ in 0..<(count * 4) where picked.count < count {
        let index = Int.random(in: 0..<pool.count, using: &random)
        guard !probed[..<probes].contains(index) else { continue }
        probed[probes] = index
        probes += 1
        if isFair(pool[index]) { picked.append(pool[index]) }
      }
      if picked.count < count {
        let start = Int.random(in: 0..<pool.count, using: &random)
        for offset in 0..<pool.count where picked.count < count {
          let index = (start + offset) % pool.count
          if !probed[..<probes].contains(index), isFair(pool[index]) { picked.append(pool[index]) }
        }
      }
      return picked
    }
  }
}
