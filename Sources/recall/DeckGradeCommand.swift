import ArgumentParser
import Cards
import Foundation
import Knowledge

/// `recall deck grade NAME|PATH CARD-ID "ANSWER" [--json]`: how an answer would be graded, and why — for
/// teachers writing aliases.
struct DeckGradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade", abstract: "Show how an answer to a card would be graded, and why.")

  @Argument(help: "Deck name or path.")
  var deck: String

  @Argument(help: "Card id (see `recall deck export` or `recall deck show`).")
  var cardID: String

  @Argument(help: "The answer to grade.")
  var answer: String

  @Flag(
    name: .long,
    help: "Print {\"verdict\", \"score\", \"reason\"} as JSON (with \"matched\" or \"typoOf\").")
  var json = false

  func run() throws {
    let environment = RecallEnvironment()
    let deck = try DeckLocator.load(deck, in: environment)
    let cards = CardGenerator(deck: deck).generate()
    guard let card = cards.first(where: { $0.id.rawValue == cardID }) else {
      let near = cards.map(\.id.rawValue).filter {
        $0.hasPrefix(cardID.split(separator: ".").first.map(String.init) ?? cardID)
      }
      let hint = near.isEmpty ? "" : " (did you mean \(near.prefix(5).joined(separator: ", "))?)"
      throw RecallError("no card \(cardID) in \(deck.id)\(hint)")
    }
    let checker = AnswerChecker(
      lexicon: Lexicon(deck: deck), descriptions: EntityDescriptions.make(deck: deck))
    let grade = checker.grade(answer, for: card)
    if json {
      var object: [String: Any] = [
        "verdict": grade.verdict.rawValue, "score": grade.score, "reason": grade.reason,
      ]
      if let matched = grade.matched { object["matched"] = matched }
      if let typo = grade.typoOf { object["typoOf"] = typo }
      let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      print(String(decoding: data, as: UTF8.self))
    } else {
      print(
        "\(grade.verdict.rawValue) (score \(String(format: "%.2f", grade.score))): \(grade.reason)")
      print("card: \(card.prompt)")
      print("accepted: \(card.acceptedTexts.joined(separator: " | "))")
    }
  }
}
