import ArgumentParser
import Cards
import Foundation
import ProgressCore
import ProgressStore
import Terminal

/// `recall card suspended|unsuspend`: the cards a learner suspended (with `:suspend`, or as leeches), and
/// bringing them back.
struct CardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "card", abstract: "List a learner's suspended cards, or unsuspend them.",
    subcommands: [CardSuspendedCommand.self, CardUnsuspendCommand.self])
}

/// `recall card suspended`.
struct CardSuspendedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suspended",
    abstract: "List the suspended cards: id, when, leech or not, and the question.",
    discussion: "Reads the progress file only.")

  @OptionGroup var common: SessionOptions

  func run() throws {
    let environment = RecallEnvironment()
    let (learner, deck, path) = try common.progressFile(in: environment)
    let entries =
      FileManager.default.fileExists(atPath: path) ? try ProgressFile.read(path: path).entries : []
    let suspensions = SuspendedCards(entries: entries)
    guard !suspensions.cards.isEmpty else {
      print("No suspended cards (learner \(learner), deck \(deck.id)).")
      return
    }
    let prompts = Dictionary(
      CardGenerator(deck: deck).generate().map { ($0.id.rawValue, $0.prompt) }
    ) {
      first, _ in first
    }
    let count = suspensions.cards.count
    print("\(count) suspended card\(count == 1 ? "" : "s") · learner \(learner) · deck \(deck.id)")
    let idWidth = suspensions.cards.map(\.id.count).max() ?? 0
    for card in suspensions.cards {
      let id = card.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let date = String(Timestamp.format(card.since).prefix(10))
      let prompt = prompts[card.id].map(InertText.make) ?? "(no longer in the deck)"
      print("  \(id)  \(date)  \(card.isLeech ? "leech" : "     ")  \(prompt)")
    }
    print("`recall card unsuspend ID` brings a card back.")
  }
}

/// `recall card unsuspend`.
struct CardUnsuspendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unsuspend",
    abstract: "Bring suspended cards back: an unsuspend event is appended to the progress file.")

  @Argument(help: "The ids of the cards (`recall card suspended` lists them).")
  var ids: [String]

  @OptionGroup var common: SessionOptions

  func validate() throws {
    guard !ids.isEmpty else { throw ValidationError("name at least one card id") }
  }

  func run() throws {
    let environment = RecallEnvironment()
    let (learner, deck, path) = try common.progressFile(in: environment)
    guard FileManager.default.fileExists(atPath: path) else {
      throw RecallError("learner \(learner) has no progress in \(deck.id): no card is suspended")
    }
    let now = try environment.clock()()
    let file = try ProgressFile(
      directory: environment.progressDirectory(common.progressDir).path, learner: learner,
      deck: deck.id, now: now)
    defer { file.close() }
    let suspended = Set(SuspendedCards(entries: file.contents.entries).cards.map(\.id))
    for id in ids where !suspended.contains(id) {
      throw RecallError(
        "card \(id) is not suspended for learner \(learner) in \(deck.id); "
          + "`recall card suspended` lists those that are")
    }
    for id in ids {
      try file.append(.unsuspend(card: id), at: now)
      print("Unsuspended \(id): it comes back in your next session.")
    }
  }
}

/// The suspended cards of a progress file, in the order they were suspended, with when and whether
/// Recall tagged them leeches.
struct SuspendedCards {
  struct Card {
    var id: String
    var since: Date
    var isLeech: Bool
  }

  var cards: [Card] = []

  init(entries: [ProgressEntry]) {
    var since: [String: Date] = [:]
    var order: [String] = []
    var leeches: Set<String> = []
    for entry in entries {
      switch entry.event {
      case .suspend(let card):
        if since[card] == nil { order.append(card) }
        since[card] = since[card] ?? entry.time
      case .unsuspend(let card):
        since[card] = nil
        order.removeAll { $0 == card }
      case .tag(let card, "leech"):
        leeches.insert(card)
      default:
        break
      }
    }
    cards = order.compactMap { id in
      since[id].map { Card(id: id, since: $0, isLeech: leeches.contains(id)) }
    }
  }
}
