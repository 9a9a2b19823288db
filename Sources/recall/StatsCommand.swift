import ArgumentParser
import Cards
import Foundation
import ProgressStore
import Reports
import Utilities

/// `recall stats`: one learner's progress in a deck.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract:
      "A learner's statistics by unit of knowledge: today, units known, retention, mastery by topic.",
    discussion: "Reads the progress file only; see docs/reports.md for every figure.")

  @OptionGroup var common: SessionOptions

  @Flag(name: .long, help: "Print the report as JSON (docs/schemas/stats.schema.json).")
  var json = false

  @Option(name: .long, help: "Also write a self-contained HTML report to this file.")
  var html: String?

  func run() throws {
    let environment = RecallEnvironment()
    let now = try environment.clock()()
    let (learner, deck, path) = try common.progressFile(in: environment)
    guard FileManager.default.fileExists(atPath: path) else {
      throw RecallError(ReportError.noProgress(path: path))
    }
    let contents = try ProgressFile.read(path: path)
    if let torn = contents.tornLine {
      Notice.warning(
        "\(path):\(torn): a cut-off last line was left out (the next session moves it aside)")
    }
    let calendar = ReportCalendar(timeZone: .current)
    let statistics = LearnerStatistics(
      input: LearnerInput(
        learner: learner, deckID: deck.id, deckTitle: deck.title,
        units: CardGenerator(deck: deck).units(), entries: contents.entries, now: now,
        calendar: calendar))
    try ReportOutput(json: json, html: html).emit(
      text: { StatsText.render(statistics, style: TextStyle(isEnabled: environment.colour)) },
      json: { ReportJSON.stats(statistics) }, html: { StatsHTML.render(statistics) })
  }
}
