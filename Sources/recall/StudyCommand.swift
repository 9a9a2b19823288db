import ArgumentParser
import Cards
import Foundation
import Knowledge
import ProgressStore
import Reports
import Scheduling
import Study
import Terminal

/// `recall study`: a study session in the terminal.
struct StudyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "study",
    abstract: "Study the cards that are due, then new ones (or --cram to practise).")

  @OptionGroup var common: SessionOptions

  @Option(name: .long, help: "New cards per day.")
  var new: Int = 20

  @Option(name: .long, help: "Reviews per day.")
  var reviews: Int = 200

  @Flag(name: .long, help: "Practise every card once without changing the schedule.")
  var cram = false

  @Option(name: .long, help: "Only cards with this tag (topic), e.g. treatment.")
  var tag: String?

  func validate() throws {
    guard new >= 0, reviews >= 0 else {
      throw ValidationError("--new and --reviews must be 0 or more")
    }
  }

  func run() throws {
    let context = try SessionContext(options: common)
    defer { context.close() }
    let cards = try context.cards(tag: tag)
    let session = StudySession(
      cards: cards, lexicon: Lexicon(deck: context.deck),
      descriptions: EntityDescriptions.make(deck: context.deck), replay: context.replay,
      scheduler: context.scheduler, log: context.file,
      limits: StudyLimits(newCards: new, reviews: reviews), day: StudyDay(timeZone: .current),
      now: context.start, mode: cram ? .cram : .study, seed: context.seed)
    try context.withReader { reader in
      let repl = StudyREPL(
        session: session,
        header: .init(
          deckTitle: context.deck.title, learner: context.learner, progressPath: context.file.path),
        reader: reader, style: context.style, width: { context.environment.columns },
        now: context.clock, write: context.write)
      // The same figures as `recall stats` shows for today, from the file as it now stands.
      let calendar = ReportCalendar(timeZone: .current)
      repl.todaySummary = { time in
        DayTally.today(entries: context.file.contents.entries, now: time, calendar: calendar)
          .summary
      }
      try repl.run()
    }
  }
}
