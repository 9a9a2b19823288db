/// Reads a class file (`Classes/<name>.yaml`, docs/classes.md) into a ``ClassFile``, with a
/// file:line:column diagnostic for everything that does not fit; pure, like the deck loader: the caller
/// reads the file.
public enum ClassFileParser {
  /// The top-level keys.
  static let keys = ["title", "deck", "start", "roster", "targets", "quizzes", "needs-help"]
  /// The keys of `needs-help`.
  static let helpKeys = ["inactive-days", "retention", "median-share"]
  /// The keys of a roster entry written as a mapping.
  static let memberKeys = ["name", "sis", "login"]
  /// The keys of a fixed quiz.
  static let quizKeys = ["title", "units", "tags", "questions", "minutes", "seed", "ask"]
  /// The rungs a fixed quiz may ask at (`Rung.name` in Cards, which Knowledge does not import).
  static let rungNames = ["judge", "choose", "select", "complete", "produce", "list"]

  /// Parses the class file `name` whose text is `yaml`, reported as `file`; throws every error found.
  public static func parse(
    yaml: String, file: String, name: String
  ) throws(KnowledgeError) -> ClassFile {
    guard let document = try YAMLReader.document(yaml, file: file) else {
      let start = SourceLocation(file: file, line: 1, column: 1)
      throw .invalidClass([DeckDiagnostic(.error, at: start, "the class file is empty")])
    }
    var reader = document.reader
    let parsed = parse(document.root, name: name, reader: &reader)
    let errors = reader.diagnostics.filter { $0.severity == .error }.sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
    guard errors.isEmpty, let parsed else { throw .invalidClass(errors) }
    return parsed
  }

  private static func parse(
    _ root: YAMLNode, name: String, reader: inout YAMLReader
  ) -> ClassFile? {
    guard
      let fields = reader.fields(
        root, "the class file", allowed: keys, required: ["deck", "roster"])
    else { return nil }
    let title = fields["title"].flatMap { reader.text($0, "the class title") } ?? name
    let deckNode = fields["deck"]
    let deck = deckNode.flatMap { reader.text($0, "the class's deck") }
    let start = fields["start"].flatMap { day($0, "the start day", reader: &reader) }
    let roster = fields["roster"].map { Self.roster($0, reader: &reader) } ?? []
    let targets = fields["targets"].map { Self.targets($0, reader: &reader) } ?? []
    let quizzes = fields["quizzes"].map { Self.quizzes($0, reader: &reader) } ?? []
    let help = fields["needs-help"].map { Self.help($0, reader: &reader) } ?? ClassFile.HelpRules()
    guard let deck, let deckNode else { return nil }
    return ClassFile(
      name: name, title: title, deck: deck, start: start, roster: roster,
      targets: targets.sorted { $0.by < $1.by }, quizzes: quizzes, help: help,
      deckLocation: reader.location(of: deckNode))
  }

  private static func help(_ node: YAMLNode, reader: inout YAMLReader) -> ClassFile.HelpRules {
    var rules = ClassFile.HelpRules()
    guard let fields = reader.fields(node, "needs-help", allowed: helpKeys, required: []) else {
      return rules
    }
    if let days = fields["inactive-days"] {
      if let value = reader.integer(days, "needs-help: inactive-days") {
        if value >= 1 {
          rules.inactiveDays = value
        } else {
          reader.error("needs-help: inactive-days must be 1 or more", at: days)
        }
      }
    }
    for (key, range) in [("retention", 0.0...1.0), ("median-share", 0.0...1.0)] {
      guard let share = fields[key], let value = reader.number(share, "needs-help: \(key)") else {
        continue
      }
      guard range.contains(value) else {
        reader.error("needs-help: \(key) is a share, from 0 to 1 (0.7 for 70 %)", at: share)
        continue
      }
      if key == "retention" { rules.retention = value } else { rules.medianShare = value }
    }
    return rules
  }

  private static func day(
    _ node: YAMLNode, _ what: String, reader: inout YAMLReader
  ) -> ClassFile.Day? {
    guard let text = reader.text(node, what) else { return nil }
    guard let day = ClassFile.Day(text) else {
      reader.error("\(what) must be a date written YYYY-MM-DD, not '\(text)'", at: node)
      return nil
    }
    return day
  }

