import ArgumentParser
import Cards
import Foundation
import Knowledge
import ProgressStore
import Scheduling
import Study
import Terminal

#if canImport(Glibc)
  import Glibc
#endif

/// `recall study`: a study session in the terminal.
struct StudyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "study", abstract: "Study the cards that are due, then new ones.")

  @Option(name: .long, help: "Deck name or path.")
  var deck: String = DeckLocator.defaultDeck

  @Option(name: .long, help: "Learner name (default: RECALL_LEARNER, else your login name).")
  var learner: String?

  @Option(
    name: .long, help: "Where progress files live (default: RECALL_PROGRESS_DIR, else ./Progress).")
  var progressDir: String?

  @Option(name: .long, help: "New cards per day.")
  var new: Int = 20

  @Option(name: .long, help: "Reviews per day.")
  var reviews: Int = 200

  func validate() throws {
    guard new >= 0, reviews >= 0 else {
      throw ValidationError("--new and --reviews must be 0 or more")
    }
  }

  func run() throws {
    let environment = RecallEnvironment()
    let clock = try environment.clock()
    let seed = try environment.seed()
    let learner = environment.learner(learner)
    _ = try FileName.validateLearner(learner)
    let deckPath = try DeckLocator.path(for: deck, environment: environment.variables)
    let deck = try DeckLocator.load(path: deckPath)
    let directory = environment.progressDirectory(progressDir)
    let start = clock()
    let file = try ProgressFile(directory: directory, learner: learner, deck: deck.id, now: start)
    defer { file.close() }
    let scheduler = Scheduler()
    let replay = ProgressReplay(entries: file.contents.entries, scheduler: scheduler)
    let cards = CardGenerator(deck: deck, seed: seed).generate()
    let session = StudySession(
      cards: cards, lexicon: Lexicon(deck: deck), replay: replay, scheduler: scheduler, log: file,
      limits: StudyLimits(newCards: new, reviews: reviews), day: StudyDay(timeZone: .current),
      now: start)
    let reader: any LineReader
    if environment.interactive {
      reader = ReadlineLineReader()
      TerminationSignals.install()
    } else {
      reader = PlainLineReader()
    }
    let repl = StudyREPL(
      session: session,
      header: .init(deckTitle: deck.title, learner: learner, progressPath: file.path),
      reader: reader, style: TextStyle(isEnabled: environment.colour), width: environment.columns,
      now: clock,
      write: { text in
        // A vanished terminal must not stop the session from saving: output errors are ignored.
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
      })
    try repl.run()
  }
}
