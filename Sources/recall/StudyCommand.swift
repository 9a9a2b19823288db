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
    abstract: "Study what is due, then new knowledge (or --cram to practise).")

  @OptionGroup var common: SessionOptions

  @Option(name: .long, help: "New units of knowledge per day.")
  var new: Int = 20

  @Option(name: .long, help: "Reviews per day (units).")
  var reviews: Int = 200

  @Flag(name: .long, help: "Practise every unit once without changing the schedule.")
  var cram = false

  @Flag(
    name: .customLong("no-teach"), help: "Ask new units straight away, without teaching them first."
  )
  var noTeach = false

  @Option(name: .long, help: "Only what is tagged with this topic, e.g. treatment.")
  var tag: String?

  func validate() throws {
    guard new >= 0, reviews >= 0 else {
      throw ValidationError("--new and --reviews must be 0 or more")
    }
  }

  func run() throws {
    let context = try SessionContext(options: common)
    defer { context.close() }
    let session = StudySession(
      units: try context.units(tag: tag), lexicon: context.lexicon,
      descriptions: EntityDescriptions.make(deck: context.deck), replay: context.replay,
      scheduler: context.scheduler, log: context.file,
      limits: StudyLimits(newUnits: new, reviews: reviews), day: StudyDay(timeZone: .current),
      now: context.start, mode: cram ? .cram : .study, seed: context.seed)
    session.deckVersion = context.deckVersion
    try context.withReader { reader in
      let repl = StudyREPL(
        session: session,
        header: .init(
          deckTitle: context.deck.title, learner: context.learner, progressPath: context.file.path),
        reader: reader, style: context.style, width: { context.environment.columns },
        now: context.clock, write: context.write)
      repl.teachesNewUnits = !noTeach && !cram
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
