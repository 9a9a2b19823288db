import ArgumentParser
import Cards
import Foundation
import Knowledge
import Terminal
import Utilities

/// `recall deck show NAME|PATH [--kind K] [--tag T] [--units]`: a readable preview of the cards, or of the
/// units of knowledge with their ladders.
struct DeckShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Preview a deck's cards: question, options, answer, explanation.",
    discussion: """
      With --units: the units of knowledge in the order a new learner meets them, each with its kind \
      (forward, reverse, definition, quantity, hand-written), its lesson, and its ladder: one \
      presentation a line (rung, card id, question) in the order the unit climbs them. --kind and --tag \
      then keep the units with a presentation of that kind or with that tag.
      """)

  @Argument(help: "Deck name or path.")
  var deck: String

  @Option(
    name: .long,
    help: "Only cards of this kind (\(CardKind.allCases.map(\.rawValue).joined(separator: ", "))).")
  var kind: String?

  @Option(name: .long, help: "Only cards with this tag.")
  var tag: String?

  @Flag(name: .long, help: "Show units of knowledge in study order, each with its ladder.")
  var units = false

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
    guard !units else {
      showUnits(of: deck, environment)
      return
    }
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

  private func showUnits(of deck: Deck, _ environment: RecallEnvironment) {
    let all = CardGenerator(deck: deck).units()
    let shown = all.enumerated().map { (number: $0.offset + 1, unit: $0.element) }.filter { entry in
      (kind.map { kind in entry.unit.ladder.contains { $0.kind.rawValue == kind } } ?? true)
        && (tag.map { entry.unit.tags.contains($0) } ?? true)
    }
    let summary = "\(deck.title): \(UnitPreview.summary(shown.map(\.unit)))"
    print(WordWrap.wrap(InertText.make(summary), width: environment.columns) + "\n")
    print(
      UnitPreview.render(
        shown, width: environment.columns, style: TextStyle(isEnabled: environment.colour)),
      terminator: "")
  }
}
