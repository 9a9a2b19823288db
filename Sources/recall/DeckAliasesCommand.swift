import ArgumentParser
import Cards
import Foundation
import Knowledge
import ProgressCore
import ProgressStore
import Reports
import Scheduling

/// `recall deck aliases NAME|PATH [--suggest] [--progress-dir DIR]`: the deck's aliases, or, with `--suggest`,
/// the answers its learners said were right and the wrong answers they gave most, as YAML to paste.
struct DeckAliasesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "aliases", abstract: "Show a deck's aliases, or suggest new ones from the class.",
    discussion: """
      Without --suggest, prints every entity with its aliases (YAML). With --suggest, reads every \
      <progress-dir>/<learner>/<deck>.jsonl (without locking or changing it) and prints, per card, the \
      answers learners overrode as right ("I was right") and the wrong answers given most, each counted \
      once per learner: check them, then add the right ones to the deck as aliases.
      """)

  @Argument(help: "Deck name or path.")
  var deck: String

  @Flag(name: .long, help: "Suggest aliases from the learners' overrides and common wrong answers.")
  var suggest = false

  @Option(name: .long, help: SessionOptions.progressDirHelp)
  var progressDir: String?

  func run() throws {
    let environment = RecallEnvironment()
    let deck = try DeckLocator.load(self.deck, in: environment)
    guard suggest else {
      print(Self.aliasesYAML(deck), terminator: "")
      return
    }
    let now = try environment.clock()()
    let directory = environment.progressDirectory(progressDir)
    var reviews: [(learner: String, records: [ReviewRecord])] = []
    let learners: [String]
    do {
      learners = try directory.learners(deck: deck.id)
    } catch {
      throw RecallError(error)
    }
    // Aliases belong to the questions (presentations) that take typed answers: suggestions stay per card,
    // while the replay counts reviews by unit as every other command does.
    let cards = CardGenerator(deck: deck).generate()
    let unitMap = UnitMap(
      Dictionary(cards.map { ($0.id.rawValue, $0.unit.rawValue) }) { first, _ in first })
    for learner in learners {
      do {
        let path = try directory.file(learner: learner, deck: deck.id)
        let contents = try ProgressFile.read(path: path)
        let replay = ProgressReplay(
          entries: contents.entries, scheduler: Scheduler(), units: unitMap)
        reviews.append((learner, replay.reviews.filter { $0.time <= now }.map(\.record)))
      } catch {
        Notice.warning("\(error) (this learner is left out)")
      }
    }
    print(AliasSuggestions(cards: cards, reviews: reviews).yaml(), terminator: "")
  }

  /// Every entity id with its name and aliases.
  static func aliasesYAML(_ deck: Deck) -> String {
    var lines: [String] = []
    for entity in deck.entities {
      lines.append("\(entity.id):   # \(entity.name)")
      let aliases = entity.aliases.map(AliasSuggestions.quoted).joined(separator: ", ")
      lines.append("  aliases: [\(aliases)]")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
