import Terminal

/// A line reader that replays a fixed script, for tests of the study session: no terminal at all.
///
/// It records every prompt it shows and every history addition, so a test can assert on what the
/// learner would have seen. Once the script is exhausted every read returns
/// ``LineInput/endOfInput`` (and its prompt is still recorded).
struct ScriptedLineReader: LineReader {
  /// The prompts shown so far, one per read, in order.
  private(set) var prompts: [String] = []
  /// The lines added to the history so far, in order, exactly as given (no filtering).
  private(set) var history: [String] = []
  private var script: [LineInput]
  private var nextIndex = 0

  /// A reader that returns `script` in order, then ``LineInput/endOfInput``.
  init(_ script: [LineInput]) {
    self.script = script
  }

  /// A reader that returns each of `lines` as a ``LineInput/line(_:)``, then
  /// ``LineInput/endOfInput``.
  init(lines: [String]) {
    self.init(lines.map(LineInput.line))
  }

  /// The inputs not read yet.
  var remaining: ArraySlice<LineInput> { script[nextIndex...] }

  /// Records `prompt` and returns the next scripted input, or ``LineInput/endOfInput`` after the
  /// last one.
  mutating func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    guard nextIndex < script.count else { return .endOfInput }
    defer { nextIndex += 1 }
    return script[nextIndex]
  }

  /// Records `line` in ``history``.
  mutating func addToHistory(_ line: String) {
    history.append(line)
  }
}
