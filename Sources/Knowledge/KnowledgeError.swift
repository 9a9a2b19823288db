/// Why a deck could not be loaded.
public enum KnowledgeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is not well-formed YAML.
  case syntax(DeckDiagnostic)
  /// The YAML is well-formed but the deck breaks the format's rules; every error found is listed.
  case invalid([DeckDiagnostic])

  /// Every diagnostic, for tools that list them one per line.
  public var diagnostics: [DeckDiagnostic] {
    switch self {
    case .syntax(let diagnostic): [diagnostic]
    case .invalid(let diagnostics): diagnostics
    }
  }

  /// The first problem, and how many more there are.
  public var description: String {
    let all = diagnostics.filter { $0.severity == .error }
    guard let first = all.first else { return "the deck is invalid" }
    let more = all.count > 1 ? " (and \(all.count - 1) more; run `recall deck lint` for all)" : ""
    return "\(first)\(more)"
  }
}
