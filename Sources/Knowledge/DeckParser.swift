/// Builds a `Deck` from the YAML tree, checking every reference as it goes.
///
/// Sections are read in dependency order (header, classes, entities, relations, then facts, quantities and
/// cards), whatever order the file uses, so every reference can be checked against what is declared.
struct DeckParser {
  var reader: YAMLReader
  let deckID: String
  /// The deck text, to point at a misspelt placeholder inside a text ("" when not at hand).
  let source: String

  /// The sections facts may cite; nil when the header could not be read (then citations are not checked,
  /// rather than burying the header's error under one false error per fact).
  var sections: Set<String>?
  var classes: [EntityClass] = []
  var entities: [Entity] = []
  var relations: [Relation] = []
  /// Ids declared whose declaration has an error: a reference to one is not reported again as unknown.
  var brokenClassIDs: Set<String> = []
  var brokenEntityIDs: Set<String> = []
  var brokenRelationIDs: Set<String> = []
  /// Ids of facts, quantities and hand-written cards: they share one namespace because card ids derive from them.
  var cardKeys: [String: SourceLocation] = [:]
  /// Every `requires:` entry read, checked once every id is known (an item may require one declared later).
  var requirements: [Requirement] = []

  init(reader: YAMLReader, deckID: String, source: String) {
    self.reader = reader
    self.deckID = deckID
    self.source = source
  }

  static let topLevelKeys: [String] = [
    "deck", "classes", "entities", "relations", "facts", "quantities", "cards", "case-templates",
    "cases",
  ]
  static let headerKeys: [String] = ["title", "version", "language", "source", "kinds"]
  static let sourceKeys: [String] = ["title", "sections"]
  static let classKeys: [String] = ["name", "plural", "kinds"]
  static let entityKeys: [String] = ["class", "name", "aliases", "definition", "overlaps"]
  static let relationKeys: [String] = [
    "subject", "object", "ask", "ask-reverse", "reverse", "statement", "kinds", "tags",
  ]

  /// Reads the deck whose document node is `root`.
  mutating func parse(_ root: YAMLNode) -> Deck? {
    guard let pairs = reader.mapping(root, "the deck file", allowed: Self.topLevelKeys) else {
      return nil
    }
    let top = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    guard let header = top["deck"] else {
      reader.error("the deck file needs a 'deck:' section with title, version and source", at: root)
      return nil
    }
    let metadata = parseHeader(header)
    if let node = top["classes"] { parseClasses(node) }
    if let node = top["entities"] { parseEntities(node) }
    if let node = top["relations"] { parseRelations(node) }
    let facts = top["facts"].map { parseFacts($0) } ?? []
    let quantities = top["quantities"].map { parseQuantities($0) } ?? []
    let cards = top["cards"].map { parseCards($0) } ?? []
    let caseTemplates = top["case-templates"].map { parseCaseTemplates($0) } ?? []
    let cases = top["cases"].map { parseCases($0, facts: facts) } ?? []
    checkRequirements()
    guard let metadata else { return nil }
    return Deck(
      id: deckID, title: metadata.title, version: metadata.version, source: metadata.source,
      classes: classes, entities: entities, relations: relations, facts: facts,
      quantities: quantities, cards: cards, kinds: metadata.kinds, cases: cases,
      caseTemplates: caseTemplates)
  }

  /// The values of a mapping by key, reporting required keys that are missing.
  mutating func fields(
    _ node: YAMLNode, _ what: @autoclosure () -> String, allowed: [String], required: [String]
  ) -> MappingFields? {
    reader.fields(node, what(), allowed: allowed, required: required)
  }

  private mutating func parseHeader(
    _ node: YAMLNode
  ) -> (title: String, version: Int, source: DeckSource, kinds: [PresentationKind]?)? {
    guard
      let values = fields(
        node, "the 'deck' section", allowed: Self.headerKeys,
        required: ["title", "version", "source"])
    else { return nil }
    let title = values["title"].flatMap { reader.text($0, "the deck title") }
    let version = values["version"].flatMap { reader.integer($0, "the deck version") }
    var source: DeckSource?
    if let sourceNode = values["source"],
      let sourceValues = fields(
        sourceNode, "the deck source", allowed: Self.sourceKeys, required: ["title", "sections"])
    {
      let sourceTitle = sourceValues["title"].flatMap { reader.text($0, "the source title") }
      let sections = sourceValues["sections"].flatMap { reader.texts($0, "the source sections") }
      self.sections = sections.map(Set.init)
      if let sourceTitle, let sections {
        source = DeckSource(title: sourceTitle, sections: sections)
      }
    }
    let kinds = values["kinds"].flatMap { self.kinds($0, "the deck's kinds") }
    guard let title, let version, let source else { return nil }
    return (title, version, source, kinds)
  }

