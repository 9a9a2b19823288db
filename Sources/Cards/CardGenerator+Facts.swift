import Knowledge
import Utilities

/// Cards from facts, subject to object: typed, choice, select, list, true/false and cloze.
extension CardGenerator {
  func forwardCards(
    _ question: FactQuestion, into cards: inout [Card], report: inout GenerationReport
  ) {
    let factID = question.factID
    let objects = question.trueObjects
    if leaks(question.prompt, answers: objects) {
      // The question gives its answer away: no question cards, only the statements.
      report.leaks.append(
        .init(id: cardID(factID, ".recall.forward"), location: question.location))
      statementCards(question, trueKey: nil, into: &cards)
      return
    }
    // The typed key of the recall card, shared with the cloze card (both accept every true object).
    let trueKey = AnswerKey.typed(
      accepted: model.accepted(of: objects), entities: question.trueIDs)
    if model.areTypeable(question.objects) {
      let suffix = question.objects.count > 1 ? " (name one)" : ""
      cards.append(
        question.card(
          cardID(factID, ".recall.forward"), .recall, TemplateText.joined(question.prompt, suffix),
          answer: model.listOfNames(question.objects), key: trueKey))
    }
    if objects.count >= 2, objects.count <= 8, model.areTypeable(objects) {
      cards.append(
        question.card(
          cardID(factID, ".list.forward"), .list,
          question.prompt + (objects.count == 2 ? " (name both)" : " (name all \(objects.count))"),
          answer: model.listOfNames(objects),
          key: .list(items: model.listItems(objects))))
    }
    if let card = choiceCard(question, report: &report) { cards.append(card) }
    if objects.count >= 2, let card = selectCard(question) { cards.append(card) }
    statementCards(question, trueKey: trueKey, into: &cards)
  }

  func choiceCard(_ question: FactQuestion, report: inout GenerationReport) -> Card? {
    let id = cardID(question.factID, ".choice.forward")
    var random = contentRandom(for: id)
    guard let answer = question.objects.randomElement(using: &random) else { return nil }
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
    return makeChoice(id, question.prompt, answer, found, question)
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
      id, .select, TemplateText.joined(question.prompt, " (select all that apply)"),
      answer: model.listOfNames(correct.map { options[$0] }),
      key: .select(options: model.options(options), correct: Set(correct)))
  }

  /// A true statement with one true object, and a false one with an object the model proves false; plus a cloze
  /// of the statement when the fact has a single object. `trueKey`: the typed key of every true object, when
  /// already made.
  func statementCards(_ question: FactQuestion, trueKey: AnswerKey?, into cards: inout [Card]) {
    guard model.statementHasObject[question.relationIndex] else { return }
    let factID = question.factID
    var random = contentRandom(for: cardID(factID, ".truefalse"))
    if let object = question.objects.randomElement(using: &random) {
      cards.append(
        question.card(
          cardID(factID, ".truefalse.true"), .truefalse, question.statement(object),
          answer: "true", key: .trueFalse(true)))
    }
    let swap = distractors(
      in: model.objectPools[question.relationIndex], count: 1, using: &random,
      isFair: { question.isFalseObject($0) })
    if let wrong = swap.first {
      cards.append(
        question.card(
          cardID(factID, ".truefalse.false"), .truefalse, question.statement(wrong),
          answer: "false", key: .trueFalse(false)))
    }
    if question.objects.count == 1, let object = question.objects.first,
      model.isTypeable[Int(object)]
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

  /// A four-option card with `answer` and three wrong entities, in the session's order.
  func makeChoice(
    _ id: CardID, _ prompt: String, _ answer: Int32, _ wrong: [Int32], _ question: FactQuestion
  ) -> Card {
    var order = orderRandom(for: id)
    let options = ([answer] + wrong).shuffled(using: &order)
    let correct = options.firstIndex(of: answer) ?? 0
    return question.card(
      id, .choice, prompt, answer: model.names[Int(answer)],
      key: .choice(options: model.options(options), correct: correct))
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
