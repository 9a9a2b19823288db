import Cards
import Foundation
import ProgressCore
import Scheduling
import Study
import Utilities

/// The study loop a learner talks to: one card at a time, feedback that teaches, a suggested rating with the
/// next interval of each rating, and commands (`:hint`, `:undo`, `:why`, ...; see `StudyREPL.help`).
///
/// Everything comes in through seams — the line reader, the output, the clock — so tests replay whole sessions
/// without a terminal. A review is acknowledged ("saved") only after the session has written and synced it.
public final class StudyREPL {
  /// What the header says about the session.
  public struct Header: Sendable {
    /// The deck title.
    public var deckTitle: String
    /// The learner's name.
    public var learner: String
    /// The progress file, shown at the end.
    public var progressPath: String

    /// Creates a header.
    public init(deckTitle: String, learner: String, progressPath: String) {
      self.deckTitle = deckTitle
      self.learner = learner
      self.progressPath = progressPath
    }
  }

  let session: StudySession
  let header: Header
  var reader: any LineReader
  let style: TextStyle
  let now: () -> Date
  /// Output fitted to the terminal's width at each write.
  let output: WrappingWriter
  var quitRequested = false
  /// Whether a unit met for the first time is taught (its lesson, explanation and source) before it is
  /// asked; `recall study --no-teach` turns it off.
  public var teachesNewUnits = true
  /// The unit whose lesson was just shown, until the next unit is asked.
  var taughtUnit: UnitID?
  /// The day so far as `recall stats` counts it ("12 reviews · 10 right (83%) · 4m 05s answering"), shown
  /// under the session summary and by `:stats`; the executable sets it (Terminal does not import Reports).
  public var todaySummary: ((Date) -> String)?

  /// Creates a REPL over `session`, wrapping text at the columns `width` gives when asked (at each piece of
  /// output, so that it follows a resized terminal).
  public init(
    session: StudySession, header: Header, reader: any LineReader, style: TextStyle,
    width: @escaping () -> Int = { 80 },
    now: @escaping () -> Date, write: @escaping (String) -> Void
  ) {
    output = WrappingWriter(columns: width, write: write)
    self.session = session
    self.header = header
    self.reader = reader
    self.style = style
    self.now = now
  }

  /// Columns to wrap at now.
  var width: Int { output.width }

  /// Writes `text` and a newline, fitted to the terminal's current width.
  func say(_ text: String = "") { output.say(text) }

  /// Deck text made inert and wrapped to the width.
  func wrapped(_ text: String, indent: String = "", hanging: String? = nil) -> String {
    output.wrapped(text, indent: indent, hanging: hanging)
  }

  /// `label` styled with `style`, then deck text, wrapped together.
  func labelled(_ label: String, _ text: String, style: (String) -> String) -> String {
    output.labelled(label, text, style: style)
  }

  /// Runs until the learner quits or nothing is left; returns the summary. Throws (a `ProgressError`) only if
  /// even the session's start could not be written.
  ///
  /// Deliberately untyped `throws`: with `throws(ProgressError)` here, Swift 6.3.1 debug builds corrupted the
  /// caller's return address (a crash after `run()` returned; release builds were fine). See
  /// `docs/terminal-notes.md`.
  @discardableResult
  public func run() throws -> SessionSummary {
    let start = now()
    try session.begin(at: start)
    showHeader(at: start)
    while !quitRequested, let item = session.nextItem(at: now()) {
      taughtUnit = nil
      // A case is never taught first: it asks to apply the facts it draws on, taught before it.
      if item.isNew, teachesNewUnits, session.mode == .study, !item.unit.isCase {
        teach(item.unit)
        taughtUnit = item.unit.id
      }
      ask(item.card)
    }
    if !quitRequested {
      say()
      say(
        style.green(
          session.mode == .cram
            ? "Practice done: every unit has been through once."
            : "Nothing more to study today. Well done!"))
    }
    let end = now()
    let summary: SessionSummary
    do {
      summary = try session.finish(at: end)
    } catch {
      output.sayWhole(style.red("warning: ") + "\(error)")
      summary = session.summary
    }
    showSummary(summary, at: end)
    return summary
  }

  private func showHeader(at time: Date) {
    let queue = session.queue
    say(
      style.bold("Recall · \(InertText.make(header.deckTitle))")
        + style.dim(" · learner \(header.learner)"))
    let counts =
      session.mode == .cram
      ? "Cram: practising without changing your schedule"
      : "Due \(queue.dueCount(now: time)) · learning \(queue.learningCount(now: time)) · "
        + "new \(queue.newCount())"
    let commands = "(:help for commands, :quit or Ctrl-D to stop)"
    if WordWrap.columns(counts) + 3 + commands.count <= width {
      say(counts + style.dim("   " + commands))
    } else {
      say(counts)
      say(style.dim(commands))
    }
  }

  /// A new unit, before it is first asked: what to learn, why, and where it comes from.
  func teach(_ unit: KnowledgeUnit) {
    let topic = unit.tags.first.map { " · \($0)" } ?? ""
    say()
    say(style.dim("New\(topic)"))
    say(labelled("Learn: ", unit.lesson, style: style.bold))
    if !unit.explanation.isEmpty { say(wrapped(unit.explanation, indent: "  ")) }
    if !unit.section.isEmpty { say(style.dim(wrapped("Source: \(unit.section)", indent: "  "))) }
  }

  func showSummary(_ summary: SessionSummary, at time: Date) {
    say()
    say(style.bold("Session: ") + SessionReport.line(summary, at: time))
    for line in SessionReport.topicLines(summary) { say("  " + line) }
    if let today = todaySummary?(time) { say(style.bold("Today: ") + today) }
    if session.mode == .study {
      for line in SessionReport.outlookLines(session.outlook(at: time), at: time) {
        say("  " + line)
      }
    }
    // A path is never broken (it is copied from the terminal): on its own line when the line is too long.
    let saved = "Progress saved in \(header.progressPath)"
    if WordWrap.columns(saved) <= width {
      say(style.dim(saved))
    } else {
      say(style.dim("Progress saved in"))
      output.sayWhole(style.dim(header.progressPath))
    }
  }
}
