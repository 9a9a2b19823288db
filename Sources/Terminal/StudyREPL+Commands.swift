import Cards
import Foundation
import ProgressCore
import Study

/// The commands a learner can type at any prompt.
extension StudyREPL {
  /// A parsed command.
  enum Command: Equatable {
    case help, quit, hint, skip, undo, why, stats, suspend
    case flag(note: String?)
    case unknown(String)
  }

  /// Every command, for `:help` and Tab completion.
  static let commandWords = [
    ":help", ":hint", ":skip", ":undo", ":why", ":flag", ":suspend", ":stats", ":quit",
  ]

  /// The commands, for `:help`.
  static let help = """
    Type your answer and press Enter; an empty answer means "I don't know".
    Choice: a letter or the option's text. Select all that apply: letters ("a c").
    Lists: the items separated by commas. True/false: t or f.
    After the feedback: Enter accepts the suggested rating; pick another by
      number or name (1 Again · 2 Hard · 3 Good · 4 Easy).
    Commands (Tab completes them):
      :hint          a first letter or two wrong options removed; then at most Hard
      :skip          leave this question (and its fact) for another session
      :undo          take back your last answer (asked again) or suspension
      :why           the explanation again (after answering)
      :flag [note]   mark this card for the deck's author
      :suspend       never ask this unit again (:undo or recall card unsuspend)
      :stats         how this session is going
      :help          this help
      :quit          save and stop (Ctrl-D does the same)
    Ctrl-C clears the line you are typing.
    """

  /// Shows the help, each command's description wrapped under itself.
  func showHelp() {
    let hanging = String(repeating: " ", count: 17)
    for line in Self.help.split(separator: "\n", omittingEmptySubsequences: false) {
      let text = String(line)
      output.write(
        WordWrap.fit(text, width: width, hangingIndent: text.hasPrefix("  :") ? hanging : nil)
          + "\n")
    }
  }

  /// The command in `line`, or nil when it is an answer.
  func command(_ line: String) -> Command? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix(":") else { return nil }
    let word = trimmed.prefix { !$0.isWhitespace }.lowercased()
    let rest = trimmed.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
    switch word {
    case ":help", ":h", ":?": return .help
    case ":quit", ":q", ":exit": return .quit
    case ":hint": return .hint
    case ":skip": return .skip
    case ":undo", ":u": return .undo
    case ":why": return .why
    case ":stats": return .stats
    case ":suspend": return .suspend
    case ":flag": return .flag(note: rest.isEmpty ? nil : String(rest.prefix(500)))
    default: return .unknown(trimmed)
    }
  }

  /// Reads a line; commands go into the history, answers never.
  func readLine(_ prompt: String, completions: [String]) -> LineInput {
    if var completing = reader as? any CompletingLineReader {
      completing.setCompletions(Self.commandWords + completions)
      reader = completing
    }
    let input = reader.readLine(prompt: style.prompt(prompt))
    if case .line(let line) = input, command(line) != nil {
      reader.addToHistory(line.trimmingCharacters(in: .whitespaces))
    }
    return input
  }

  /// Shows how the session is going.
  func showStats() {
    say(style.bold("So far: ") + SessionReport.line(session.summary, at: now()))
    for line in SessionReport.topicLines(session.summary) { say("  " + line) }
    if let today = todaySummary?(now()) { say(style.bold("Today: ") + today) }
    if session.mode == .study {
      let time = now()
      for line in SessionReport.outlookLines(session.outlook(at: time), at: time) {
        say("  " + line)
      }
    }
  }

  /// Runs `body`, reporting a failed write instead of pretending it worked. Returns whether it succeeded.
  @discardableResult
  func saving(_ what: String, _ body: () throws -> Void) -> Bool {
    do {
      try body()
      return true
    } catch {
      output.sayWhole(style.red("error: ") + "\(error)")
      say("\(what) was not saved.")
      return false
    }
  }
}
