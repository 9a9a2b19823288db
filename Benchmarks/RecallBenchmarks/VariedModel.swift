/// A mid-sized knowledge model that uses every part of the deck format, for checking that an optimisation
/// leaves the output unchanged (`RECALL_BENCH_DUMP`): small classes (too few distractors), plural and
/// parenthesised names, names of five words (not typeable), Unicode names, shared and short aliases, overlaps,
/// definitions, qualifiers in and out of the wording, relations over several classes, prompts that leak their
/// answer, repeated prompts with different answers, quantities and every kind of hand-written card.
///
/// Names are drawn from a small vocabulary, so entities share words and texts the way real decks do.
struct VariedModel {
  var entities = 600
  var facts = 2_400
  /// Break the model in places (unknown ids, wrong classes, bad values) to exercise the loader's diagnostics.
  var broken = false

  static let words = [
    "knee", "knees", "elbow", "finger", "skin", "calcium", "deposit", "laser", "crest", "lupus",
    "(chronic)", "the", "a", "Sjögren", "café", "über", "joint", "joints", "phosphate", "gland",
  ]

  func yaml() -> String {
    var random = LinearCongruential(seed: 7)
    func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
    let classSizes = [3, 4, 40, 120, 200, 233]
    var out = """
      deck:
        title: Varied
        version: \(broken ? "two" : "2")
        language: en
        source:
          title: Generated
          sections: [One, Two, Three]
      classes:

      """
    for (index, _) in classSizes.enumerated() {
      out += "  kind-\(index):\n    name: kind \(index)\n"
      if index % 2 == 0 { out += "    plural: kinds of \(index)\n" }
    }
    out += "entities:\n"
    var classOf: [Int] = []
    for (index, size) in classSizes.enumerated() {
      classOf += Array(repeating: index, count: size)
    }
    let total = min(entities, classOf.count)
    for index in 0..<total {
      let wordCount = 1 + pick(index % 9 == 0 ? 6 : 3)
      let name = (0..<wordCount).map { _ in Self.words[pick(Self.words.count)] }
        .joined(separator: " ")
      out += "  item-\(index):\n    class: kind-\(classOf[index])\n"
      out += "    name: \"\(name) \(index % 7 == 0 ? "" : String(index))\"\n"
      switch index % 5 {
      case 0: out += "    aliases: [i\(index), \"shared \(index % 11)\"]\n"
      case 1: out += "    aliases: [\"\(Self.words[pick(Self.words.count)])\"]\n"
      case 2: out += "    aliases: [it\(index), item \(index)s]\n"
      default: break
      }
      if index % 4 == 0 { out += "    definition: a thing numbered \(index % 50)\n" }
      if index == 0 { out += "    overlaps: [item-1, item-2]\n" }
      if index % 13 == 0, index > 0 {
        out += "    overlaps: [item-\(index - 1)\(index > 14 ? ", item-\(index - 14)" : "")]\n"
      }
      if broken, index % 97 == 5 { out += "    colour: red\n" }
    }
    let relationShapes: [(subjects: [Int], objects: [Int], reverse: Bool, statement: Int)] = [
      ([3], [4], true, 0), ([2, 3], [5], true, 1), ([4], [0], true, 0), ([5], [1, 2], false, 2),
      ([5], [3], true, 3), ([3, 4], [4, 5], true, 0), ([2], [2], true, 0),
    ]
    out += "relations:\n"
    for (index, shape) in relationShapes.enumerated() {
      let subjects = shape.subjects.map { "kind-\($0)" }.joined(separator: ", ")
      let objects = shape.objects.map { "kind-\($0)" }.joined(separator: ", ")
      out += "  link-\(index):\n    subject: [\(subjects)]\n    object: [\(objects)]\n"
      out +=
        index % 2 == 0
        ? "    ask: Which kind goes with {subject} {qualifier}?\n"
        : "    ask: \"Which one, for {subject}, is it?\"\n"
      if shape.reverse { out += "    ask-reverse: What has {object} as its link \(index)?\n" }
      switch shape.statement {
      case 0: out += "    statement: \"{subject} goes with {object}.\"\n"
      case 1: out += "    statement: \"{subject} links {qualifier} to {object} , really .\"\n"
      case 2: out += "    statement: \"{subject} is linked somewhere.\"\n"
      default: break
      }
      if index % 3 == 0 { out += "    tags: [link, t\(index)]\n" }
    }
    var classMembers: [Int: [Int]] = [:]
    for index in 0..<total { classMembers[classOf[index], default: []].append(index) }
    out += "facts:\n"
    for index in 0..<facts {
      let relation = pick(relationShapes.count)
      let shape = relationShapes[relation]
      let subjects = shape.subjects.flatMap { classMembers[$0] ?? [] }
      let objectPool = shape.objects.flatMap { classMembers[$0] ?? [] }
      guard !subjects.isEmpty, !objectPool.isEmpty else { continue }
      let subject = subjects[pick(min(subjects.count, 60))]
      let count = 1 + pick(index % 10 == 0 ? 10 : 3)
      var objects: [Int] = []
      for _ in 0..<count {
        let object = objectPool[pick(objectPool.count)]
        if !objects.contains(object) { objects.append(object) }
      }
      var objectIDs = objects.map { "item-\($0)" }
      if broken, index % 211 == 3 { objectIDs.append("item-none") }
      if broken, index % 307 == 4 { objectIDs.append("item-\(subjects[0])") }
      out += "  - id: \(broken && index % 401 == 9 ? "fact-\(index - 1)" : "fact-\(index)")\n"
      out += "    subject: item-\(subject)\n    relation: link-\(relation)\n"
      out +=
        objectIDs.count == 1 && index % 2 == 0
        ? "    object: \(objectIDs[0])\n" : "    objects: [\(objectIDs.joined(separator: ", "))]\n"
      if index % 6 == 0 { out += "    qualifier: in case \(index % 4)\n" }
      out += "    section: \(["One", "Two", "Three"][index % 3])\n"
      out += "    explanation: Fact \(index) explained.\n"
      if index % 8 == 0 { out += "    tags: [t\(index % 3), link]\n" }
    }
    out += "quantities:\n"
    for index in 0..<12 {
      out += "  - id: amount-\(index)\n    prompt: How many things in group \(index)?\n"
      out += "    answer: \(index)–\(index * 2)\n    min: \(index)\n    max: \(index * 2)\n"
      out += "    section: One\n    explanation: Counted.\n"
    }
    out += """
      cards:
        - id: hand-recall
          kind: recall
          prompt: Which item is numbered one?
          answer: item 1s
          accept: [first item]
          section: Two
          explanation: By number.
        - id: hand-leak
          kind: recall
          prompt: Is the knee a knee?
          answer: knee
          section: Two
          explanation: Leaks.
        - id: hand-cloze
          kind: cloze
          text: The {{calcium}} deposit forms.
          section: Two
          explanation: Calcium.
        - id: hand-choice
          kind: choice
          prompt: Pick the gland.
          answer: gland
          wrong: [skin, laser, finger, joint, crest]
          section: Three
          explanation: Glands.
        - id: hand-truefalse
          kind: truefalse
          statement: Lupus is a thing.
          answer: yes
          section: Three
          explanation: It is.
        - id: hand-list
          kind: list
          prompt: Name the joints.
          items: [knee, elbow, "finger (small)"]
          section: One
          explanation: Joints.

      """
    return out
  }
}
