import Cards
import Foundation
import Knowledge

/// `recall import`: reads a file of another program's cards, writes it as deck YAML and checks that the
/// result loads and lints with Recall's own loader before anything is written.
public enum DeckImport {
  /// The file formats `recall import` reads.
  public enum Format: String, Sendable, CaseIterable {
    /// An Anki package (`.apkg`).
    case apkg
    /// Anki's plain-text notes (`.txt`, `.tsv`, `.csv`).
    case ankiText = "anki-text"
    /// Q:/A:/C: Markdown (`.md`).
    case markdown

    /// The format of `path`, by its extension, else by its first bytes (a zip is a package).
    public static func of(path: String, data: Data) -> Format {
      switch (path as NSString).pathExtension.lowercased() {
      case "apkg", "colpkg": return .apkg
      case "md", "markdown": return .markdown
      case "txt", "tsv", "csv": return .ankiText
      default: return data.starts(with: [0x50, 0x4B]) ? .apkg : .ankiText
      }
    }
  }

  /// What an import produced.
  public struct Result: Sendable {
    /// The deck as read.
    public var deck: ImportedDeck
    /// The YAML to write.
    public var yaml: String
    /// How many cards Recall makes of it (fewer than `deck.cards` when some give their answer away).
    public var cardCount: Int
    /// Deck lint warnings, as `file:line:column: warning: …`.
    public var lintWarnings: [String]
  }

  /// Reads `path`, and checks the YAML as the deck `deckID` written to `outputPath`.
  public static func run(
    path: String, deckID: String, outputPath: String
  ) throws(InteropError) -> Result {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw .io(path: path, message: "cannot read: \(AtomicFile.reason(error))")
    }
    let deck: ImportedDeck
    switch Format.of(path: path, data: data) {
    case .apkg:
      deck = try AnkiPackageReader.read(path: path)
    case .ankiText, .markdown:
      guard let text = String(data: data, encoding: .utf8) else {
        throw .malformed(path: path, message: "not UTF-8 text")
      }
      deck =
        Format.of(path: path, data: data) == .markdown
        ? try MarkdownDeckReader.read(text: text, path: path)
        : try AnkiTextReader.read(text: text, path: path)
    }
    guard !deck.cards.isEmpty else {
      throw .malformed(path: path, message: "no cards found (\(deck.notes) notes read)")
    }
    return try check(deck, deckID: deckID, outputPath: outputPath, sourcePath: path)
  }

  /// The YAML of `deck`, loaded and linted as Recall will. Errors name `sourcePath` (the file read) and,
  /// where the format has lines, the line of the card at fault; without it they name `outputPath`.
  static func check(
    _ deck: ImportedDeck, deckID: String, outputPath: String, sourcePath: String? = nil
  ) throws(InteropError) -> Result {
    let yaml = DeckYAMLWriter.yaml(deck)
    let loaded: (deck: Deck?, diagnostics: [DeckDiagnostic])
    do {
      loaded = try DeckLoader.diagnose(yaml: yaml, file: outputPath, deckID: deckID)
    } catch {
      throw failure(error.diagnostics, deck, yaml, outputPath: outputPath, sourcePath: sourcePath)
    }
    guard let recallDeck = loaded.deck else {
      throw failure(
        loaded.diagnostics.filter { $0.severity == .error }, deck, yaml, outputPath: outputPath,
        sourcePath: sourcePath)
    }
    let lint = loaded.diagnostics + DeckLinter.lint(recallDeck)
    let errors = lint.filter { $0.severity == .error }
    guard errors.isEmpty else {
      throw failure(errors, deck, yaml, outputPath: outputPath, sourcePath: sourcePath)
    }
    let cards = CardGenerator(deck: recallDeck).generate()
    return Result(
      deck: deck, yaml: yaml, cardCount: cards.count, lintWarnings: lint.map(\.description))
  }

  /// Writes the YAML to `path`, all or nothing.
  public static func write(_ result: Result, to path: String) throws(InteropError) {
    try AtomicFile.write(Data(result.yaml.utf8), to: path)
  }
}

extension DeckImport {
  /// A deck file name for a title: lowercase letters, digits and `-` (`Spanish::Verbs` → `spanish-verbs`).
  public static func fileName(forTitle title: String) -> String {
    let slug = ImportedID.slug(title)
    return slug.hasPrefix("card-") && !title.lowercased().hasPrefix("card")
      ? "imported-" + slug.dropFirst(5) : slug
  }
}
