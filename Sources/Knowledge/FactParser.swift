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
    /// The class of the first entity declared with each id.
    let classByEntityID: [String: String]
    /// The sections facts may cite (nil: not checked).
    let sections: Set<String>?

    init(relations: [Relation], entities: [Entity], sections: Set<String>?) {
      self.relations = relations
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

  /// What reading one part found.
  struct Result: Sendable {
    var facts: [Fact] = []
    var claims: [Claim] = []
    var diagnostics: [DeckDiagnostic] = []
  }

  static let factKeys: [String] = [
    "id", "subject", "relation", "object", "objects", "qualifier", "section", "explanation", "tags",
  ]

  let context: Context
  private var reader: YAMLReader
  private var result = Result()

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
    guard let relationIndex = context.relationIndexByID[relationID] else {
      reader.error("unknown relation '\(relationID)' in \(what())", at: relationNode)
      return
    }
    let relation = context.relations[relationIndex]
    checkEntity(subject, at: subjectNode, in: relation.subjectClasses, what())
    guard let objectsNode = values["objects"] ?? values["object"] else {
      reader.error("\(what()) needs 'objects' (or 'object')", at: item)
      return
    }
    var objects: [String] = []
    func read(_ objectNode: YAMLNode) {
      guard let object = reader.identifier(objectNode, "an object of \(what())") else { return }
      checkEntity(object, at: objectNode, in: relation.objectClasses, what())
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

  private mutating func checkEntity(
    _ id: String, at node: YAMLNode, in classIDs: [String], _ what: @autoclosure () -> String
  ) {
    guard let classID = context.classByEntityID[id] else {
      reader.error("unknown entity '\(id)' in \(what())", at: node)
      return
    }
    if !classIDs.contains(classID) {
      let expected = classIDs.joined(separator: " or ")
      reader.error("'\(id)' is a \(classID), but \(what()) needs a \(expected) here", at: node)
    }
  }
}
