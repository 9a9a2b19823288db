import ArgumentParser
import Cards
import Foundation
import ProgressCore
import ProgressStore
import Reports
import Terminal
import Utilities

/// `recall card suspended|unsuspend`: the units of knowledge a learner suspended (with `:suspend`, or as
/// leeches), and bringing them back.
struct CardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "card", abstract: "List a learner's suspended units, or unsuspend them.",
    subcommands: [CardSuspendedCommand.self, CardUnsuspendCommand.self])
}

/// `recall card suspended`.
struct CardSuspendedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suspended",
    abstract: "List the suspended units: id, when, leech or not, and what each teaches.",
    discussion: """
      Suspending any presentation of a unit suspends the unit (all its presentations share one memory). \
      Reads the progress file only.
      """)

  @OptionGroup var common: SessionOptions

  func run() throws {
    let environment = RecallEnvironment()
    let (learner, deck, path) = try common.progressFile(in: environment)
    let entries =
      FileManager.default.fileExists(atPath: path) ? try ProgressFile.read(path: path).entries : []
    let units = CardGenerator(deck: deck).units()
    let suspensions = SuspendedUnits(
      entries: entries, units: UnitMap(KnowledgeUnit.unitsByCard(units)))
    guard !suspensions.units.isEmpty else {
      print("No suspended units (learner \(learner), deck \(deck.id)).")
      return
    }
    let prompts = Dictionary(units.map { ($0.id.rawValue, LearnerStatistics.prompt(of: $0)) }) {
      first, _ in first
    }
    let count = suspensions.units.count
    print("\(plural(count, "suspended unit")) · learner \(learner) · deck \(deck.id)")
    let idWidth = suspensions.units.map(\.id.count).max() ?? 0
    for unit in suspensions.units {
      let id = unit.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let date = String(Timestamp.format(unit.since).prefix(10))
      let prompt = prompts[unit.id].map(InertText.make) ?? "(no longer in the deck)"
      print("  \(id)  \(date)  \(unit.isLeech ? "leech" : "     ")  \(prompt)")
    }
    print("`recall card unsuspend ID` brings a unit back (its id, or the id of any of its cards).")
  }
}

/// `recall card unsuspend`.
struct CardUnsuspendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unsuspend",
    abstract: "Bring suspended units back: an unsuspend event is appended to the progress file.")

  @Argument(help: "Unit ids, or ids of cards of the units (`recall card suspended` lists them).")
  var ids: [String]

  @OptionGroup var common: SessionOptions

  func validate() throws {
    guard !ids.isEmpty else { throw ValidationError("name at least one unit or card id") }
  }

  func run() throws {
    let environment = RecallEnvironment()
    let (learner, deck, path) = try common.progressFile(in: environment)
    guard FileManager.default.fileExists(atPath: path) else {
      throw RecallError("learner \(learner) has no progress in \(deck.id): nothing is suspended")
    }
    let now = try environment.clock()()
    let file = try ProgressFile(
      directory: environment.progressDirectory(common.progressDir).path, learner: learner,
      deck: deck.id, now: now)
    defer { file.close() }
    let map = UnitMap(KnowledgeUnit.unitsByCard(CardGenerator(deck: deck).units()))
    let suspended = Dictionary(
      SuspendedUnits(entries: file.contents.entries, units: map).units.map { ($0.id, $0) }
    ) { first, _ in first }
    for id in ids where suspended[map.unit(of: id)] == nil {
      let unit = map.unit(of: id)
      throw RecallError(
        (unit == id ? "unit \(id)" : "card \(id) (unit \(unit))")
          + " is not suspended for learner \(learner) in \(deck.id); "
          + "`recall card suspended` lists those that are")
    }
    var done: Set<String> = []
    for id in ids {
      let unit = map.unit(of: id)
      guard done.insert(unit).inserted, let suspension = suspended[unit] else { continue }
      // The event names the cards the suspensions named, so that it reads the same to a replay by card.
      for card in suspension.cards { try file.append(.unsuspend(card: card), at: now) }
      print("Unsuspended \(unit): it comes back in your next session.")
    }
  }
}

/// The suspended units of a progress file, in the order they were suspended, with when, whether Recall
/// tagged them leeches, and the cards their suspend events named. A suspend, unsuspend or tag event names
/// a card and acts on its unit, as replay does.
struct SuspendedUnits {
  struct Unit {
    var id: String
    var since: Date
    var isLeech: Bool
    /// The cards named by the suspend events, in order.
    var cards: [String]
  }

  var units: [Unit] = []

  init(entries: [ProgressEntry], units map: UnitMap) {
    var since: [String: Date] = [:]
    var cards: [String: [String]] = [:]
    var order: [String] = []
    var leeches: Set<String> = []
    for entry in entries {
      switch entry.event {
      case .suspend(let card):
        let unit = map.unit(of: card)
        if since[unit] == nil {
          order.append(unit)
          since[unit] = entry.time
        }
        if !(cards[unit]?.contains(card) ?? false) { cards[unit, default: []].append(card) }
      case .unsuspend(let card):
        let unit = map.unit(of: card)
        since[unit] = nil
        cards[unit] = nil
        order.removeAll { $0 == unit }
      case .tag(let card, "leech"):
        leeches.insert(map.unit(of: card))
      default:
        break
      }
    }
    units = order.compactMap { id in
      since[id].map {
        Unit(id: id, since: $0, isLeech: leeches.contains(id), cards: cards[id] ?? [id])
      }
    }
  }
}
