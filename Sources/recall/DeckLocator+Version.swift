import Foundation
import Knowledge
import ProgressCore

extension DeckLocator {
  /// Loads the deck given by name or path, with its version: the hash of the text loaded and the deck's
  /// `version:` (sessions record it; the class view compares versions).
  static func loadVersioned(
    _ nameOrPath: String, in environment: RecallEnvironment
  ) throws -> (deck: Deck, version: DeckVersion) {
    let location = try locate(nameOrPath, in: environment)
    let text = try location.text()
    let deck: Deck
    do {
      deck = try DeckLoader.load(yaml: text, file: location.displayPath, deckID: location.id)
    } catch {
      throw RecallError(error.description)
    }
    return (deck, DeckVersion(deckText: text, number: deck.version))
  }
}
