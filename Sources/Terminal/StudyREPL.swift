import Cards
import Foundation
import ProgressStore
import Scheduling
import Study

/// The study loop a learner talks to: one card at a time, feedback, a suggested rating with the next interval
/// of each rating, and commands (`:help`, `:quit`).
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
  let write: (String) -> Void
  let style: TextStyle
  let now: () -> Date
  /// Columns to wrap text at.
  let width: Int
  var cardNumber = 0
  var quitRequested = false

  /// Creates a REPL over `session`, wrapping text at `width` columns.
  public init(
    session: StudySession, header: Header, reader: any LineReader, style: TextStyle,
    width: Int = 80,
    now: @escaping () -> Date, write: @escaping (String) -> Void
  ) {
    self.width = max(20, width)
    self.session = session
    self.header = header
    self.reader = reader
    self.style = style
    self.now = now
    self.write = write
  }

  func say(_ text: String = "") { write(text + "\n") }

  /// Deck text made inert and wrapped to the width.
  func wrapped(_ text: String, indent: String = "", hanging: String? = nil) -> String {
    WordWrap.wrap(InertText.make(text), width: width, indent: indent, hangingIndent: hanging)
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
    while !quitRequested, let card = session.nextCard(at: now()) {
      cardNumber += 1
      ask(card)
    }
    if !quitRequested { say(style.green("Nothing more to study today. Well done!")) }
    let end = now()
    let summary: SessionSummary
    do {
      summary = try session.finish(at: end)
    } catch {
      say(style.red("warning: ") + "\(error)")
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
    say(
      "Due \(queue.dueCount(now: time)) · learning \(queue.learningCount(now: time)) · "
        + "new \(queue.newCount())" + style.dim("   (:help for commands, :quit or Ctrl-D to stop)"))
  }

  private func showSummary(_ summary: SessionSummary, at time: Date) {
    let seconds = Int(max(0, time.timeIntervalSince(summary.started)).rounded())
    let percent = Int((summary.accuracy * 100).rounded())
    say()
    say(
      style.bold("Session: ")
        + "\(summary.reviewed) card\(summary.reviewed == 1 ? "" : "s") studied, "
        + "\(summary.correct) correct (\(percent)%), "
        + String(format: "%dm %02ds", seconds / 60, seconds % 60) + ".")
    say(style.dim("Progress saved in \(header.progressPath)"))
  }

  /// The commands, for `:help`.
  static let help = """
    Type your answer and press Enter; an empty answer means "I don't know".
    Choice questions: type the letter (a–d) or the option's text.
    After the feedback: Enter accepts the suggested rating, 1–4 picks another
      (1 Again · 2 Hard · 3 Good · 4 Easy).
    Commands:
      :help   show this help
      :quit   save and stop (Ctrl-D does the same)
    Ctrl-C clears the line you are typing.
    """

  enum Command {
    case help, quit, unknown(String)
  }

  func command(_ line: String) -> Command? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix(":") else { return nil }
    switch trimmed.lowercased() {
    case ":help", ":h", ":?": return .help
    case ":quit", ":q", ":exit": return .quit
    default: return .unknown(trimmed)
    }
  }
}
