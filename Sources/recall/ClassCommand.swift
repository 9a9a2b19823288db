import ArgumentParser
import Cards
import Foundation
import Knowledge
import Platform
import ProgressCore
import ProgressStore
import Reports
import Terminal
import Utilities

/// `recall class`: the class view (``ClassReportCommand``, the default), and the class's files.
struct ClassCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "class",
    abstract: "The class view: who needs help, mastery, misconceptions, quizzes, gradebook.",
    subcommands: [
      ClassReportCommand.self, ClassInitCommand.self, ClassCollectCommand.self,
      ClassQuizCommand.self,
    ],
    defaultSubcommand: ClassReportCommand.self)
}

/// `recall class [show]`: every learner of a deck, for their teacher; with `--class`, the learners of a
/// class's roster, who needs help, its deck versions and its fixed quizzes.
struct ClassReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "The class view (the default): who needs help, mastery, misconceptions, quizzes.",
    discussion: """
      Reads every <progress-dir>/<learner>/<deck>.jsonl without locking or changing it; with --class, \
      the learners of that class's roster in its own folder (Classes/<name>/). The figures are kept in \
      the user's cache folder and shown again at once while no file changed and the time since moves \
      none (docs/class-at-scale.md). See docs/reports.md for every figure and docs/classes.md for classes.
      """)

  @Option(
    name: .customLong("class"),
    help: "A class file (Classes/NAME.yaml) by name or path: its roster, deck, targets and quizzes."
  )
  var className: String?

  @Option(
    name: .long,
    help: "Deck name or path (default: the class's deck, else the deck the learners study).")
  var deck: String?

  @Option(name: .long, help: SessionOptions.progressDirHelp)
  var progressDir: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Order of the learner table: \(ClassOverview.SortKey.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "field"))
  var sort: ClassOverview.SortKey = .behind

  @Flag(name: .long, help: "Only the learners who need help, in the table, the grid and the CSV.")
  var behind = false

  @Flag(name: .long, help: "Name the learners who gave each of the wrong answers most given.")
  var names = false

  @Flag(name: .long, help: "Print the report as JSON (docs/schemas/class.schema.json).")
  var json = false

  @Option(name: .long, help: "Also write a self-contained HTML report to this file.")
  var html: String?

  @Option(
    name: .long, help: "Write a gradebook CSV for Canvas or Moodle to this file ('-': print it).")
  var csv: String?

  func run() throws {
    let environment = RecallEnvironment()
    let now = try environment.clock()()
    let calendar = ReportCalendar(timeZone: .current)
    let overview: ClassOverview
    if let className {
      overview = try classOverview(
        ClassLocator.load(className, in: environment), environment: environment, now: now,
        calendar: calendar)
    } else {
      overview = try folderOverview(environment: environment, now: now, calendar: calendar)
    }
    let report = overview.report
    if let csv {
      var rows = overview
      if behind { rows.rows = overview.rows.filter(\.isBehind) }
      let text = ClassCSV.render(rows, calendar: calendar)
      if csv == "-" {
        print(text, terminator: "")
        return
      }
      do throws(SystemError) {
        try AtomicFile.write(text.utf8, to: csv)
      } catch {
        throw RecallError("\(csv): cannot write the gradebook (\(error))")
      }
      guard json || html != nil else {
        print("Wrote \(csv): \(plural(rows.rows.count, "learner"))")
        return
      }
    }
    try ReportOutput(json: json, html: html).emit(
      text: {
        ClassText.render(
          overview, calendar: calendar, style: TextStyle(isEnabled: environment.colour),
          names: names, behindOnly: behind)
      },
      json: { ReportJSON.classReport(report, calendar: calendar, overview: overview) },
      html: {
        ClassHTML.render(overview, calendar: calendar, names: names, behindOnly: behind)
      })
  }

  /// Every learner with a progress file in the progress folder, as before classes.
  private func folderOverview(
    environment: RecallEnvironment, now: Date, calendar: ReportCalendar
  ) throws -> ClassOverview {
    let directory = environment.progressDirectory(progressDir)
    let (deck, version) = try DeckLocator.loadVersioned(
      self.deck ?? Self.studiedDeck(directory: directory), in: environment)
    let learners = try directory.learners(deck: deck.id)
    Self.warnAboutLooseFiles(in: directory)
    let forked = Self.warnAboutForks(in: directory, deck: deck.id)
    guard !learners.isEmpty else {
      throw RecallError(ReportError.noLearners(directory: directory.path, deck: deck.id))
    }
    let units = CardGenerator(deck: deck).units()
    let (report, read) = statistics(
      of: learners, directory: directory, deck: deck, version: version, units: units, now: now,
      calendar: calendar, environment: environment)
    guard read > 0 else {
      throw RecallError("\(directory.path): no readable progress file for \(deck.id)")
    }
    return ClassOverview(
      report: report, forked: forked, current: version,
      snapshots: [DeckSnapshot(deck: deck.id, version: version, units: units)],
      calendar: calendar, sort: sort)
  }

  /// The learners of a class's roster, read from its folder (or `--progress-dir`).
  private func classOverview(
    _ location: ClassLocation, environment: RecallEnvironment, now: Date,
    calendar: ReportCalendar
  ) throws -> ClassOverview {
    let file = location.file
    let (deck, version) = try DeckLocator.loadVersioned(location.deck, in: environment)
    if let asked = self.deck, try DeckLocator.locate(asked, in: environment).id != deck.id {
      throw RecallError("\(location.path): class \(file.name) studies \(deck.id), not \(asked)")
    }
    let directory = progressDir.map(ProgressDirectory.init) ?? location.progressDirectory
    let units = CardGenerator(deck: deck).units()
    let current = DeckSnapshot(deck: deck.id, version: version, units: units)
    ClassDeckVersions.keep(current, in: directory)
    let found = try directory.learnersIfAny(deck: deck.id)
    Self.warnAboutLooseFiles(in: directory)
    let forked = Self.warnAboutForks(in: directory, deck: deck.id)
    let roster = Set(file.roster.map(\.id))
    let (report, _) = statistics(
      of: found.filter(roster.contains), directory: directory, deck: deck, version: version,
      units: units, now: now, calendar: calendar, environment: environment)
    var questions: [String: [ClassOverview.QuizQuestion]] = [:]
    for quiz in file.quizzes {
      do {
        questions[quiz.name] = try FixedQuizPlan.questions(of: quiz, deck: deck).map {
          ClassOverview.QuizQuestion(card: $0.id.rawValue, prompt: $0.prompt)
        }
      } catch {
        Notice.warning("\(error) (its results are shown without questions)")
      }
    }
    return ClassOverview(
      report: report, classFile: file, notOnRoster: found.filter { !roster.contains($0) },
      forked: forked,
      current: version, snapshots: ClassDeckVersions.all(deck: deck.id, in: directory),
      quizQuestions: questions, calendar: calendar, sort: sort)
  }

  /// Warns about progress files lying loose in the progress folder, outside any learner's folder: they are
  /// not read (`recall class collect` files them by their header).
  static func warnAboutLooseFiles(in directory: ProgressDirectory) {
    for path in directory.looseFiles() {
      Notice.warning(
        "\(path): not in a learner's folder, left out (`recall class collect` files it by its header)"
      )
    }
  }

  /// Warns about each forked copy of a learner's history that `recall class collect` kept beside their file
  /// (it is not counted), and returns those learners.
  static func warnAboutForks(in directory: ProgressDirectory, deck: String) -> [String] {
    let copies = directory.forkedCopies(deck: deck)
    for copy in copies {
      Notice.warning(
        "\(copy.path): a forked copy of \(copy.learner)'s history, not counted; compare it with "
          + "\(deck).jsonl beside it and keep one (docs/classes.md)")
    }
    var learners: [String] = []
    for copy in copies where learners.last != copy.learner { learners.append(copy.learner) }
    return learners
  }

  /// The class figures of `learners`, with how many of them could be read.
  ///
  /// Learners are read and summarised on every core, a few at a time, and folded in name order: only the
  /// histories being summarised are in memory, whatever the size of the class. An unreadable file is
  /// reported and its learner left out. When no file has changed since the class was last seen, and the time
  /// since moves no figure, the figures come from the cache (``ClassViewCache``), warnings included.
  private func statistics(
    of learners: [String], directory: ProgressDirectory, deck: Deck, version: DeckVersion,
    units: [KnowledgeUnit], now: Date, calendar: ReportCalendar, environment: RecallEnvironment
  ) -> (statistics: ClassStatistics, read: Int) {
    let cache = ClassViewCache(environment: environment)
    let name = ClassViewCache.name(directory: directory.path, deck: deck.id)
    let paths = learners.compactMap { try? directory.file(learner: $0, deck: deck.id) }
    let key =
      paths.count == learners.count
      ? cache.key(paths: paths, deck: version.hash, timeZone: calendar.timeZone) : nil
    if let key, let kept = cache.entry(name, for: key, now: now) {
      kept.warnings.forEach(Notice.warning)
      var statistics = kept.statistics
      statistics.now = now
      return (statistics, kept.read)
    }
    let reportDeck = ReportDeck(id: deck.id, title: deck.title, units: units)
    var tally = ClassStatistics.Tally(deck: reportDeck, now: now, calendar: calendar)
    var read = 0
    var warnings: [String] = []
    var until = Date.distantFuture
    var keepable = true
    // A bar for a large class, on a terminal only: not when JSON or CSV goes to another program.
    var progress = ProgressBar(
      counting: "learners", total: learners.count,
      isEnabled: StandardStream.error.isTerminal
        && ((!json && csv != "-") || StandardStream.output.isTerminal))
    concurrentMap(
      count: learners.count,
      {
        Self.summary(
          of: learners[$0], deck: reportDeck, in: directory, now: now, calendar: calendar)
      },
      each: { learner in
        if !learner.warnings.isEmpty { progress.erase() }
        learner.warnings.forEach(Notice.warning)
        warnings += learner.warnings
        keepable = keepable && learner.keepable
        if let summary = learner.summary {
          tally.add(summary)
          read += 1
          until = min(until, summary.stableUntil)
        }
        progress.advance()
      })
    progress.erase()
    let statistics = tally.statistics
    if let key, keepable {
      cache.keep(
        .init(
          key: key, made: now, until: until, statistics: statistics, read: read,
          warnings: warnings), as: name)
    }
    return (statistics, read)
  }

  /// One learner's progress file read and summarised, or nil if it cannot be read or is not theirs; with
  /// the warnings to print, in order, whichever thread read it, and whether what was made of the file may be
  /// kept (not when it holds events after `now`, which the summary leaves out).
  private static func summary(
    of learner: String, deck: ReportDeck, in directory: ProgressDirectory, now: Date,
    calendar: ReportCalendar
  ) -> (summary: ClassStatistics.LearnerSummary?, warnings: [String], keepable: Bool) {
    do {
      let path = try directory.file(learner: learner, deck: deck.id)
      let contents = try ProgressFile.read(path: path)
      // The place of a file says whose it is to the reader; its header says whose it is. A file put in the
      // wrong folder by hand is not counted for the wrong learner.
      guard contents.header.learner == learner, contents.header.deck == deck.id else {
        return (
          nil,
          [
            "\(path): the file belongs to learner \(contents.header.learner), deck "
              + "\(contents.header.deck); it is left out (`recall class collect` files it by its header)"
          ], true
        )
      }
      let warnings = contents.tornLine.map {
        ["\(path):\($0): a cut-off last line was left out (the next session moves it aside)"]
      }
      let input = LearnerInput(
        learner: learner, deck: deck, entries: contents.entries, now: now, calendar: calendar)
      return (
        ClassStatistics.LearnerSummary(input: input), warnings ?? [],
        contents.entries.allSatisfy { $0.time <= now }
      )
    } catch {
      return (nil, ["\(error) (this learner is left out)"], false)
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

extension ClassOverview.SortKey: ExpressibleByArgument {}
