import ArgumentParser
import Cards
import Foundation
import Interop
import Knowledge
import Platform

/// `recall deck export NAME|PATH --format json|tsv|apkg|anki-tsv`: every generated card, for inspection and
/// other tools (`tsv`: the card table; `apkg` and `anki-tsv`: Anki notes, see docs/anki.md).
struct DeckExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export every card of a deck (JSON, a TSV card table, or Anki notes).")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, tsv, apkg
    case ankiTSV = "anki-tsv"
  }

  @Argument(help: "Deck name or path.")
  var deck: String

  @Option(
    name: .long,
    help: "Output format: json, tsv (card table), apkg (Anki package, needs -o) or anki-tsv.")
  var format: Format = .json

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let environment = RecallEnvironment()
    let deck = try DeckLocator.load(deck, in: environment)
    let seed = environment.variables["RECALL_SEED"].flatMap(UInt64.init) ?? 0
    let cards = CardGenerator(deck: deck, seed: seed).generate()
    let notes = cards.map { AnkiNote(card: $0, deckID: deck.id) }
    let data: Data
    switch format {
    case .json: data = try CardTable.json(cards) + Data("\n".utf8)
    case .tsv: data = Data(CardTable.tsv(cards).utf8)
    case .ankiTSV: data = Data(AnkiTextWriter.text(notes, deckName: deck.title).utf8)
    case .apkg:
      guard let output else {
        throw RecallError("--format apkg writes a binary package: give the file with -o FILE.apkg")
      }
      let writer = AnkiPackageWriter(
        notes: notes, deckName: deck.title, recallDeckID: deck.id, now: try environment.clock()())
      do {
        try writer.write(to: output)
      } catch {
        throw RecallError(error.description)
      }
      print("\(output): \(notes.count) notes (one per card) in the Anki deck \"\(deck.title)\"")
      return
    }
    if let output {
      do throws(SystemError) {
        try AtomicFile.write(data, to: output)
      } catch {
        throw RecallError("\(output): cannot write: \(error)")
      }
    } else {
      FileHandle.standardOutput.write(data)
    }
  }
}
