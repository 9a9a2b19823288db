/// ANSI styling for reports, or none: the same codes and rules as `TextStyle` in Terminal (which Reports
/// does not import): colour only on a terminal and never with `NO_COLOR`; the caller decides.
public struct ReportStyle: Sendable {
  /// Whether escape codes are written at all.
  public var isEnabled: Bool

  /// Creates a style; `isEnabled` false gives plain text.
  public init(isEnabled: Bool) { self.isEnabled = isEnabled }

  /// Plain text, for pipes, files, tests and `NO_COLOR`.
  public static let plain = ReportStyle(isEnabled: false)

  private func wrap(_ text: String, _ code: String) -> String {
    isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Bold, for headings.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Dim, for secondary information.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Green, for good figures and bars.
  public func green(_ text: String) -> String { wrap(text, "32") }
  /// Red, for lapses and misses.
  public func red(_ text: String) -> String { wrap(text, "31") }
  /// Yellow, for middling figures.
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  /// Cyan, for charts.
  public func cyan(_ text: String) -> String { wrap(text, "36") }
}
