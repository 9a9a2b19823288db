/// Why a deck could not be loaded.
public enum KnowledgeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is not well-formed YAML.
  case syntax(DeckDiagnostic)
  /// The YAML is well-formed but the deck breaks the format's rules; every error found is listed.
  case invalid([DeckDiagnostic])
  /// The YAML is well-formed but the class file (`Classes/<name>.yaml`) breaks its rules; every error found
  /// is listed.
  case invalidClass([DeckDiagnostic])

  /// Every diagnostic, for tools that list them one per line.
  public var diagnostics: [DeckDiagnostic] {
    switch self {
    case .syntax(let diagnostic): [diagnostic]
    case .invalid(let diagnostics), .invalidClass(let diagnostics): diagnostics
    }
  }

  /// The first problem, and how many more there are.
  public var description: String {
    let all = diagnostics.filter { $0.severity == .error }
    if case .invalidClass = self {
      // Every problem at once: a class file is short, and there is no lint command for it.
      return all.isEmpty
        ? "the class file is invalid" : all.map(\.description).joined(separator: "\n")
    }
    guard let first = all.first else { return "the deck is invalid" }
    let more = all.count > 1 ? " (and \(all.count - 1) more; run `recall deck lint` for all)" : ""
    return "\(first)\(more)"
  }
}
