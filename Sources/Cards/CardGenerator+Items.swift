import Knowledge

/// Cards from quantities, entity definitions and hand-written cards.
extension CardGenerator {
  func numberCard(_ quantity: Quantity) -> Card {
    Card(
      id: CardID(quantity.id, "number"), kind: .number, prompt: quantity.prompt,
      answer: quantity.answer,
      key: .number(minimum: quantity.minimum, maximum: quantity.maximum),
      explanation: quantity.explanation, section: quantity.section, tags: quantity.tags,
      siblingKey: quantity.id, unit: UnitID(rawValue: quantity.id), location: quantity.location)
  }

  /// "Which drug is a calcium-channel blocker?" for an entity with a definition (`DefinitionQuestion`); the section and tags come from
  /// the first fact about the entity, and entities no fact mentions get none.
  func definitionCard(_ entity: Entity) -> Card? {
    guard let definition = entity.definition, let entityClass = deck.entityClass(entity.classID),
      let fact = model.firstFact(mentioning: entity.id)
    else { return nil }
    return Card(
      id: CardID(entity.id, "reverse"), kind: .reverse,
      prompt: DefinitionQuestion.prompt(className: entityClass.name, definition: definition),
      answer: entity.name,
      key: .typed(accepted: entity.acceptedTexts, entities: [entity.id]),
      explanation: TemplateText.sentence("\(entity.name) is \(definition)."), section: fact.section,
      tags: fact.tags,
      siblingKey: entity.id, unit: UnitID(rawValue: entity.id + ".definition"),
      location: entity.location)
  }

  func handwrittenCard(_ card: HandwrittenCard) -> Card? {
    let id = CardID(card.id, kindName(card.content))
    func make(_ kind: CardKind, _ prompt: String, _ answer: String, _ key: AnswerKey) -> Card {
      Card(
        id: id, kind: kind, prompt: prompt, answer: answer, key: key,
        explanation: card.explanation, section: card.section, tags: card.tags, siblingKey: card.id,
        unit: UnitID(rawValue: card.id), location: card.location)
    }
    switch card.content {
    case .recall(let prompt, let answer, let accept):
      return make(.recall, prompt, answer, typed([answer] + accept))
    case .cloze(let text, let accept):
      guard let cloze = ClozeText(text) else { return nil }
      return make(.cloze, cloze.prompt, cloze.answer, typed([cloze.answer] + accept))
    case .choice(let prompt, let answer, let wrong):
      var content = contentRandom(for: id)
      var order = orderRandom(for: id)
      let options = ([answer] + wrong.shuffled(using: &content).prefix(3)).shuffled(using: &order)
      guard let correct = options.firstIndex(of: answer) else { return nil }
      return make(.choice, prompt, answer, .choice(options: options, correct: correct))
    case .trueFalse(let statement, let isTrue):
      return make(.truefalse, statement, isTrue ? "true" : "false", .trueFalse(isTrue))
    case .list(let prompt, let items):
      return make(
        .list, prompt, TemplateText.list(items),
        .list(items: items.map { typed([$0]).acceptedTexts }))
    }
  }

  private func kindName(_ content: HandwrittenCard.Content) -> String {
    switch content {
    case .recall: "recall"
    case .cloze: "cloze"
    case .choice: "choice"
    case .trueFalse: "truefalse"
    case .list: "list"
    }
  }

  /// A typed key whose texts are widened with the aliases of any entity they name.
  private func typed(_ texts: [String]) -> AnswerKey {
    var accepted = texts
    var entities: Set<String> = []
    for text in texts {
      for id in lexicon.entities(named: AnswerText.normalize(text)).sorted() {
        entities.insert(id)
        accepted += deck.entity(id)?.acceptedTexts ?? []
      }
    }
    return .typed(accepted: unique(accepted), entities: entities)
  }
}

extension AnswerKey {
  /// The accepted texts of a typed key (empty for other kinds).
  var acceptedTexts: [String] {
    if case .typed(let accepted, _) = self { return accepted }
    return []
  }
}

func unique(_ values: [String]) -> [String] {
  var seen: Set<String> = []
  return values.filter { seen.insert(AnswerText.normalize($0)).inserted }
}
