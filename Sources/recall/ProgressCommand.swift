import ArgumentParser
import Cards
import Foundation
import ProgressCore
import ProgressStore
import Utilities

/// `recall progress check|repair`: the state of a learner's progress file, and its repair.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress", abstract: "Check, repair or export a learner's progress file.",
    subcommands: [
      ProgressCheckCommand.self, ProgressRepairCommand.self, ProgressExportCommand.self,
    ])
}

/// `recall progress check`.
struct ProgressCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Report a progress file: events, cards, orphans, damage.")

  @OptionGroup var common: SessionOptions

  func run() throws {
    let environment = RecallEnvironment()
    let (_, deck, path) = try common.progressFile(in: environment)
    guard FileManager.default.fileExists(atPath: path) else {
      print("\(path): no progress yet (the first session creates it)")
      return
    }
    let contents = try ProgressFile.read(path: path)
    let generator = CardGenerator(deck: deck)
    let known = Set(generator.generate().map(\.id.rawValue))
    let check = ProgressCheck(
      contents: contents, knownCards: known,
      units: UnitMap(KnowledgeUnit.unitsByCard(generator.units())))
    print("\(path): \(check.tornLine == nil ? "ok" : "damaged")")
    print(
      "  learner \(check.header.learner) · deck \(check.header.deck) · created "
        + Timestamp.format(check.header.created))
    print(
      "  \(check.events) events: \(check.reviews) reviews (\(check.undos) undone), "
        + "\(check.unitsSeen) units seen (as \(check.cardsSeen) cards), \(check.suspended) suspended, \(check.flagged) flagged"
    )
    if check.orphans.isEmpty {
      print("  orphans: none")
    } else {
      let events = check.orphans.values.reduce(0, +)
      let sample = check.orphans.keys.sorted().prefix(5).joined(separator: ", ")
      print(
        "  orphans: \(events) events for \(check.orphans.count) card ids the deck no longer has "
          + "(kept): \(sample)\(check.orphans.count > 5 ? ", …" : "")")
    }
    if let torn = check.tornLine {
      print(
        "  line \(torn) was cut off (a crash while writing?); the next session moves it aside "
          + "(or run `recall progress repair`)")
      throw ExitCode(1)
    }
  }
}

/// `recall progress repair`.
struct ProgressRepairCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repair",
    abstract: "Repair a damaged progress file (a backup is kept first).")

  @OptionGroup var common: SessionOptions

  @Flag(
    name: .long, help: "Also drop unreadable lines in the middle of the file (kept in the backup).")
  var dropUnreadable = false

  func run() throws {
    let environment = RecallEnvironment()
    let learner = try FileName.validateLearner(environment.learner(common.learner))
    let deckID = try DeckLocator.locate(common.deck, in: environment).id
    let result = try ProgressRepair.repair(
      directory: environment.progressDirectory(common.progressDir).path, learner: learner,
      deck: deckID,
      now: try environment.clock()(), dropUnreadable: dropUnreadable)
    guard let backup = result.backup else {
      print("nothing to repair: the file reads cleanly (\(result.events) events)")
      return
    }
    let dropped = result.droppedLines.map(String.init).joined(separator: ", ")
    print("repaired; the old file is kept as \(backup)")
    if !dropped.isEmpty {
      print("  dropped \(plural("line", count: result.droppedLines.count)) \(dropped)")
    }
    if result.wroteHeader { print("  wrote the missing header") }
    print("  \(result.events) events kept")
  }
}
