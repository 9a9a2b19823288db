import ArgumentParser
import Cards
import Foundation
import Knowledge

/// `recall deck export NAME|PATH --format json`: every generated card, for inspection and other tools.
struct DeckExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export every card of a deck.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
  }

  @Argument(help: "Deck name or path.")
  var deck: String

  @Option(name: .long, help: "Output format.")
  var format: Format = .json

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let environment = RecallEnvironment()
    let path = try DeckLocator.path(for: deck, environment: environment.variables)
    let deck = try DeckLocator.load(path: path)
    let seed = environment.variables["RECALL_SEED"].flatMap(UInt64.init) ?? 0
    let cards = CardGenerator(deck: deck, seed: seed).generate()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(cards.map(ExportedCard.init))
    if let output {
      do {
        try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw RecallError("\(output): cannot write: \((error as NSError).localizedDescription)")
      }
    } else {
      FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
  }
}

/// One card in the export contract: id, kind, prompt, answer, accepted, choices, explanation, tags, section.
struct ExportedCard: Encodable {
  let id: String
  let kind: String
  let prompt: String
  let answer: String
  let accepted: [String]
  let choices: [String]?
  let correct: [Int]?
  let explanation: String
  let tags: [String]
  let section: String
  let sibling: String

  init(_ card: Card) {
    id = card.id.rawValue
    kind = card.kind.rawValue
    prompt = card.prompt
    answer = card.answer
    accepted = card.acceptedTexts
    choices = card.choices.isEmpty ? nil : card.choices
    correct =
      switch card.key {
      case .choice(_, let index): [index]
      case .select(_, let indexes): indexes.sorted()
      case .trueFalse(let value): [value ? 0 : 1]
      default: nil
      }
    explanation = card.explanation
    tags = card.tags
    section = card.section
    sibling = card.siblingKey
  }
}
