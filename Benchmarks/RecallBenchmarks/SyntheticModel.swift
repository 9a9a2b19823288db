/// A large synthetic knowledge model as deck YAML: `classes` classes of equal size, relations between
/// neighbouring classes, facts with one to three objects, and an alias for every entity.
struct SyntheticModel {
  var entities = 10_000
  var facts = 50_000
  var classes = 20

  func yaml() -> String {
    var generator = LinearCongruential(seed: 42)
    var out = """
      deck:
        title: Synthetic
        version: 1
        source: {title: Generated, sections: [Generated]}
      classes:

      """
    for index in 0..<classes { out += "  class-\(index): {name: thing \(index)}\n" }
    out += "entities:\n"
    let perClass = entities / classes
    for index in 0..<entities {
      let owner = index / perClass
      out +=
        "  entity-\(index): {class: class-\(owner), name: entity number \(index), aliases: [e\(index)]}\n"
    }
    out += "relations:\n"
    for index in 0..<classes {
      let target = (index + 1) % classes
      out += """
          rel-\(index):
            subject: class-\(index)
            object: class-\(target)
            ask: Which thing \(target) goes with {subject}?
            ask-reverse: Which thing \(index) goes with {object}?
            statement: "{subject} goes with {object}."

        """
    }
    out += "facts:\n"
    for index in 0..<facts {
      let relation = index % classes
      let subject = relation * perClass + Int(generator.next() % UInt64(perClass))
      let targetClass = (relation + 1) % classes
      let count = 1 + Int(generator.next() % 3)
      let objects = (0..<count).map { _ in
        "entity-\(targetClass * perClass + Int(generator.next() % UInt64(perClass)))"
      }
      out += "  - {id: fact-\(index), subject: entity-\(subject), relation: rel-\(relation), "
      out +=
        "objects: [\(Array(Set(objects)).sorted().joined(separator: ", "))], section: Generated, "
      out += "explanation: Generated fact \(index).}\n"
    }
    return out
  }
}

/// A tiny deterministic generator for the synthetic data.
struct LinearCongruential {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state >> 33
  }
}
