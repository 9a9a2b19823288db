import ArgumentParser
import Cards
import Foundation
import Knowledge
import Utilities

/// `recall deck …`: tools for teachers.
struct DeckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deck", abstract: "List, check and export decks.",
    subcommands: [
      DeckListCommand.self, DeckLintCommand.self, DeckShowCommand.self, DeckExportCommand.self,
      DeckGradeCommand.self, DeckAliasesCommand.self,
    ])
}

/// `recall deck list`.
struct DeckListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the decks found.",
    discussion: """
      One line per deck: name, title, units of knowledge and the cards that ask them, and where it comes from (a path, or built-in). A name is \
      looked up in the folders of RECALL_DECKS, then in Decks/ of the Recall repository when run inside \
      it, then among the built-in decks; the first found is the one listed.
      """)

  func run() throws {
    for location in DeckLocator.all(in: RecallEnvironment()) {
      let origin = location.originText
      if let deck = try? DeckLocator.load(location) {
        let units = CardGenerator(deck: deck).units()
        let cards = units.reduce(0) { $0 + $1.ladder.count }
        print("\(location.id)\t\(deck.title)\t\(units.count) units, \(cards) cards\t\(origin)")
      } else {
        print("\(location.id)\t(does not load: run `recall deck lint \(origin)`)\t\(origin)")
      }
    }
  }
}

/// `recall deck lint PATH`.
struct DeckLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint", abstract: "Check a deck file; errors and warnings as file:line:column.")

  @Argument(help: "Deck name or path.")
  var deck: String

  func run() throws {
    let location = try DeckLocator.locate(deck, in: RecallEnvironment())
    let text = try location.text()
    let (path, id) = (location.displayPath, location.id)
    var diagnostics: [DeckDiagnostic]
    do {
      let result = try DeckLoader.diagnose(yaml: text, file: path, deckID: id)
      diagnostics = result.diagnostics
      // Card-level checks need a deck that loads.
      if let deck = result.deck { diagnostics += DeckLinter.lint(deck) }
    } catch {
      diagnostics = error.diagnostics
    }
    // One write for all the lines: a big deck can have a hundred thousand.
    var lines = ""
    lines.reserveCapacity(diagnostics.reduce(0) { $0 + $1.message.utf8.count + 64 })
    for diagnostic in diagnostics {
      lines += diagnostic.description
      lines += "\n"
    }
    print(lines, terminator: "")
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    print(
      "\(path): \(plural(errors, "error")), \(plural(warnings, "warning"))"
    )
    if errors > 0 { throw ExitCode(1) }
  }
}
