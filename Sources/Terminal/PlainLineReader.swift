import Platform

/// Reads lines from standard input when it is not a terminal (a pipe or a file): no line editing,
/// no history, no escape codes, so sessions can be scripted.
///
/// The prompt still goes to standard output, stripped of escape sequences (including readline's
/// `"\u{01}"` … `"\u{02}"` invisible regions), so a prompt built for ``ReadlineLineReader`` can be
/// reused as is.
public struct PlainLineReader: LineReader {
  private let readInput: () -> String?
  private let writeOutput: (String) -> Void

  /// Reads standard input and writes prompts to standard output.
  public init() {
    self.init(
      readInput: { Swift.readLine(strippingNewline: true) },
      writeOutput: { text in
        print(text, terminator: "")
        // The prompt must appear before the program blocks reading.
        StandardStream.flushAll()
      })
  }

  /// A reader over other streams, for tests: `readInput` returns the next line without its newline
  /// or `nil` at the end; `writeOutput` receives each prompt.
  init(readInput: @escaping () -> String?, writeOutput: @escaping (String) -> Void) {
    self.readInput = readInput
    self.writeOutput = writeOutput
  }

  /// Writes `prompt` without escape codes, then reads a line; ``LineInput/endOfInput`` at the end
  /// of standard input. Never ``LineInput/interrupted``: Ctrl-C is not a keystroke here.
  ///
  /// A final line without a newline is still returned; a carriage return before the newline
  /// (a file saved on Windows) is dropped.
  public mutating func readLine(prompt: String) -> LineInput {
    let visible = Self.visibleText(of: prompt)
    if !visible.isEmpty { writeOutput(visible) }
    guard var line = readInput() else { return .endOfInput }
    if line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  /// Does nothing: piped input has no history.
  public mutating func addToHistory(_ line: String) {}

  /// `text` without readline's invisible regions (`"\u{01}"` … `"\u{02}"`) and without ANSI escape
  /// sequences (CSI sequences such as colours, and two-character escapes).
  static func visibleText(of text: String) -> String {
    var visible = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar {
      case "\u{01}":
        while let hidden = scalars.next(), hidden != "\u{02}" {}
      case "\u{02}":
        continue
      case "\u{1B}":
        guard let introducer = scalars.next(), introducer == "[" else { continue }
        // Parameters and intermediates run until a final byte in @...~.
        while let body = scalars.next(), !("@"..."~").contains(body) {}
      default:
        visible.append(scalar)
      }
    }
    return String(visible)
  }
}
