/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
  /// A complete line, without its newline.
  case line(String)
  /// The learner pressed Ctrl-C: the line being typed was discarded.
  case interrupted
  /// Ctrl-D on an empty line, or the end of standard input.
  case endOfInput
}

/// The seam between the study REPL and wherever lines come from: GNU readline on a terminal, plain standard
/// input in a script, or a scripted list of lines in tests.
public protocol LineReader {
  /// Shows `prompt` and reads one line.
  mutating func readLine(prompt: String) -> LineInput
  /// Remembers `line` in the command history (commands only; answers are never put in history).
  mutating func addToHistory(_ line: String)
}

/// Tab completion: readers that can complete offer the words; the others ignore them.
public protocol CompletingLineReader: LineReader {
  /// The words Tab completes for the next reads (commands, and a choice card's options).
  mutating func setCompletions(_ words: [String])
}

extension ReadlineLineReader: CompletingLineReader {
  /// Sets the candidates readline's completion offers.
  public mutating func setCompletions(_ words: [String]) { completions = words }
}
