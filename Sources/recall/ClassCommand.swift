import ArgumentParser
import Cards
import Foundation
import Platform
import ProgressStore
import Reports
import Terminal
import Utilities

/// `recall class`: every learner of a deck, for their teacher.
struct ClassCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "class",
    abstract: "The class view: learners, mastery by topic, missed units, wrong answers, flags.",
    discussion: """
      Reads every <progress-dir>/<learner>/<deck>.jsonl without locking or changing it; see
      docs/reports.md for every figure.
      """)

  @Option(
    name: .long,
    help: "Deck name or path (default: the deck the learners study, when there is only one).")
  var deck: String?

  @Option(name: .long, help: SessionOptions.progressDirHelp)
  var progressDir: String?

  @Flag(name: .long, help: "Print the report as JSON (docs/schemas/class.schema.json).")
  var json = false

  @Option(name: .long, help: "Also write a self-contained HTML report to this file.")
  var html: String?

  func run() throws {
    let environment = RecallEnvironment()
    let now = try environment.clock()()
    let directory = environment.progressDirectory(progressDir)
    let deck = try DeckLocator.load(
      self.deck ?? Self.studiedDeck(directory: directory), in: environment)
    let calendar = ReportCalendar(timeZone: .current)
    let learners = try directory.learners(deck: deck.id)
    guard !learners.isEmpty else {
      throw RecallError(ReportError.noLearners(directory: directory.path, deck: deck.id))
    }
    let reportDeck = ReportDeck(
      id: deck.id, title: deck.title, units: CardGenerator(deck: deck).units())
    var tally = ClassStatistics.Tally(deck: reportDeck, now: now, calendar: calendar)
    var read = 0
    // A bar for a large class, on a terminal only: not when JSON goes to another program.
    var progress = ProgressBar(
      counting: "learners", total: learners.count,
      isEnabled: StandardStream.error.isTerminal && (!json || StandardStream.output.isTerminal))
    // Learners are read and summarised on every core, a few at a time, and folded in name order: only the
    // histories being summarised are in memory, whatever the size of the class.
    concurrentMap(
      count: learners.count,
      {
        Self.summary(
          of: learners[$0], deck: reportDeck, in: directory, now: now, calendar: calendar)
      },
      each: { learner in
        if !learner.warnings.isEmpty { progress.erase() }
        learner.warnings.forEach(Notice.warning)
        if let summary = learner.summary {
          tally.add(summary)
          read += 1
        }
        progress.advance()
      })
    progress.erase()
    guard read > 0 else {
      throw RecallError("\(directory.path): no readable progress file for \(deck.id)")
    }
    let report = tally.statistics
    try ReportOutput(json: json, html: html).emit(
      text: {
        ClassText.render(
          report, calendar: calendar, style: TextStyle(isEnabled: environment.colour))
      },
      json: { ReportJSON.classReport(report, calendar: calendar) },
      html: { ClassHTML.render(report, calendar: calendar) })
  }

  /// One learner's progress file read and summarised, or nil if it cannot be read; with the warnings to
  /// print, in order, whichever thread read it.
  private static func summary(
    of learner: String, deck: ReportDeck, in directory: ProgressDirectory, now: Date,
    calendar: ReportCalendar
  ) -> (summary: ClassStatistics.LearnerSummary?, warnings: [String]) {
    do {
      let path = try directory.file(learner: learner, deck: deck.id)
      let contents = try ProgressFile.read(path: path)
      let warnings = contents.tornLine.map {
        ["\(path):\($0): a cut-off last line was left out (the next session moves it aside)"]
      }
      let input = LearnerInput(
        learner: learner, deck: deck, entries: contents.entries, now: now, calendar: calendar)
      return (ClassStatistics.LearnerSummary(input: input), warnings ?? [])
    } catch {
      return (nil, ["\(error) (this learner is left out)"])
    }
  }

  /// The one deck that learners under `directory` have progress files for; with none or several, an error
  /// that lists what was found.
  static func studiedDeck(directory: ProgressDirectory) throws -> String {
    let decks = try directory.decks()
    switch decks.count {
    case 0:
      throw RecallError(
        "\(directory.path): no learner has a progress file here (looked for */<deck>.jsonl)")
    case 1:
      return decks[0].deck
    default:
      let found = decks.map { "\($0.deck) (\(plural($0.learners, "learner")))" }
      throw RecallError(
        "\(directory.path): learners study several decks: \(found.joined(separator: ", ")); "
          + "choose one with --deck")
    }
  }
}
