/// Facts: subject, relation and objects, checked against the classes, entities and relations declared.
extension DeckParser {
  static let factKeys: [String] = [
    "id", "subject", "relation", "object", "objects", "qualifier", "section", "explanation", "tags",
    "requires", "teacher-note", "source",
  ]

  /// What facts refer to, looked up by id: the first relation and the first entity declared with each id.
  struct FactReferences {
    let relationIndexByID: [String: Int]
    /// The class of the first entity declared with each id; "" for a class not declared (the entity's
    /// declaration has that error, so its class is not checked against a relation's).
    let classByEntityID: [String: String]
    /// Per relation: whether every class it names is declared (else its declaration has the error, and its
    /// facts are not checked against its classes).
    let relationClassesAreKnown: [Bool]

    init(relations: [Relation], entities: [Entity], classIDs: Set<String>) {
      var relationIndexByID: [String: Int] = [:]
      for (index, relation) in relations.enumerated() where relationIndexByID[relation.id] == nil {
        relationIndexByID[relation.id] = index
      }
      self.relationIndexByID = relationIndexByID
      var classByEntityID: [String: String] = [:]
      classByEntityID.reserveCapacity(entities.count)
      for entity in entities where classByEntityID[entity.id] == nil {
        classByEntityID[entity.id] = classIDs.contains(entity.classID) ? entity.classID : ""
      }
      self.classByEntityID = classByEntityID
      relationClassesAreKnown = relations.map {
        $0.subjectClasses.allSatisfy(classIDs.contains)
          && $0.objectClasses.allSatisfy(classIDs.contains)
      }
    }
  }

  /// A fact naming a relation no one declared: reported once per id, at its first use (a misspelt relation
  /// id is usually misspelt where it is declared, and every fact then names it).
  struct UnknownRelation {
    let id: String
    let fact: String
    let location: SourceLocation
  }

  mutating func parseFacts(_ node: YAMLNode) -> [Fact] {
    guard let items = reader.sequence(node, "'facts'") else { return [] }
    let references = FactReferences(
      relations: relations, entities: entities, classIDs: Set(classes.map(\.id)))
    var facts: [Fact] = []
    var unknownRelations: [UnknownRelation] = []
    var entitySuggestions: [String: String] = [:]
    facts.reserveCapacity(items.count)
    cardKeys.reserveCapacity(cardKeys.count + items.count)
    for item in items {
      if let fact = parseFact(item, references, &unknownRelations, &entitySuggestions) {
        facts.append(fact)
      }
    }
    reportUnknownRelations(unknownRelations)
    return facts
  }

  private mutating func parseFact(
    _ item: YAMLNode, _ references: FactReferences, _ unknownRelations: inout [UnknownRelation],
    _ entitySuggestions: inout [String: String]
  ) -> Fact? {
    guard
      let values = fields(
        item, "a fact", allowed: Self.factKeys,
        required: ["id", "subject", "relation", "section", "explanation"]),
      let id = values["id"].flatMap({ reader.identifier($0, "the fact id") })
    else { return nil }
    func what() -> String { "fact '\(id)'" }
    let location = reader.location(of: item)
    claimKey(id, at: location)
    let requires = requirements(values["requires"], of: id, what())
    let note = teacherNote(values, what())
    guard let subjectNode = values["subject"], let relationNode = values["relation"],
      let subject = reader.identifier(subjectNode, "the subject of \(what())"),
      let relationID = reader.identifier(relationNode, "the relation of \(what())")
    else { return nil }
    // Without the relation, the subject and objects are still checked to exist.
    let relationIndex = references.relationIndexByID[relationID]
    let relation = relationIndex.map { relations[$0] }
    // A class unknown on either side has its error where it is named.
    let checksClasses = relationIndex.map { references.relationClassesAreKnown[$0] } ?? false
    if relation == nil, !brokenRelationIDs.contains(relationID) {
      unknownRelations.append(
        UnknownRelation(id: relationID, fact: id, location: reader.location(of: relationNode)))
    }
    checkEntity(
      subject, at: subjectNode, in: checksClasses ? relation?.subjectClasses : nil, references,
      &entitySuggestions, what())
    let singleNode = values["object"]
    let listNode = values["objects"]
    if singleNode != nil, listNode != nil {
      reader.error(
        "\(what()) has both 'object' and 'objects': use 'object: id' for one entity or "
          + "'objects: [a, b]' for several",
        at: secondKey(of: item, among: ["object", "objects"]) ?? item)
    }
    guard let objectsNode = listNode ?? singleNode else {
      reader.error("\(what()) needs 'objects' (or 'object')", at: item)
      return nil
    }
    var objects: [String] = []
    func read(_ objectNode: YAMLNode) {
      guard let object = reader.identifier(objectNode, "an object of \(what())") else { return }
      checkEntity(
        object, at: objectNode, in: checksClasses ? relation?.objectClasses : nil, references,
        &entitySuggestions, what())
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
    guard let relation else { return nil }
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
      section: section, explanation: explanation, tags: unique(tags), requires: requires,
      teacherNote: note, location: location)
  }

  /// One error per unknown relation id, at its first use (in file order), counting the other facts that
  /// use it: they are usually all right, and the declaration misspelt.
  private mutating func reportUnknownRelations(_ uses: [UnknownRelation]) {
    guard !uses.isEmpty else { return }
    var count: [String: Int] = [:]
    for use in uses { count[use.id, default: 0] += 1 }
    for use in uses {
      guard let uses = count.removeValue(forKey: use.id) else { continue }
      let others =
        uses == 1 ? "" : uses == 2 ? " (1 other fact uses it)" : " (\(uses - 1) other facts use it)"
      reader.error(
        "unknown relation '\(use.id)' in fact '\(use.fact)'\(others)"
          + SpellingSuggestion.didYouMean(use.id, among: relations.lazy.map(\.id)),
        at: use.location)
    }
  }

  /// Checks that `id` names an entity and, when `classIDs` are given, one of them.
  private mutating func checkEntity(
    _ id: String, at node: YAMLNode, in classIDs: [String]?, _ references: FactReferences,
    _ suggestions: inout [String: String], _ what: @autoclosure () -> String
  ) {
    guard let classID = references.classByEntityID[id] else {
      guard !brokenEntityIDs.contains(id) else { return }
      let suggestion =
        suggestions[id] ?? SpellingSuggestion.didYouMean(id, among: entities.lazy.map(\.id))
      suggestions[id] = suggestion
      reader.error("unknown entity '\(id)' in \(what())\(suggestion)", at: node)
      return
    }
    guard let classIDs, !classID.isEmpty else { return }
    if !classIDs.contains(classID) {
      let expected = classIDs.joined(separator: " or ")
      reader.error("'\(id)' is a \(classID), but \(what()) needs a \(expected) here", at: node)
    }
  }

  /// The key node of the second of `keys` to appear in the mapping `item`.
  private func secondKey(of item: YAMLNode, among keys: [String]) -> YAMLNode? {
    let tree = reader.tree
    var seen = 0
    for offset in stride(from: 0, to: tree.childCount(of: item), by: 2) {
      let keyNode = tree.child(of: item, at: offset)
      guard let key = tree.string(keyNode), keys.contains(key) else { continue }
      seen += 1
      if seen == 2 { return keyNode }
    }
    return nil
  }
}
