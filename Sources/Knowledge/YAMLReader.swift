/// Reads the nodes of a `YAMLTree` into plain values, collecting a located diagnostic for everything that does not fit.
///
/// It never throws: a teacher wants every problem of a deck at once, so each reader method returns `nil` on a
/// problem and records it. What a value is (`what`) is only put into words when there is a problem: a big deck
/// reads a million values and has few problems.
struct YAMLReader {
  /// The file name used in locations.
  let file: String
  /// The nodes read.
  let tree: YAMLTree
  /// Everything found so far.
  private(set) var diagnostics: [DeckDiagnostic] = []

  init(file: String, tree: YAMLTree) {
    self.file = file
    self.tree = tree
  }

  /// A reader of the one document in `yaml`, reported as `file`, with its root; nil for a text that holds no
  /// document (empty, or only comments). Text that is not YAML throws its syntax error, located and explained.
  static func document(
    _ yaml: String, file: String
  ) throws(KnowledgeError) -> (reader: YAMLReader, root: YAMLNode)? {
    let composed: YAMLTree?
    do {
      composed = try YAMLEventReader.compose(yaml)
    } catch {
      throw .syntax(SyntaxDiagnostic.make(from: error, yaml: yaml, file: file))
    }
    guard let tree = composed, let root = tree.root else { return nil }
    return (YAMLReader(file: file, tree: tree), root)
  }

  func location(of node: YAMLNode) -> SourceLocation {
    let mark = tree.mark(of: node)
    return SourceLocation(file: file, line: mark.line, column: mark.column)
  }

  mutating func error(_ message: String, at node: YAMLNode) {
    diagnostics.append(DeckDiagnostic(.error, at: location(of: node), message))
  }

  mutating func error(_ message: String, at location: SourceLocation) {
    diagnostics.append(DeckDiagnostic(.error, at: location, message))
  }

  mutating func warning(_ message: String, at location: SourceLocation) {
    diagnostics.append(DeckDiagnostic(.warning, at: location, message))
  }

  /// The pairs of a mapping, keys as strings; reports keys outside `allowed` (when given).
  mutating func mapping(
    _ node: YAMLNode, _ what: @autoclosure () -> String, allowed: [String]? = nil
  ) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
    guard tree.kind(of: node) == .mapping else {
      error("\(what()) must be a mapping of `key: value` lines", at: node)
      return nil
    }
    let count = tree.childCount(of: node)
    var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
    pairs.reserveCapacity(count / 2)
    for offset in stride(from: 0, to: count, by: 2) {
      let keyNode = tree.child(of: node, at: offset)
      let value = tree.child(of: node, at: offset + 1)
      guard let key = tree.string(keyNode) else {
        error("a key in \(what()) must be plain text", at: keyNode)
        continue
      }
      if let allowed, !allowed.contains(key) {
        let known = allowed.sorted().joined(separator: ", ")
        error("unknown key '\(key)' in \(what()) (known keys: \(known))", at: keyNode)
        continue
      }
      pairs.append((key, keyNode, value))
    }
    return pairs
  }

  /// The values of a mapping by key, reporting keys outside `allowed` and required keys that are missing.
  mutating func fields(
    _ node: YAMLNode, _ what: @autoclosure () -> String, allowed: [String], required: [String]
  ) -> MappingFields? {
    guard tree.kind(of: node) == .mapping else {
      error("\(what()) must be a mapping of `key: value` lines", at: node)
      return nil
    }
    var values = MappingFields(keys: allowed)
    for offset in stride(from: 0, to: tree.childCount(of: node), by: 2) {
      let keyNode = tree.child(of: node, at: offset)
      guard let key = tree.string(keyNode) else {
        error("a key in \(what()) must be plain text", at: keyNode)
        continue
      }
      guard let slot = values.slot(of: key) else {
        let known = allowed.sorted().joined(separator: ", ")
        error("unknown key '\(key)' in \(what()) (known keys: \(known))", at: keyNode)
        continue
      }
      values.keep(tree.child(of: node, at: offset + 1), in: slot)
    }
    let missing = required.filter { !values.has($0) }
    if !missing.isEmpty {
      let list = missing.map { "'\($0)'" }.joined(separator: ", ")
      error("\(what()) needs \(list)", at: node)
      return nil
    }
    return values
  }

  /// The items of a sequence.
  mutating func sequence(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [YAMLNode]? {
    guard let items = tree.items(node) else {
      error("\(what()) must be a list (lines starting with '- ')", at: node)
      return nil
    }
    return items
  }

  /// A non-empty text.
  mutating func text(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
    guard let string = tree.string(node) else {
      error("\(what()) must be text", at: node)
      return nil
    }
    let value = string.trimmingWhitespace
    guard !value.isEmpty else {
      error("\(what()) must not be empty", at: node)
      return nil
    }
    return value
  }

  /// A list of texts; a single text is taken as a list of one.
  mutating func texts(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [String]? {
    if tree.kind(of: node) == .scalar { return text(node, what()).map { [$0] } }
    guard let items = sequence(node, what()) else { return nil }
    return items.compactMap { text($0, "each item of \(what())") }
  }

  /// A number.
  mutating func number(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Double? {
    guard let string = tree.string(node), let value = Double(string.trimmingWhitespace),
      value.isFinite
    else {
      error("\(what()) must be a number", at: node)
      return nil
    }
    return value
  }

  /// A whole number.
  mutating func integer(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Int? {
    guard let string = tree.string(node), let value = Int(string.trimmingWhitespace) else {
      error("\(what()) must be a whole number", at: node)
      return nil
    }
    return value
  }

  /// `true` or `false`.
  mutating func boolean(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Bool? {
    guard let string = tree.string(node) else {
      error("\(what()) must be true or false", at: node)
      return nil
    }
    switch string.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      error("\(what()) must be true or false", at: node)
      return nil
    }
  }

  /// An id: lowercase letters, digits and '-', starting with a letter.
  mutating func identifier(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
    guard let value = text(node, what()) else { return nil }
    guard Self.isIdentifier(value) else {
      error(
        "\(what()) '\(value)' is not a valid id (use lowercase letters, digits and '-', starting with a letter)",
        at: node)
      return nil
    }
    return value
  }

  /// At most 80 characters of `a-z`, `0-9` and `-`, starting with a letter. Checked on bytes: any other byte
  /// fails, and when every byte is one of these each is one character.
  static func isIdentifier(_ value: String) -> Bool {
    let bytes = value.utf8
    guard let first = bytes.first, first &- 97 < 26, bytes.count <= 80 else { return false }
    return bytes.allSatisfy { $0 &- 97 < 26 || $0 &- 48 < 10 || $0 == 45 }
  }
}

extension String {
  var trimmingWhitespace: String {
    // Text that starts and ends with a visible ASCII character has nothing to trim: a character that starts
    // with one is not white space, and one cannot end a white-space character either.
    if let first = utf8.first, let last = utf8.last, first &- 0x21 < 0x5e, last &- 0x21 < 0x5e {
      return self
    }
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