  private mutating func parseClasses(_ node: YAMLNode) {
    guard let pairs = reader.mapping(node, "'classes'") else { return }
    for pair in pairs {
      guard let id = reader.identifier(pair.keyNode, "the class id"),
        let values = fields(
          pair.value, "class '\(pair.key)'", allowed: Self.classKeys, required: ["name"]),
        let name = values["name"].flatMap({ reader.text($0, "the class name") })
      else {
        brokenClassIDs.insert(pair.key)
        continue
      }
      let plural = values["plural"].flatMap { reader.text($0, "the class plural") } ?? name + "s"
      classes.append(
        EntityClass(
          id: id, name: name, plural: plural,
          kinds: values["kinds"].flatMap { kinds($0, "the kinds of class '\(id)'") },
          location: reader.location(of: pair.keyNode)))
    }
  }

  private mutating func parseEntities(_ node: YAMLNode) {
    guard let pairs = reader.mapping(node, "'entities'") else { return }
    let classIDs = Set(classes.map(\.id))
    var overlapNodes: [(index: Int, node: YAMLNode)] = []
    for pair in pairs {
      let key = pair.key
      func what() -> String { "entity '\(key)'" }
      guard let id = reader.identifier(pair.keyNode, "the entity id"),
        let values = fields(
          pair.value, what(), allowed: Self.entityKeys, required: ["class", "name"]),
        let classID = values["class"].flatMap({ reader.identifier($0, "the class of \(what())") }),
        let name = values["name"].flatMap({ reader.text($0, "the name of \(what())") })
      else {
        brokenEntityIDs.insert(key)
        continue
      }
      if !classIDs.contains(classID), !brokenClassIDs.contains(classID),
        let classNode = values["class"]
      {
        reader.error(
          "unknown class '\(classID)' for \(what())"
            + SpellingSuggestion.didYouMean(classID, among: classes.lazy.map(\.id)),
          at: classNode)
      }
      let aliases =
        values["aliases"].flatMap { reader.texts($0, "the aliases of \(what())") } ?? []
      let definition = values["definition"].flatMap {
        reader.text($0, "the definition of \(what())")
      }
      if let overlaps = values["overlaps"] { overlapNodes.append((entities.count, overlaps)) }
      entities.append(
        Entity(
          id: id, classID: classID, name: name, aliases: aliases, definition: definition,
          overlaps: [], location: reader.location(of: pair.keyNode)))
    }
    let indexByID = Dictionary(
      entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (index, node) in overlapNodes {
      let sequence = reader.tree.items(node) ?? [node]
      for item in sequence {
        guard let other = reader.identifier(item, "an overlap of '\(entities[index].id)'") else {
          continue
        }
        guard let otherIndex = indexByID[other] else {
          if !brokenEntityIDs.contains(other) {
            reader.error(
              "unknown entity '\(other)' in the overlaps of '\(entities[index].id)'"
                + SpellingSuggestion.didYouMean(other, among: entities.lazy.map(\.id)),
              at: item)
          }
          continue
        }
        entities[index].overlaps.insert(other)
        entities[otherIndex].overlaps.insert(entities[index].id)
      }
    }
  }

  private mutating func parseRelations(_ node: YAMLNode) {
    guard let pairs = reader.mapping(node, "'relations'") else { return }
    for pair in pairs {
      let what = "relation '\(pair.key)'"
      guard let id = reader.identifier(pair.keyNode, "the relation id"),
        let values = fields(
          pair.value, what, allowed: Self.relationKeys, required: ["subject", "object", "ask"]),
        let subjects = values["subject"].flatMap({ classList($0, "the subject classes of \(what)") }
        ),
        let objects = values["object"].flatMap({ classList($0, "the object classes of \(what)") }),
        let ask = values["ask"].flatMap({ template($0, .ask, "the question of \(what)") })
      else {
        brokenRelationIDs.insert(pair.key)
        continue
      }
      let askReverse = values["ask-reverse"].flatMap {
        template($0, .askReverse, "the reverse question of \(what)")
      }
      let statement = values["statement"].flatMap {
        template($0, .statement, "the statement of \(what)")
      }
      let tags = values["tags"].flatMap { reader.texts($0, "the tags of \(what)") } ?? []
      relations.append(
        Relation(
          id: id, subjectClasses: subjects, objectClasses: objects, ask: ask,
          askReverse: askReverse, statement: statement,
          makesReverse: values["reverse"].map { makesReverse($0, what, values) } ?? true,
          kinds: values["kinds"].flatMap { kinds($0, "the kinds of \(what)") }, tags: tags,
          location: reader.location(of: pair.keyNode)))
    }
  }

  private mutating func classList(_ node: YAMLNode, _ what: String) -> [String]? {
    guard let ids = reader.texts(node, what) else { return nil }
    let known = Set(classes.map(\.id))
    for id in ids where !known.contains(id) && !brokenClassIDs.contains(id) {
      reader.error(
        "unknown class '\(id)' in \(what)"
          + SpellingSuggestion.didYouMean(id, among: classes.lazy.map(\.id)),
        at: node)
    }
    return ids
  }
}
