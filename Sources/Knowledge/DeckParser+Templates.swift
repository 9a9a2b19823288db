import Utilities

/// A relation's wording: which placeholders each text needs and may use.
///
/// The generator fills `{subject}`, `{object}` and `{qualifier}` and leaves anything else as written, so a
/// misspelt placeholder would reach learners in braces (or, in a statement, silently cost its cards): every
/// `{word}` is checked here instead.
extension DeckParser {
  /// What a text of a relation is for.
  enum TemplateRole {
    /// `ask`: from the subject to the object.
    case ask
    /// `ask-reverse`: from the object back to the subject.
    case askReverse
    /// `statement`: a sentence about the subject and an object, for true/false and fill-in cards.
    case statement

    /// The placeholder the text must contain.
    var needed: String {
      switch self {
      case .ask, .statement: "{subject}"
      case .askReverse: "{object}"
      }
    }

    /// The placeholders the text may use, in the order the messages list them.
    var allowed: [String] {
      switch self {
      case .ask: ["{subject}", "{qualifier}"]
      case .askReverse: ["{object}"]
      case .statement: ["{subject}", "{object}", "{qualifier}"]
      }
    }

    /// Why a placeholder known elsewhere cannot be used in this text.
    func reason(against placeholder: String) -> String {
      switch (self, placeholder) {
      case (.ask, "{object}"): "the object is what it asks for"
      case (.askReverse, "{subject}"): "the subject is what it asks for"
      case (.askReverse, _):
        "it asks about every fact with the object at once, whatever their qualifiers"
      default: "it is not filled in here"
      }
    }
  }

  static let placeholders = ["{subject}", "{object}", "{qualifier}"]

  /// The text of a relation's wording, with an error for each placeholder it lacks, misspells or cannot
  /// use: at the placeholder when it is found in the file as written, else at the start of the text.
  mutating func template(_ node: YAMLNode, _ role: TemplateRole, _ what: String) -> String? {
    guard let text = reader.text(node, what) else { return nil }
    if !text.includes(role.needed) {
      reader.error("\(what) must contain \(role.needed)", at: node)
    }
    let allowedList = Self.prose(role.allowed)
    var misspelt = false
    let start = reader.location(of: node)
    var seen: [String: Int] = [:]
    for placeholder in Self.placeholderLike(in: text) {
      let occurrence = seen[placeholder, default: 0]
      seen[placeholder] = occurrence + 1
      guard !role.allowed.contains(placeholder) else { continue }
      let location =
        Self.locate(placeholder, occurrence: occurrence, from: start, in: source) ?? start
      if Self.placeholders.contains(placeholder) {
        reader.error(
          "\(what) cannot use \(placeholder): \(role.reason(against: placeholder))", at: location)
        continue
      }
      let suggestion =
        SpellingSuggestion.closest(to: placeholder, among: role.allowed)
        ?? SpellingSuggestion.closest(to: placeholder, among: Self.placeholders)
      misspelt = true
      reader.error(
        "unknown placeholder \(placeholder) in \(what)"
          + (suggestion.map { "; did you mean \($0)?" } ?? "")
          + " (it may use \(allowedList))",
        at: location)
    }
    if role == .statement, !misspelt, !text.includes("{object}") {
      reader.warning(
        "\(what) has no {object}, so it gives no true/false or fill-in cards",
        at: reader.location(of: node))
    }
    return text
  }

  /// Every `{word}` in `text`, braces included: a word of letters, digits, spaces, `-` or `_`, as a
  /// placeholder (or a misspelt one) would be; other braces are left to the author.
  static func placeholderLike(in text: String) -> [String] {
    var found: [String] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      let after = rest.index(after: open)
      guard let close = rest[after...].firstIndex(where: { $0 == "}" || $0 == "{" }) else { break }
      let inner = rest[after..<close]
      if rest[close] == "}", !inner.isEmpty, inner.count <= 40,
        inner.allSatisfy({ $0.isLetter || $0.isNumber || " -_".contains($0) })
      {
        found.append("{\(inner)}")
        rest = rest[rest.index(after: close)...]
      } else {
        rest = rest[close...]
      }
    }
    return found
  }

  /// Where `needle` occurs for the `occurrence`-th time (from 0) at or after `start` in `source`, the deck
  /// text; nil when it is not there as written (an escape in a quoted text, or no text given).
  static func locate(
    _ needle: String, occurrence: Int, from start: SourceLocation, in source: String
  ) -> SourceLocation? {
    let scalars = source.unicodeScalars
    var index = scalars.startIndex
    var line = 1
    while line < start.line {
      guard let newline = scalars[index...].firstIndex(of: "\n") else { return nil }
      index = scalars.index(after: newline)
      line += 1
    }
    var column = 1
    while column < start.column, index < scalars.endIndex, scalars[index] != "\n" {
      index = scalars.index(after: index)
      column += 1
    }
    let wanted = Array(needle.unicodeScalars)
    guard let first = wanted.first else { return nil }
    var remaining = occurrence
    while index < scalars.endIndex {
      if scalars[index] == first, scalars[index...].starts(with: wanted) {
        if remaining == 0 { return SourceLocation(file: start.file, line: line, column: column) }
        remaining -= 1
      }
      if scalars[index] == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index = scalars.index(after: index)
    }
    return nil
  }

  /// "a", "a and b", "a, b and c".
  private static func prose(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
  }
}
