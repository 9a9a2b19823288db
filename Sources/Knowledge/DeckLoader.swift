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
    guard let (reader, root) = try YAMLReader.document(yaml, file: file) else {
      let start = SourceLocation(file: file, line: 1, column: 1)
      throw .invalid([DeckDiagnostic(.error, at: start, "the deck file is empty")])
    }
    var parser = DeckParser(reader: reader, deckID: deckID, source: yaml)
    let deck = parser.parse(root)
    let continued = ContinuedListItems.find(in: yaml).map { item in
      DeckDiagnostic(
        .warning, at: SourceLocation(file: file, line: item.line, column: item.column),
        "this list item is indented more than line \(item.continues), so YAML reads it as more of that "
          + "line's text; indent it like the items it belongs with")
    }
    let diagnostics = (parser.reader.diagnostics + continued).sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
    return (diagnostics.contains { $0.severity == .error } ? nil : deck, diagnostics)
  }
}
