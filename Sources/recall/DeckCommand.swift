import ArgumentParser
import Cards
import Foundation
import Knowledge

/// `recall deck …`: tools for teachers.
struct DeckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deck", abstract: "List, check and export decks.",
    subcommands: [
      DeckListCommand.self, DeckLintCommand.self, DeckShowCommand.self, DeckExportCommand.self,
      DeckGradeCommand.self,
    ])
}

/// `recall deck list`.
struct DeckListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the decks found.")

  func run() throws {
    let environment = RecallEnvironment()
    var seen: Set<String> = []
    for folder in DeckLocator.searchFolders(environment: environment.variables) {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for name in names.sorted() where name.hasSuffix(".yaml") {
        let id = String(name.dropLast(5))
        guard seen.insert(id).inserted else { continue }
        let path = (folder as NSString).appendingPathComponent(name)
        if let deck = try? DeckLocator.load(path: path) {
          let count = CardGenerator(deck: deck).generate().count
          print("\(id)\t\(deck.title)\t\(count) cards\t\(path)")
        } else {
          print("\(id)\t(does not load: run `recall deck lint \(path)`)\t\(path)")
        }
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
    let environment = RecallEnvironment()
    let path = try DeckLocator.path(for: deck, environment: environment.variables)
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw RecallError("\(path): cannot read the file as UTF-8 text") }
    let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
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
      "\(path): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    )
    if errors > 0 { throw ExitCode(1) }
  }
}
