import Yams

/// Facts, quantities and hand-written cards: the items that become cards.
extension DeckParser {
  mutating func parseFacts(_ node: Node) -> [Fact] {
    guard let items = reader.sequence(node, "'facts'") else { return [] }
    let relationsByID = Dictionary(
      relations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let entitiesByID = Dictionary(
      entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var facts: [Fact] = []
    for item in items {
      guard
        let values = fields(
          item, "a fact",
          allowed: [
            "id", "subject", "relation", "object", "objects", "qualifier", "section",
            "explanation", "tags",
          ], required: ["id", "subject", "relation", "section", "explanation"]),
        let id = values["id"].flatMap({ reader.identifier($0, "the fact id") })
      else { continue }
      let what = "fact '\(id)'"
      claimKey(id, at: item)
      guard let subjectNode = values["subject"], let relationNode = values["relation"],
        let subject = reader.identifier(subjectNode, "the subject of \(what)"),
        let relationID = reader.identifier(relationNode, "the relation of \(what)")
      else { continue }
      guard let relation = relationsByID[relationID] else {
        reader.error("unknown relation '\(relationID)' in \(what)", at: relationNode)
        continue
      }
      checkEntity(subject, at: subjectNode, in: relation.subjectClasses, what, entitiesByID)
      guard let objectsNode = values["objects"] ?? values["object"] else {
        reader.error("\(what) needs 'objects' (or 'object')", at: item)
        continue
      }
      let objectNodes: [Node] =
        if case .sequence(let list) = objectsNode { Array(list) } else { [objectsNode] }
      var objects: [String] = []
      for objectNode in objectNodes {
        guard let object = reader.identifier(objectNode, "an object of \(what)") else { continue }
        checkEntity(object, at: objectNode, in: relation.objectClasses, what, entitiesByID)
        objects.append(object)
      }
      if objects.isEmpty {
        reader.error("\(what) needs at least one object", at: objectsNode)
      }
      let tags =
        relation.tags + (values["tags"].flatMap { reader.texts($0, "the tags of \(what)") } ?? [])
      guard let section = values["section"].flatMap({ section($0, what) }),
        let explanation = values["explanation"].flatMap({
          reader.text($0, "the explanation of \(what)")
        })
      else { continue }
      facts.append(
        Fact(
          id: id, subject: subject, relation: relationID, objects: objects,
          qualifier: values["qualifier"].flatMap { reader.text($0, "the qualifier of \(what)") },
          section: section, explanation: explanation, tags: unique(tags),
          location: reader.location(of: item)))
    }
    return facts
  }

  mutating func parseQuantities(_ node: Node) -> [Quantity] {
    guard let items = reader.sequence(node, "'quantities'") else { return [] }
    var quantities: [Quantity] = []
    for item in items {
      guard
        let values = fields(
          item, "a quantity",
          allowed: [
            "id", "prompt", "answer", "min", "max", "unit", "section", "explanation", "tags",
          ],
          required: ["id", "prompt", "answer", "min", "max", "section", "explanation"]),
        let id = values["id"].flatMap({ reader.identifier($0, "the quantity id") })
      else { continue }
      let what = "quantity '\(id)'"
      claimKey(id, at: item)
      guard let prompt = values["prompt"].flatMap({ reader.text($0, "the prompt of \(what)") }),
        let answer = values["answer"].flatMap({ reader.text($0, "the answer of \(what)") }),
        let minimumNode = values["min"], let maximumNode = values["max"],
        let minimum = reader.number(minimumNode, "the min of \(what)"),
        let maximum = reader.number(maximumNode, "the max of \(what)"),
        let section = values["section"].flatMap({ section($0, what) }),
        let explanation = values["explanation"].flatMap({
          reader.text($0, "the explanation of \(what)")
        })
      else { continue }
      if minimum > maximum {
        reader.error("the min of \(what) is larger than its max", at: minimumNode)
      }
      quantities.append(
        Quantity(
          id: id, prompt: prompt, answer: answer, minimum: minimum, maximum: maximum,
          unit: values["unit"].flatMap { reader.text($0, "the unit of \(what)") },
          section: section, explanation: explanation,
          tags: values["tags"].flatMap { reader.texts($0, "the tags of \(what)") } ?? [],
          location: reader.location(of: item)))
    }
    return quantities
  }

  mutating func section(_ node: Node, _ what: String) -> String? {
    guard let value = reader.text(node, "the section of \(what)") else { return nil }
    if let sections, !sections.contains(value) {
      reader.error(
        "section '\(value)' of \(what) is not listed in deck.source.sections", at: node)
    }
    return value
  }

  mutating func claimKey(_ id: String, at node: Node) {
    if let first = cardKeys[id] {
      reader.error(
        "duplicate id '\(id)' (first at line \(first.line)); facts, quantities and cards share ids",
        at: node)
    } else {
      cardKeys[id] = reader.location(of: node)
    }
  }

  private mutating func checkEntity(
    _ id: String, at node: Node, in classIDs: [String], _ what: String,
    _ entitiesByID: [String: Entity]
  ) {
    guard let entity = entitiesByID[id] else {
      reader.error("unknown entity '\(id)' in \(what)", at: node)
      return
    }
    if !classIDs.contains(entity.classID) {
      let expected = classIDs.joined(separator: " or ")
      reader.error(
        "'\(id)' is a \(entity.classID), but \(what) needs a \(expected) here", at: node)
    }
  }
}

func unique(_ values: [String]) -> [String] {
  var seen: Set<String> = []
  return values.filter { seen.insert($0).inserted }
}