  private static func roster(_ node: YAMLNode, reader: inout YAMLReader) -> [ClassFile.Member] {
    if reader.tree.kind(of: node) == .sequence, reader.tree.childCount(of: node) == 0 { return [] }
    guard let pairs = reader.mapping(node, "the roster (learner id: display name)") else {
      return []
    }
    return pairs.compactMap { pair in
      let location = reader.location(of: pair.keyNode)
      if reader.tree.kind(of: pair.value) == .mapping {
        guard
          let fields = reader.fields(
            pair.value, "roster entry '\(pair.key)'", allowed: memberKeys, required: ["name"]),
          let nameNode = fields["name"],
          let name = reader.text(nameNode, "the name of '\(pair.key)'")
        else { return nil }
        return ClassFile.Member(
          id: pair.key, name: name, sis: fields["sis"].flatMap { reader.text($0, "sis") },
          login: fields["login"].flatMap { reader.text($0, "login") }, location: location)
      }
      guard let name = reader.text(pair.value, "the name of '\(pair.key)'") else { return nil }
      return ClassFile.Member(id: pair.key, name: name, location: location)
    }
  }

  private static func targets(_ node: YAMLNode, reader: inout YAMLReader) -> [ClassFile.Target] {
    guard let items = reader.sequence(node, "targets") else { return [] }
    return items.compactMap { item in
      guard
        let fields = reader.fields(
          item, "a target", allowed: ["units", "by"], required: ["units", "by"]),
        let unitsNode = fields["units"], let byNode = fields["by"],
        let units = reader.integer(unitsNode, "a target's units"),
        let by = day(byNode, "a target's day", reader: &reader)
      else { return nil }
      guard units > 0 else {
        reader.error("a target's units must be 1 or more", at: unitsNode)
        return nil
      }
      return ClassFile.Target(units: units, by: by)
    }
  }

  private static func quizzes(_ node: YAMLNode, reader: inout YAMLReader) -> [ClassFile.FixedQuiz] {
    if reader.tree.kind(of: node) == .sequence, reader.tree.childCount(of: node) == 0 { return [] }
    guard let pairs = reader.mapping(node, "quizzes (name: its questions)") else { return [] }
    return pairs.compactMap { pair in quiz(pair.key, pair.keyNode, pair.value, reader: &reader) }
  }

  private static func quiz(
    _ name: String, _ nameNode: YAMLNode, _ node: YAMLNode, reader: inout YAMLReader
  ) -> ClassFile.FixedQuiz? {
    let what = "quiz '\(name)'"
    guard YAMLReader.isIdentifier(name) else {
      reader.error(
        "\(what): a quiz name is what learners type after --set: use lowercase letters, digits and "
          + "'-', starting with a letter", at: nameNode)
      return nil
    }
    guard let fields = reader.fields(node, what, allowed: quizKeys, required: []) else {
      return nil
    }
    let units = fields["units"].flatMap { reader.texts($0, "\(what): units") } ?? []
    let tags = fields["tags"].flatMap { reader.texts($0, "\(what): tags") } ?? []
    let questions = fields["questions"].flatMap { reader.integer($0, "\(what): questions") }
    let minutes = fields["minutes"].flatMap { reader.number($0, "\(what): minutes") }
    var seed: UInt64?
    if let seedNode = fields["seed"] {
      guard let text = reader.text(seedNode, "\(what): seed"), let value = UInt64(text) else {
        reader.error("\(what): seed must be a whole number, 0 or more", at: seedNode)
        return nil
      }
      seed = value
    }
    let ask =
      fields["ask"].flatMap { reader.text($0, "\(what): ask") } ?? ClassFile.FixedQuiz.defaultAsk
    var valid = true
    if let questions, questions < 1 {
      reader.error("\(what): questions must be 1 or more", at: fields["questions"] ?? node)
      valid = false
    }
    if let minutes, !(minutes > 0) {
      reader.error("\(what): minutes must be more than 0", at: fields["minutes"] ?? node)
      valid = false
    }
    if !rungNames.contains(ask) {
      reader.error(
        "\(what): ask must be one of \(rungNames.joined(separator: ", ")), not '\(ask)'",
        at: fields["ask"] ?? node)
      valid = false
    }
    if seed == nil, units.isEmpty {
      reader.error(
        "\(what) needs a 'seed:' (the same questions drawn for everyone) or 'units:' (asked in "
          + "their order)", at: nameNode)
      valid = false
    }
    if seed == nil, let questions, questions > units.count, !units.isEmpty {
      reader.error(
        "\(what) asks \(questions) questions of \(units.count) units listed: give a seed to draw "
          + "from more, or list more units", at: fields["questions"] ?? node)
      valid = false
    }
    if seed != nil, questions == nil, units.isEmpty {
      reader.error("\(what): say how many questions to draw ('questions:')", at: nameNode)
      valid = false
    }
    guard valid else { return nil }
    return ClassFile.FixedQuiz(
      name: name,
      title: fields["title"].flatMap { reader.text($0, "\(what): title") } ?? name, units: units,
      tags: tags, questions: questions, minutes: minutes, seed: seed, ask: ask,
      location: reader.location(of: nameNode))
  }
}
