import Yams

/// Reads YAML nodes into plain values, collecting a located diagnostic for everything that does not fit.
///
/// It never throws: a teacher wants every problem of a deck at once, so each reader method returns `nil` on a
/// problem and records it.
struct YAMLReader {
  /// The file name used in locations.
  let file: String
  /// Everything found so far.
  private(set) var diagnostics: [DeckDiagnostic] = []

  init(file: String) { self.file = file }

  func location(of node: Node) -> SourceLocation {
    SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  mutating func error(_ message: String, at node: Node) {
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
    _ node: Node, _ what: String, allowed: Set<String>? = nil
  ) -> [(key: String, keyNode: Node, value: Node)]? {
    guard case .mapping(let mapping) = node else {
      error("\(what) must be a mapping of `key: value` lines", at: node)
      return nil
    }
    var pairs: [(key: String, keyNode: Node, value: Node)] = []
    for (keyNode, value) in mapping {
      guard case .scalar(let scalar) = keyNode else {
        error("a key in \(what) must be plain text", at: keyNode)
        continue
      }
      if let allowed, !allowed.contains(scalar.string) {
        let known = allowed.sorted().joined(separator: ", ")
        error("unknown key '\(scalar.string)' in \(what) (known keys: \(known))", at: keyNode)
        continue
      }
      pairs.append((scalar.string, keyNode, value))
    }
    return pairs
  }

  /// The items of a sequence.
  mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
    guard case .sequence(let sequence) = node else {
      error("\(what) must be a list (lines starting with '- ')", at: node)
      return nil
    }
    return Array(sequence)
  }

  /// A non-empty text.
  mutating func text(_ node: Node, _ what: String) -> String? {
    guard case .scalar(let scalar) = node else {
      error("\(what) must be text", at: node)
      return nil
    }
    let value = scalar.string.trimmingWhitespace
    guard !value.isEmpty else {
      error("\(what) must not be empty", at: node)
      return nil
    }
    return value
  }

  /// A list of texts; a single text is taken as a list of one.
  mutating func texts(_ node: Node, _ what: String) -> [String]? {
    if case .scalar = node { return text(node, what).map { [$0] } }
    guard let items = sequence(node, what) else { return nil }
    return items.compactMap { text($0, "each item of \(what)") }
  }

  /// A number.
  mutating func number(_ node: Node, _ what: String) -> Double? {
    guard case .scalar(let scalar) = node, let value = Double(scalar.string.trimmingWhitespace),
      value.isFinite
    else {
      error("\(what) must be a number", at: node)
      return nil
    }
    return value
  }

  /// A whole number.
  mutating func integer(_ node: Node, _ what: String) -> Int? {
    guard case .scalar(let scalar) = node, let value = Int(scalar.string.trimmingWhitespace) else {
      error("\(what) must be a whole number", at: node)
      return nil
    }
    return value
  }

  /// `true` or `false`.
  mutating func boolean(_ node: Node, _ what: String) -> Bool? {
    guard case .scalar(let scalar) = node else {
      error("\(what) must be true or false", at: node)
      return nil
    }
    switch scalar.string.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      error("\(what) must be true or false", at: node)
      return nil
    }
  }

  /// An id: lowercase letters, digits and '-', starting with a letter.
  mutating func identifier(_ node: Node, _ what: String) -> String? {
    guard let value = text(node, what) else { return nil }
    guard Self.isIdentifier(value) else {
      error(
        "\(what) '\(value)' is not a valid id (use lowercase letters, digits and '-', starting with a letter)",
        at: node)
      return nil
    }
    return value
  }

  static func isIdentifier(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first, ("a"..."z").contains(first), value.count <= 80
    else {
      return false
    }
    return value.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }
}

extension String {
  var trimmingWhitespace: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
