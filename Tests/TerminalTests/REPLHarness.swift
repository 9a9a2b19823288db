import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study
import TestSupport

@testable import Terminal

/// A study session over a deck held in memory, run through the REPL with a scripted reader and a clock that
/// moves `step` seconds each time it is read: the pieces a test varies are the deck, which of its
/// presentations, the progress before the session (replayed by unit), the width and whether new units are
/// taught.
final class REPLHarness {
  let deck: Deck
  let units: [KnowledgeUnit]
  let cards: [Card]
  let log = MemoryLog()
  let session: StudySession
  let start: Date
  var clock: Date
  let step: TimeInterval

  init(
    yaml: String = StudyREPLTests.yaml, entries: [ProgressEntry] = [],
    start: Date = Date(timeIntervalSince1970: 1_764_064_800), step: TimeInterval = 2,
    cards include: (Card) -> Bool = { _ in true }
  ) throws {
    deck = try DeckLoader.load(yaml: yaml, file: "sampler.yaml", deckID: "sampler")
    // Each unit with only the presentations `include` keeps (units left without any are dropped).
    let units = CardGenerator(deck: deck, seed: 42).units().compactMap { unit -> KnowledgeUnit? in
      let kept = unit.ladder.filter(include)
      return kept.isEmpty
        ? nil
        : KnowledgeUnit(
          id: unit.id, kind: unit.kind, presentations: kept, siblingKey: unit.siblingKey)
    }
    self.units = units
    cards = units.flatMap(\.ladder)
    let scheduler = Scheduler(parameters: try FSRSParameters(enableFuzz: false))
    session = StudySession(
      units: units, lexicon: Lexicon(deck: deck),
      descriptions: EntityDescriptions.make(deck: deck),
      replay: ProgressReplay(
        entries: entries, scheduler: scheduler, units: UnitMap(KnowledgeUnit.unitsByCard(units))),
      scheduler: scheduler, log: log, limits: StudyLimits(), day: StudyDay(timeZone: .gmt),
      now: start, seed: 3)
    self.start = start
    clock = start
    self.step = step
  }

  /// The card the session shows first.
  var firstCard: Card? { session.nextCard(at: start) }

  /// Runs the session on `script` and returns what the learner saw; `teaching` off is `--no-teach`.
  func run(_ script: [LineInput], width: Int = 80, teaching: Bool = true) throws -> String {
    let transcript = Transcript()
    let repl = StudyREPL(
      session: session,
      header: .init(
        deckTitle: deck.title, learner: "alice", progressPath: "Progress/alice/sampler.jsonl"),
      reader: TranscriptReader(script, transcript: transcript), style: .plain, width: { width },
      now: { [self] in
        clock = clock.addingTimeInterval(step)
        return clock
      }, write: transcript.write)
    repl.teachesNewUnits = teaching
    try repl.run()
    return transcript.text
  }

  /// A review `minutesAgo` minutes before the session starts.
  static func review(
    _ card: String, _ rating: Rating, minutesAgo: Double,
    start: Date = Date(timeIntervalSince1970: 1_764_064_800)
  ) -> ProgressEntry {
    ProgressEntry(
      time: start.addingTimeInterval(-minutesAgo * 60),
      event: .review(ReviewRecord(card: card, rating: rating, milliseconds: 0)), line: 0)
  }
}
