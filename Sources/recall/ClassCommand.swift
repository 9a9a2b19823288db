import ArgumentParser
import Cards
import Foundation
import ProgressStore
import Reports
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
    var inputs: [LearnerInput] = []
    let units = CardGenerator(deck: deck).units()
    let learners = try directory.learners(deck: deck.id)
    guard !learners.isEmpty else {
      throw RecallError(ReportError.noLearners(directory: directory.path, deck: deck.id))
    }
    for learner in learners {
      do {
        let path = try directory.file(learner: learner, deck: deck.id)
        let contents = try ProgressFile.read(path: path)
        if let torn = contents.tornLine {
          Notice.warning(
            "\(path):\(torn): a cut-off last line was left out (the next session moves it aside)")
        }
        inputs.append(
          LearnerInput(
            learner: learner, deckID: deck.id, deckTitle: deck.title, units: units,
            entries: contents.entries, now: now, calendar: calendar))
      } catch {
        Notice.warning("\(error) (this learner is left out)")
      }
    }
    guard !inputs.isEmpty else {
      throw RecallError("\(directory.path): no readable progress file for \(deck.id)")
    }
    let report = ClassStatistics(
      deckID: deck.id, deckTitle: deck.title, units: units, now: now, learners: inputs)
    try ReportOutput(json: json, html: html).emit(
      text: {
        ClassText.render(
          report, calendar: calendar, style: TextStyle(isEnabled: environment.colour))
      },
      json: { ReportJSON.classReport(report, calendar: calendar) },
      html: { ClassHTML.render(report, calendar: calendar) })
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
