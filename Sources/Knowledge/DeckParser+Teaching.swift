/// What a teacher states about teaching: which kinds of question a fact may be asked as (`kinds:`), whether a
/// relation asks back (`reverse:`), and what must be introduced before an item (`requires:`).
extension DeckParser {
  /// One `requires:` entry: `owner` (a fact, quantity or card id) needs `id` introduced first.
  struct Requirement {
    let owner: String
    let id: String
    let location: SourceLocation
  }

  /// A list of kinds (one name alone is a list of one), with an error at each name that is no kind a fact
  /// can be asked as and at each name given twice.
  mutating func kinds(_ node: YAMLNode, _ what: String) -> [PresentationKind]? {
    let items: [YAMLNode]
    if reader.tree.kind(of: node) == .scalar {
      items = [node]
    } else {
      guard let sequence = reader.sequence(node, what) else { return nil }
      items = sequence
    }
    guard !items.isEmpty else {
      reader.error("\(what) must name at least one kind (\(Self.kindNames))", at: node)
      return nil
    }
    var kinds: [PresentationKind] = []
    for item in items {
      guard let name = reader.text(item, "each of \(what)") else { continue }
      guard let kind = PresentationKind(rawValue: name) else {
        reader.error(Self.unknownKind(name, in: what), at: item)
        continue
      }
      guard !kinds.contains(kind) else {
        reader.error("kind '\(name)' is listed twice in \(what)", at: item)
        continue
      }
      kinds.append(kind)
    }
    return kinds
  }

  static var kindNames: String { PresentationKind.allCases.map(\.rawValue).joined(separator: ", ") }

  /// Why `name` is no kind a fact can be asked as, saying what to write instead.
  static func unknownKind(_ name: String, in what: String) -> String {
    switch name {
    case "reverse":
      "'reverse' in \(what) is no kind of question about a fact: a relation's reverse questions are "
        + "turned off with 'reverse: false' on the relation"
    case "number":
      "'number' in \(what) is no kind of question about a fact: number cards come from quantities"
    default:
      "unknown kind '\(name)' in \(what)"
        + SpellingSuggestion.didYouMean(name, among: PresentationKind.allCases.map(\.rawValue))
        + " (kinds: \(kindNames))"
    }
  }

  /// A relation's `reverse:`; true with no `ask-reverse` wording to ask with is an error.
  mutating func makesReverse(_ node: YAMLNode, _ what: String, _ values: MappingFields) -> Bool {
    guard let value = reader.boolean(node, "'reverse' of \(what)") else { return true }
    if value, !values.has("ask-reverse") {
      reader.error(
        "\(what) has 'reverse: true' but no 'ask-reverse' question to ask back with", at: node)
    }
    return value
  }

  /// The ids an item requires (one id alone is a list of one), each given once; checked against the deck's
  /// ids once all are read (`checkRequirements`).
  mutating func requirements(_ node: YAMLNode?, of owner: String, _ what: @autoclosure () -> String)
    -> [String]
  {
    guard let node else { return [] }
    let items = reader.tree.kind(of: node) == .scalar ? [node] : reader.sequence(node, what()) ?? []
    var ids: [String] = []
    for item in items {
      guard let id = reader.identifier(item, "a requirement of \(what())"), !ids.contains(id) else {
        continue
      }
      ids.append(id)
      requirements.append(Requirement(owner: owner, id: id, location: reader.location(of: item)))
    }
    return ids
  }

  /// An error at each requirement that names nothing in the deck (with the closest id), names an entity
  /// without a definition (nothing to introduce), or closes a cycle (with the cycle).
  ///
  /// A requirement names a fact, quantity or card by its id, else an entity (its definition): the two
  /// namespaces are apart, and an id in both means the item.
  mutating func checkRequirements() {
    guard !requirements.isEmpty else { return }
    let definedEntities = Set(entities.lazy.filter { $0.definition != nil }.map(\.id))
    let entityIDs = Set(entities.map(\.id))
    // Suggestions in file order, so that the same deck always gets the same one.
    let candidates =
      cardKeys.sorted { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) }
      .map(\.key) + entities.map(\.id)
    for requirement in requirements where cardKeys[requirement.id] == nil {
      let id = requirement.id
      if entityIDs.contains(id) {
        if !definedEntities.contains(id) {
          reader.error(
            "'\(requirement.owner)' requires entity '\(id)', which has no definition to introduce; "
              + "require a fact about it instead",
            at: requirement.location)
        }
      } else if !brokenEntityIDs.contains(id) {
        reader.error(
          "unknown id '\(id)' required by '\(requirement.owner)'"
            + SpellingSuggestion.didYouMean(id, among: candidates)
            + " (a requirement names a fact, quantity, card or entity)",
          at: requirement.location)
      }
    }
    reportCycles()
  }

  /// An error at the requirement that closes each cycle of requirements between items, naming the cycle.
  private mutating func reportCycles() {
    var edges: [String: [Requirement]] = [:]
    var owners: [String] = []
    for requirement in requirements where cardKeys[requirement.id] != nil {
      if edges[requirement.owner] == nil { owners.append(requirement.owner) }
      edges[requirement.owner, default: []].append(requirement)
    }
    enum Visit { case open, done }
    var visits: [String: Visit] = [:]
    // Depth first without recursion: a chain of requirements may be as long as the deck.
    for owner in owners where visits[owner] == nil {
      var path: [(id: String, next: Int)] = [(owner, 0)]
      visits[owner] = .open
      while let top = path.last {
        let out = edges[top.id] ?? []
        guard top.next < out.count else {
          visits[top.id] = .done
          path.removeLast()
          continue
        }
        path[path.count - 1].next += 1
        let requirement = out[top.next]
        switch visits[requirement.id] {
        case nil:
          visits[requirement.id] = .open
          path.append((requirement.id, 0))
        case .open:
          guard let start = path.firstIndex(where: { $0.id == requirement.id }) else { continue }
          // From the item whose requirement closes the cycle, round to it again.
          let cycle = [top.id] + path[start..<(path.count - 1)].map(\.id) + [top.id]
          let chain = cycle.dropFirst(2).map { ", which requires '\($0)'" }.joined()
          reader.error(
            "a cycle of requirements: '\(cycle[0])' requires '\(cycle[1])'\(chain); "
              + "one of them must go",
            at: requirement.location)
        case .done:
          continue
        }
      }
    }
  }
}
