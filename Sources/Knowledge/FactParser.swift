/// Reads the items of `facts:`, part by part, so that the parts of a big deck can be read on several cores.
///
/// A part is read with everything declared before facts (relations, entities, source sections) and a reader
/// of its own. Fact ids share one namespace with quantities and hand-written cards, so a part does not decide
/// on duplicate ids: it notes each id it claims, with how many diagnostics came before, and `DeckParser`
/// settles the claims in file order, putting each duplicate error where a single reader would have put it.
struct FactParser {
  /// Items of `facts:` composed together, and what to add to their nodes' lines.
  struct Part: Sendable {
    /// The tree the items are in.
    let tree: YAMLTree
    let items: [YAMLNode]
    let lineOffset: Int
  }

  /// What facts are checked against, as declared before them.
  struct Context: Sendable {
    let relations: [Relation]
    /// The first relation declared with each id.
    let relationIndexByID: [String: Int]
    /// The class of the first entity declared with each id; "" for a class not declared (the entity's
    /// declaration has that error, so its class is not checked against a relation's).
    let classByEntityID: [String: String]
    /// Per relation: whether every class it names is declared (else its declaration has the error, and its
    /// facts are not checked against its classes).
    let relationClassesAreKnown: [Bool]
    /// The sections facts may cite (nil: not checked).
    let sections: Set<String>?
    /// The entities, in file order (the candidates for "did you mean …?").
    let entities: [Entity]
    /// Ids declared with an error in their declaration: not reported again as unknown.
    let brokenEntityIDs: Set<String>
    let brokenRelationIDs: Set<String>

    init(
      relations: [Relation], entities: [Entity], sections: Set<String>?,
      classIDs: Set<String>, brokenEntityIDs: Set<String>, brokenRelationIDs: Set<String>
    ) {
      self.relations = relations
      self.entities = entities
      self.brokenEntityIDs = brokenEntityIDs
      self.brokenRelationIDs = brokenRelationIDs
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
      relationClassesAreKnown = relations.map {
        $0.subjectClasses.allSatisfy(classIDs.contains)
          && $0.objectClasses.allSatisfy(classIDs.contains)
      }
      self.classByEntityID = classByEntityID
      self.sections = sections
    }
  }

  /// An id a fact takes, to be checked against every other id in file order.
  struct Claim: Sendable {
    let id: String
    let location: SourceLocation
    /// How many of the part's diagnostics come before the claim.
    let diagnosticsBefore: Int
  }

  /// A fact naming a relation no one declared: reported once per id, at its first use, by `DeckParser`
  /// (a misspelt relation id is usually misspelt where it is declared, and every fact then names it).
  struct UnknownRelation: Sendable {
    let id: String
    let fact: String
    let location: SourceLocation
  }

  /// What reading one part found.
  struct Result: Sendable {
    var facts: [Fact] = []
    var claims: [Claim] = []
    var diagnostics: [DeckDiagnostic] = []
    var unknownRelations: [UnknownRelation] = []
  }

  static let factKeys: [String] = [
    "id", "subject", "relation", "object", "objects", "qualifier", "section", "explanation", "tags",
  ]

  let context: Context
  private var reader: YAMLReader
  private var result = Result()
  /// "; did you mean …?" for each unknown entity id met, worked out once.
  private var entitySuggestions: [String: String] = [:]

  /// Reads `part`.
  static func read(_ part: Part, file: String, context: Context) -> Result {
    var parser = FactParser(
      context: context, reader: YAMLReader(file: file, tree: part.tree, lineOffset: part.lineOffset)
    )
    parser.result.facts.reserveCapacity(part.items.count)
    for item in part.items { parser.parse(item) }
    parser.result.diagnostics = parser.reader.diagnostics
    return parser.result
  }

  private init(context: Context, reader: YAMLReader) {
    self.context = context
    self.reader = reader
  }

  private mutating func parse(_ item: YAMLNode) {
    guard
      let values = reader.fields(
        item, "a fact", allowed: Self.factKeys,
        required: ["id", "subject", "relation", "section", "explanation"]),
      let id = values["id"].flatMap({ reader.identifier($0, "the fact id") })
    else { return }
    func what() -> String { "fact '\(id)'" }
    let location = reader.location(of: item)
    result.claims.append(
      Claim(id: id, location: location, diagnosticsBefore: reader.diagnostics.count))
    guard let subjectNode = values["subject"], let relationNode = values["relation"],
      let subject = reader.identifier(subjectNode, "the subject of \(what())"),
      let relationID = reader.identifier(relationNode, "the relation of \(what())")
    else { return }
    // Without the relation, the subject and objects are still checked to exist.
    let relationIndex = context.relationIndexByID[relationID]
    let relation = relationIndex.map { context.relations[$0] }
    // A class unknown on either side has its error where it is named.
    let checksClasses = relationIndex.map { context.relationClassesAreKnown[$0] } ?? false
    if relation == nil, !context.brokenRelationIDs.contains(relationID) {
      result.unknownRelations.append(
        UnknownRelation(id: relationID, fact: id, location: reader.location(of: relationNode)))
    }
    checkEntity(
      subject, at: subjectNode, in: checksClasses ? relation?.subjectClasses : nil, what())
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
      return
    }
    var objects: [String] = []
    func read(_ objectNode: YAMLNode) {
      guard let object = reader.identifier(objectNode, "an object of \(what())") else { return }
      checkEntity(
        object, at: objectNode, in: checksClasses ? relation?.objectClasses : nil, what())
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
    guard let relation else { return }
    let tags =
      relation.tags + (values["tags"].flatMap { reader.texts($0, "the tags of \(what())") } ?? [])
    guard
      let section = values["section"].flatMap({
        DeckParser.section($0, what(), sections: context.sections, reader: &reader)
      }),
      let explanation = values["explanation"].flatMap({
        reader.text($0, "the explanation of \(what())")
      })
    else { return }
    result.facts.append(
      Fact(
        id: id, subject: subject, relation: relationID, objects: objects,
        qualifier: values["qualifier"].flatMap { reader.text($0, "the qualifier of \(what())") },
        section: section, explanation: explanation, tags: unique(tags), location: location))
  }

  /// Checks that `id` names an entity and, when `classIDs` are given, one of them.
  private mutating func checkEntity(
    _ id: String, at node: YAMLNode, in classIDs: [String]?, _ what: @autoclosure () -> String
  ) {
    guard let classID = context.classByEntityID[id] else {
      guard !context.brokenEntityIDs.contains(id) else { return }
      let suggestion =
        entitySuggestions[id]
        ?? SpellingSuggestion.didYouMean(id, among: context.entities.lazy.map(\.id))
      entitySuggestions[id] = suggestion
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
