/// Turns the text of a deck file into a validated `Deck`, or into located diagnostics.
///
/// Pure: it takes the text and the name to report it under; reading the file is the caller's job.
public enum DeckLoader {
  /// Loads a deck, throwing every error found (warnings do not stop a load).
  public static func load(yaml: String, file: String, deckID: String) throws(KnowledgeError) -> Deck
  {
    let (deck, diagnostics) = try diagnose(yaml: yaml, file: file, deckID: deckID)
    let errors = diagnostics.filter { $0.severity == .error }
    guard let deck, errors.isEmpty else { throw .invalid(errors) }
    return deck
  }

  /// Loads what it can and returns the deck (when it has no errors) with every diagnostic found.
  /// Throws only for text that is not YAML at all.
  public static func diagnose(
    yaml: String, file: String, deckID: String
  ) throws(KnowledgeError) -> (deck: Deck?, diagnostics: [DeckDiagnostic]) {
    try diagnose(yaml: yaml, file: file, deckID: deckID, splittingFrom: 1 << 20)
  }

  /// `diagnose`, composing a file whose facts take at least `minimumBytes` in pieces on every core, in runs
  /// of `runBytes` (tests make them small, to read small decks both ways).
  static func diagnose(
    yaml: String, file: String, deckID: String, splittingFrom minimumBytes: Int,
    runBytes: Int = 1 << 19, readingEvents: Bool = true
  ) throws(KnowledgeError) -> (deck: Deck?, diagnostics: [DeckDiagnostic]) {
    let composed: DeckComposer.Composed
    do {
      guard
        let found = try DeckComposer.compose(
          yaml, minimumBytes: minimumBytes, runBytes: runBytes, readingEvents: readingEvents)
      else {
        let start = SourceLocation(file: file, line: 1, column: 1)
        throw KnowledgeError.invalid([DeckDiagnostic(.error, at: start, "the deck file is empty")])
      }
      composed = found
    } catch let error as KnowledgeError {
      throw error
    } catch {
      throw .syntax(SyntaxDiagnostic.make(from: error, yaml: yaml, file: file))
    }
    var parser = DeckParser(
      reader: YAMLReader(file: file, tree: composed.tree), deckID: deckID, source: yaml)
    let deck = parser.parse(composed.root, facts: composed.factParts)
    let diagnostics = parser.reader.diagnostics.sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
    return (diagnostics.contains { $0.severity == .error } ? nil : deck, diagnostics)
  }
}
