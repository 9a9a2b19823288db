/// ANSI styling, or none: colour only on a terminal and never with `NO_COLOR`.
public struct TextStyle: Sendable {
  /// Whether escape codes are written at all.
  public var isEnabled: Bool

  /// Creates a style; `isEnabled` false gives plain text.
  public init(isEnabled: Bool) { self.isEnabled = isEnabled }

  /// Plain text, for scripts, tests and `NO_COLOR`.
  public static let plain = TextStyle(isEnabled: false)

  private func wrap(_ text: String, _ code: String) -> String {
    isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Bold.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Dim, for secondary information.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Green, for right answers.
  public func green(_ text: String) -> String { wrap(text, "32") }
  /// Red, for wrong answers.
  public func red(_ text: String) -> String { wrap(text, "31") }
  /// Yellow, for partial answers and warnings.
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  /// Cyan, for prompts.
  public func cyan(_ text: String) -> String { wrap(text, "36") }

  /// A prompt for readline: escape codes wrapped in \u{01}…\u{02} so readline measures the width right.
  public func prompt(_ text: String) -> String {
    isEnabled ? "\u{01}\u{1B}[36m\u{02}\(text)\u{01}\u{1B}[0m\u{02}" : text
  }
}
