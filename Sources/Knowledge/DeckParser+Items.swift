import Dispatch
import Synchronization

/// Facts, quantities and hand-written cards: the items that become cards.
extension DeckParser {
  mutating func parseFacts(_ node: YAMLNode) -> [Fact] {
    guard let items = reader.sequence(node, "'facts'") else { return [] }
    return parseFacts([
      FactParser.Part(tree: reader.tree, items: items, lineOffset: reader.lineOffset)
    ])
  }

  /// Reads the facts part by part (on every core when there are many), then settles their ids in file order.
  mutating func parseFacts(_ parts: [FactParser.Part]) -> [Fact] {
    let context = FactParser.Context(
      relations: relations, entities: entities, sections: sections,
      classIDs: Set(classes.map(\.id)), brokenEntityIDs: brokenEntityIDs,
      brokenRelationIDs: brokenRelationIDs)
    let file = reader.file
    var results: [FactParser.Result]
    if parts.count == 1 || parts.reduce(0, { $0 + $1.items.count }) < 2_000 {
      results = parts.map { FactParser.read($0, file: file, context: context) }
    } else {
      let found = Mutex<[Int: FactParser.Result]>([:])
      DispatchQueue.concurrentPerform(iterations: parts.count) { index in
        let result = FactParser.read(parts[index], file: file, context: context)
        found.withLock { $0[index] = result }
      }
      results = found.withLock { found in parts.indices.map { found[$0] ?? FactParser.Result() } }
    }
    cardKeys.reserveCapacity(cardKeys.count + results.reduce(0) { $0 + $1.claims.count })
    reportUnknownRelations(results.flatMap(\.unknownRelations))
    var factParts: [[Fact]] = []
    for index in results.indices {
      var next = 0
      for claim in results[index].claims {
        reader.append(contentsOf: results[index].diagnostics[next..<claim.diagnosticsBefore])
        next = claim.diagnosticsBefore
        claimKey(claim.id, at: claim.location)
      }
      reader.append(contentsOf: results[index].diagnostics[next...])
      factParts.append(results[index].facts)
      results[index] = FactParser.Result()
    }
    return .joining(moving: &factParts, filler: Self.emptyFact)
  }

  /// One error per unknown relation id, at its first use (in file order), counting the other facts that
  /// use it: they are usually all right, and the declaration misspelt.
  mutating func reportUnknownRelations(_ uses: [FactParser.UnknownRelation]) {
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

  /// A fact made of literals: it holds nothing to release (fills the slots facts are moved from).
  static let emptyFact = Fact(
    id: "", subject: "", relation: "", objects: [], qualifier: nil, section: "", explanation: "",
    tags: [], location: SourceLocation(file: "", line: 0, column: 0))

  mutating func parseQuantities(_ node: YAMLNode) -> [Quantity] {
    guard let items = reader.sequence(node, "'quantities'") else { return [] }
    var quantities: [Quantity] = []
    for item in items {
      guard
        let values = fields(
          item, "a quantity", allowed: Self.quantityKeys,
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

  static let quantityKeys: [String] = [
    "id", "prompt", "answer", "min", "max", "unit", "section", "explanation", "tags",
  ]

  mutating func section(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
    Self.section(node, what(), sections: sections, reader: &reader)
  }

  /// The section an item cites, reported when `sections` does not list it.
  static func section(
    _ node: YAMLNode, _ what: @autoclosure () -> String, sections: Set<String>?,
    reader: inout YAMLReader
  ) -> String? {
    guard let value = reader.text(node, "the section of \(what())") else { return nil }
    if let sections, !sections.contains(value) {
      reader.error(
        "section '\(value)' of \(what()) is not listed in deck.source.sections", at: node)
    }
    return value
  }

  mutating func claimKey(_ id: String, at node: YAMLNode) {
    claimKey(id, at: reader.location(of: node))
  }

  mutating func claimKey(_ id: String, at location: SourceLocation) {
    if let first = cardKeys[id] {
      reader.error(
        "duplicate id '\(id)' (first at line \(first.line)); facts, quantities and cards share ids",
        at: location)
    } else {
      cardKeys[id] = location
    }
  }
}

func unique(_ values: [String]) -> [String] {
  guard values.count > 1 else { return values }
  var seen: Set<String> = []
  return values.filter { seen.insert($0).inserted }
}
