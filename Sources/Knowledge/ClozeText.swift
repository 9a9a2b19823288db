import Foundation

/// A sentence with exactly one `{{blank}}`, split around it.
public struct ClozeText: Sendable, Hashable {
  /// The text before the blank.
  public var before: String
  /// The hidden answer.
  public var answer: String
  /// The text after the blank.
  public var after: String

  /// Splits `text`, or returns nil unless it holds exactly one non-empty `{{...}}`.
  public init?(_ text: String) {
    let parts = text.components(separatedBy: "{{")
    guard parts.count == 2 else { return nil }
    let rest = parts[1].components(separatedBy: "}}")
    guard rest.count == 2, !rest[0].trimmingWhitespace.isEmpty else { return nil }
    before = parts[0]
    answer = rest[0].trimmingWhitespace
    after = rest[1]
  }

  /// The sentence with the blank shown as underscores.
  public var prompt: String { before + "_____" + after }
  /// The whole sentence with the answer filled in.
  public var filled: String { before + answer + after }
}
