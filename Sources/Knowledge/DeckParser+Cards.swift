/// Hand-written cards.
extension DeckParser {
  static let cardKeys: [String] = [
    "id", "kind", "prompt", "answer", "accept", "text", "wrong", "statement", "items", "section",
    "explanation", "tags", "requires", "teacher-note", "source",
  ]

  mutating func parseCards(_ node: YAMLNode) -> [HandwrittenCard] {
    guard let items = reader.sequence(node, "'cards'") else { return [] }
    var cards: [HandwrittenCard] = []
    for item in items {
      guard
        let values = fields(
          item, "a card", allowed: Self.cardKeys,
          required: ["id", "kind", "section", "explanation"]),
        let id = values["id"].flatMap({ reader.identifier($0, "the card id") }),
        let kindNode = values["kind"], let kind = reader.text(kindNode, "the card kind")
      else { continue }
      let what = "card '\(id)'"
      claimKey(id, at: item)
      let requires = requirements(values["requires"], of: id, what)
      let note = teacherNote(values, what)
      guard let content = content(kind, values, at: kindNode, what),
        let section = values["section"].flatMap({ section($0, what) }),
        let explanation = values["explanation"].flatMap({
          reader.text($0, "the explanation of \(what)")
        })
      else { continue }
      cards.append(
        HandwrittenCard(
          id: id, content: content, section: section, explanation: explanation,
          tags: values["tags"].flatMap { reader.texts($0, "the tags of \(what)") } ?? [],
          requires: requires, teacherNote: note, location: reader.location(of: item)))
    }
    return cards
  }

  private mutating func content(
    _ kind: String, _ values: MappingFields, at kindNode: YAMLNode, _ what: String
  ) -> HandwrittenCard.Content? {
    func need(_ key: String) -> YAMLNode? {
      if let node = values[key] { return node }
      reader.error("\(what) of kind \(kind) needs '\(key)'", at: kindNode)
      return nil
    }
    let accept = values["accept"].flatMap { reader.texts($0, "the accepted answers of \(what)") }
    switch kind {
    case "recall":
      guard let promptNode = need("prompt"), let answerNode = need("answer"),
        let prompt = reader.text(promptNode, "the prompt of \(what)"),
        let answer = reader.text(answerNode, "the answer of \(what)")
      else { return nil }
      return .recall(prompt: prompt, answer: answer, accept: accept ?? [])
    case "cloze":
      guard let textNode = need("text"), let text = reader.text(textNode, "the text of \(what)")
      else { return nil }
      guard ClozeText(text) != nil else {
        reader.error("the text of \(what) needs exactly one {{blank}}", at: textNode)
        return nil
      }
      return .cloze(text: text, accept: accept ?? [])
    case "choice":
      guard let promptNode = need("prompt"), let answerNode = need("answer"),
        let wrongNode = need("wrong"),
        let prompt = reader.text(promptNode, "the prompt of \(what)"),
        let answer = reader.text(answerNode, "the answer of \(what)"),
        let wrong = reader.texts(wrongNode, "the wrong options of \(what)")
      else { return nil }
      if wrong.count < 3 {
        reader.error("\(what) needs at least 3 wrong options", at: wrongNode)
      }
      return .choice(prompt: prompt, answer: answer, wrong: wrong)
    case "truefalse":
      guard let statementNode = need("statement"), let answerNode = need("answer"),
        let statement = reader.text(statementNode, "the statement of \(what)"),
        let isTrue = reader.boolean(answerNode, "the answer of \(what)")
      else { return nil }
      return .trueFalse(statement: statement, isTrue: isTrue)
    case "list":
      guard let promptNode = need("prompt"), let itemsNode = need("items"),
        let prompt = reader.text(promptNode, "the prompt of \(what)"),
        let items = reader.texts(itemsNode, "the items of \(what)")
      else { return nil }
      return .list(prompt: prompt, items: items)
    default:
      reader.error(
        "unknown card kind '\(kind)' (use recall, cloze, choice, truefalse or list)", at: kindNode)
      return nil
    }
  }
}
