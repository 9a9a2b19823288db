import Cards
import Foundation
import Knowledge
import Platform
import ProgressCore
import ProgressStore
import Scheduling
import Terminal
import Utilities

/// Everything a session command sets up: the deck, the locked progress file and its replay, the clock, the
/// seed, the terminal.
struct SessionContext {
  let environment: RecallEnvironment
  let clock: @Sendable () -> Date
  let seed: UInt64
  let learner: String
  let directory: ProgressDirectory
  let deck: Deck
  /// The version of the deck loaded, which sessions record.
  let deckVersion: DeckVersion
  /// The deck's units of knowledge, in study order.
  let units: [KnowledgeUnit]
  /// The deck's names as grading looks answers up in them.
  let lexicon: Lexicon
  let file: ProgressFile
  let scheduler: Scheduler
  let replay: ProgressReplay
  let start: Date
  let style: TextStyle

  /// Sets up a session of the deck and learner `options` name; `deck` (a class's) replaces the option's.
  init(options: SessionOptions, deck deckOverride: String? = nil) throws {
    // A file-size limit (or a quota) must make a write fail, so the learner is told and can retry, rather
    // than kill the process with SIGXFSZ.
    Signal.fileSizeLimitExceeded.ignore()
    environment = RecallEnvironment()
    clock = try environment.clock()
    seed = try environment.seed()
    learner = try FileName.validateLearner(environment.learner(options.learner))
    (deck, deckVersion) = try DeckLocator.loadVersioned(
      deckOverride ?? options.deck, in: environment)
    start = clock()
    directory = environment.progressDirectory(options.progressDir)
    file = try ProgressFile(
      directory: directory.path, learner: learner, deck: deck.id, now: start)
    if let recovery = file.recovery { Notice.note(recovery.description) }
    let generator = CardGenerator(deck: deck, seed: seed)
    units = generator.units()
    lexicon = generator.gradingLexicon
    replay = ProgressReplay(
      entries: file.contents.entries, scheduler: Scheduler(),
      units: UnitMap(KnowledgeUnit.unitsByCard(units)))
    // The latest fitted weights (`recall optimize`) when there are any, else the defaults.
    scheduler = replay.scheduler
    style = TextStyle(isEnabled: environment.colour)
  }

  func close() { file.close() }

  /// The deck's units, only those tagged `tag` when given (an unknown tag is an error, not an empty session).
  func units(tag: String?) throws -> [KnowledgeUnit] {
    guard let tag else { return units }
    let tagged = units.filter { $0.tags.contains(tag) }
    guard !tagged.isEmpty else {
      let tags = Set(units.flatMap(\.tags)).sorted().joined(separator: ", ")
      throw RecallError("nothing tagged \(tag) in \(deck.id); its tags are: \(tags)")
    }
    return tagged
  }

  /// Output that never stops the session: a vanished terminal must not lose a review.
  var write: (String) -> Void {
    { text in try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) }
  }

  /// Runs `body` with readline on a terminal (history of commands kept per learner) or plain lines otherwise.
  func withReader(_ body: (any LineReader) throws -> Void) throws {
    guard environment.interactive else {
      try body(PlainLineReader())
      return
    }
    let reader = ReadlineLineReader()
    TerminationSignals.install()
    // The learner's name was checked when the session opened their file.
    let history = try directory.history(learner: learner)
    _ = reader.loadHistory(from: history)
    defer { _ = reader.saveHistory(to: history) }
    try body(reader)
  }
}
