import ArgumentParser
import Foundation
import Interop
import Utilities

/// `recall import FILE [-o Decks/NAME.yaml]`: another program's cards as a Recall deck of hand-written cards.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn an Anki package, Anki text export or Q:/A: Markdown file into a Recall deck.",
    discussion: """
      Reads .apkg (Anki package), .txt/.tsv/.csv (Anki's plain-text notes) and .md (Q:/A:/C: cards). \
      The deck is checked with Recall's own loader and linter before it is written; media are not \
      imported (they are listed). See docs/anki.md.
      """)

  @Argument(help: "The file to import.")
  var file: String

  @Option(
    name: .shortAndLong,
    help: """
      The deck file to write (default: <title>.yaml in the first folder searched for decks by name: \
      RECALL_DECKS's first, else Decks/ of the Recall repository when run inside it; else in the \
      working directory).
      """)
  var output: String?

  @Flag(name: .long, help: "Replace the output file if it exists.")
  var force = false

  func run() throws {
    guard FileManager.default.fileExists(atPath: file) else {
      throw RecallError("\(file): no such file")
    }
    if let output, FileManager.default.fileExists(atPath: output), !force {
      throw RecallError("\(output) exists: choose another file with -o, or --force to replace it")
    }
    var target = output
    var result: DeckImport.Result
    do {
      if target == nil {
        // The default name comes from the deck's title, which only reading the file tells.
        let probe = try DeckImport.run(path: file, deckID: "imported", outputPath: "imported.yaml")
        let folder = DeckLocator.searchFolders(in: RecallEnvironment()).first?.folder ?? ""
        target = (folder as NSString).appendingPathComponent(
          "\(DeckImport.fileName(forTitle: probe.deck.title)).yaml")
      }
      guard let target else { return }
      let deckID = ((target as NSString).lastPathComponent as NSString).deletingPathExtension
      result = try DeckImport.run(path: file, deckID: deckID, outputPath: target)
      if FileManager.default.fileExists(atPath: target), !force {
        throw RecallError("\(target) exists: choose another file with -o, or --force to replace it")
      }
      try DeckImport.write(result, to: target)
    } catch let error as InteropError {
      throw RecallError(error.description)
    }
    let deck = result.deck
    let handwritten = deck.cards.count
    print(
      "\(file): \(plural(deck.notes, "note")) read → \(plural(handwritten, "card")) written to \(target ?? "")"
    )
    print(
      "Deck \"\(deck.title)\": Recall makes \(plural(result.cardCount, "card")); kinds: \(Self.kinds(deck))"
    )
    for warning in deck.warnings { print("note: \(warning)") }
    if !deck.media.isEmpty {
      let names = Array(Set(deck.media)).sorted()
      print(
        "note: \(plural(names.count, "media file")) not imported (Recall cards are text): \(names.prefix(5).joined(separator: ", "))\(names.count > 5 ? ", …" : "")"
      )
    }
    if result.cardCount < handwritten {
      print(
        "note: \(handwritten - result.cardCount) card(s) left out by Recall because the question gives the answer away (see `recall deck lint`)"
      )
    }
    let warnings = result.lintWarnings.count
    print(
      "Lint: 0 errors, \(plural(warnings, "warning"))\(warnings > 0 ? " (run `recall deck lint \(target ?? "")`)" : "")"
    )
  }

  static func kinds(_ deck: ImportedDeck) -> String {
    var counts: [String: Int] = [:]
    for card in deck.cards {
      let kind =
        switch card.content {
        case .recall: "recall"
        case .cloze: "cloze"
        case .choice: "choice"
        case .trueFalse: "truefalse"
        case .list: "list"
        }
      counts[kind, default: 0] += 1
    }
    return counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
  }
}
