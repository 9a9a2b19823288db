/// Quantities, and what facts, quantities and hand-written cards share: sections and one namespace of ids.
extension DeckParser {
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
      let requires = requirements(values["requires"], of: id, what)
      let note = teacherNote(values, what)
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
          requires: requires, teacherNote: note, location: reader.location(of: item)))
    }
    return quantities
  }

  static let quantityKeys: [String] = [
    "id", "prompt", "answer", "min", "max", "unit", "section", "explanation", "tags", "requires",
    "teacher-note", "source",
  ]

  /// The section an item cites, reported when the deck's source does not list it.
  mutating func section(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
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
