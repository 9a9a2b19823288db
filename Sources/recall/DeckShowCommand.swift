import ArgumentParser
import Cards
import Foundation
import Knowledge
import Terminal
import Utilities

/// `recall deck show NAME|PATH [--kind K]`: a readable preview of the cards.
struct DeckShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Preview a deck's cards: question, options, answer, explanation."
  )

  @Argument(help: "Deck name or path.")
  var deck: String

  @Option(
    name: .long,
    help: "Only cards of this kind (\(CardKind.allCases.map(\.rawValue).joined(separator: ", "))).")
  var kind: String?

  @Option(name: .long, help: "Only cards with this tag.")
  var tag: String?

  func validate() throws {
    if let kind, CardKind(rawValue: kind) == nil {
      throw ValidationError(
        "unknown kind \(kind); use one of \(CardKind.allCases.map(\.rawValue).joined(separator: ", "))"
      )
    }
  }

  func run() throws {
    let environment = RecallEnvironment()
    let deck = try DeckLocator.load(deck, in: environment)
    let cards = CardGenerator(deck: deck).generate().filter { card in
      (kind.map { card.kind.rawValue == $0 } ?? true)
        && (tag.map { card.tags.contains($0) } ?? true)
    }
    let counts = Dictionary(grouping: cards, by: \.kind).map {
      "\($0.value.count) \($0.key.rawValue)"
    }.sorted()
    print("\(deck.title): \(cards.count) cards (\(counts.joined(separator: ", ")))\n")
    print(
      CardPreview.render(
        cards, width: environment.columns, style: TextStyle(isEnabled: environment.colour)),
      terminator: "")
  }
}
