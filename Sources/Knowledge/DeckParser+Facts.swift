/// Facts: subject, relation and objects, checked against the classes, entities and relations declared.
extension DeckParser {
  static let factKeys: [String] = [
    "id", "subject", "relation", "object", "objects", "qualifier", "section", "explanation", "tags",
  ]

  /// What facts refer to, looked up by id: the first relation and the first entity declared with each id.
  struct FactReferences {
    let relationIndexByID: [String: Int]
    let classByEntityID: [String: String]

    init(relations: [Relation], entities: [Entity]) {
      var relationIndexByID: [String: Int] = [:]
      for (index, relation) in relations.enumerated() where relationIndexByID[relation.id] == nil {
        relationIndexByID[relation.id] = index
      }
      self.relationIndexByID = relationIndexByID
      var classByEntityID: [String: String] = [:]
      classByEntityID.reserveCapacity(entities.count)
      for entity in entities where classByEntityID[entity.id] == nil {
        classByEntityID[entity.id] = entity.classID
      }
      self.classByEntityID = classByEntityID
    }
  }

  mutating func parseFacts(_ node: YAMLNode) -> [Fact] {
    guard let items = reader.sequence(node, "'facts'") else { return [] }
    let references = FactReferences(relations: relations, entities: entities)
    var facts: [Fact] = []
    facts.reserveCapacity(items.count)
    cardKeys.reserveCapacity(cardKeys.count + items.count)
    for item in items {
      if let fact = parseFact(item, references) { facts.append(fact) }
    }
    return facts
  }

  private mutating func parseFact(_ item: YAMLNode, _ references: FactReferences) -> Fact? {
    guard
      let values = fields(
        item, "a fact", allowed: Self.factKeys,
        required: ["id", "subject", "relation", "section", "explanation"]),
      let id = values["id"].flatMap({ reader.identifier($0, "the fact id") })
    else { return nil }
    func what() -> String { "fact '\(id)'" }
    let location = reader.location(of: item)
    claimKey(id, at: location)
    guard let subjectNode = values["subject"], let relationNode = values["relation"],
      let subject = reader.identifier(subjectNode, "the subject of \(what())"),
      let relationID = reader.identifier(relationNode, "the relation of \(what())")
    else { return nil }
    guard let relationIndex = references.relationIndexByID[relationID] else {
      reader.error("unknown relation '\(relationID)' in \(what())", at: relationNode)
      return nil
    }
    let relation = relations[relationIndex]
    checkEntity(subject, at: subjectNode, in: relation.subjectClasses, references, what())
    guard let objectsNode = values["objects"] ?? values["object"] else {
      reader.error("\(what()) needs 'objects' (or 'object')", at: item)
      return nil
    }
    var objects: [String] = []
    func read(_ objectNode: YAMLNode) {
      guard let object = reader.identifier(objectNode, "an object of \(what())") else { return }
      checkEntity(object, at: objectNode, in: relation.objectClasses, references, what())
      objects.append(object)
    }
    if let list = reader.tree.items(objectsNode) {
      objects.reserveCapacity(list.count)
      for objectNode in list { read(objectNode) }
    } else {
      read(objectsNode)
    }
    if objects.isEmpty {
      reader.error("\(what()) needs at least one object", at: objectsNode)
    }
    let tags =
      relation.tags + (values["tags"].flatMap { reader.texts($0, "the tags of \(what())") } ?? [])
    guard let section = values["section"].flatMap({ section($0, what()) }),
      let explanation = values["explanation"].flatMap({
        reader.text($0, "the explanation of \(what())")
      })
    else { return nil }
    return Fact(
      id: id, subject: subject, relation: relationID, objects: objects,
      qualifier: values["qualifier"].flatMap { reader.text($0, "the qualifier of \(what())") },
      section: section, explanation: explanation, tags: unique(tags), location: location)
  }

  private mutating func checkEntity(
    _ id: String, at node: YAMLNode, in classIDs: [String], _ references: FactReferences,
    _ what: @autoclosure () -> String
  ) {
    guard let classID = references.classByEntityID[id] else {
      reader.error("unknown entity '\(id)' in \(what())", at: node)
      return
    }
    if !classIDs.contains(classID) {
      let expected = classIDs.joined(separator: " or ")
      reader.error("'\(id)' is a \(classID), but \(what()) needs a \(expected) here", at: node)
    }
  }
}
