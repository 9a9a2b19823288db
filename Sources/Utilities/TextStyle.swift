/// ANSI styling for text shown on a terminal, or none.
///
/// The caller decides whether to style: colour only on a terminal and never with `NO_COLOR`. Empty text
/// stays empty (an escape pair around nothing would only add bytes), so a bar of length zero or a missing
/// figure costs nothing.
public struct TextStyle: Sendable {
  /// Whether escape codes are written at all.
  public var isEnabled: Bool

  /// Creates a style; `isEnabled` false gives plain text.
  public init(isEnabled: Bool) { self.isEnabled = isEnabled }

  /// Plain text, for pipes, files, scripts, tests and `NO_COLOR`.
  public static let plain = TextStyle(isEnabled: false)

  private func wrap(_ text: String, code: String) -> String {
    isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Bold, for headings and questions.
  public func bold(_ text: String) -> String { wrap(text, code: "1") }
  /// Dim, for secondary information.
  public func dim(_ text: String) -> String { wrap(text, code: "2") }
  /// Green, for right answers and good figures.
  public func green(_ text: String) -> String { wrap(text, code: "32") }
  /// Red, for wrong answers, lapses and misses.
  public func red(_ text: String) -> String { wrap(text, code: "31") }
  /// Yellow, for partial answers, warnings and middling figures.
  public func yellow(_ text: String) -> String { wrap(text, code: "33") }
  /// Cyan, for prompts and charts.
  public func cyan(_ text: String) -> String { wrap(text, code: "36") }
}
