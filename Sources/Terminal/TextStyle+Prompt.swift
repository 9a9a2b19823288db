import Utilities

extension TextStyle {
  /// A prompt for readline: escape codes wrapped in \u{01}…\u{02} so readline measures the width right.
  public func prompt(_ text: String) -> String {
    isEnabled ? "\u{01}\u{1B}[36m\u{02}\(text)\u{01}\u{1B}[0m\u{02}" : text
  }
}
