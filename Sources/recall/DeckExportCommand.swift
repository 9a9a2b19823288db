import ArgumentParser
import Cards
import Foundation
import Knowledge

/// `recall deck export NAME|PATH --format json|tsv`: every generated card, for inspection and other tools.
struct DeckExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export every card of a deck (JSON, or TSV for Anki's text import).")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, tsv
  }

  @Argument(help: "Deck name or path.")
  var deck: String

  @Option(name: .long, help: "Output format: json or tsv.")
  var format: Format = .json

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let environment = RecallEnvironment()
    let path = try DeckLocator.path(for: deck, environment: environment.variables)
    let deck = try DeckLocator.load(path: path)
    let seed = environment.variables["RECALL_SEED"].flatMap(UInt64.init) ?? 0
    let cards = CardGenerator(deck: deck, seed: seed).generate()
    let data: Data =
      switch format {
      case .json: try CardTable.json(cards) + Data("\n".utf8)
      case .tsv: Data(CardTable.tsv(cards).utf8)
      }
    if let output {
      do {
        try data.write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw RecallError("\(output): cannot write: \((error as NSError).localizedDescription)")
      }
    } else {
      FileHandle.standardOutput.write(data)
    }
  }
}
