import Foundation

/// The normal form answers are compared in: Unicode NFC, lower case, no parentheticals, punctuation as spaces,
/// single spaces, no leading article, and each word singular ("elbows" → "elbow").
///
/// Both the learner's input and every accepted text go through the same steps, so the plural rule only has to
/// be consistent, not linguistically perfect.
public enum AnswerText {
  /// The normal form of `text`.
  public static func normalize(_ text: String) -> String {
    isASCII(text) ? normalizeASCII(text) : normalizeUnicode(text)
  }

  /// The general path, for any text.
  static func normalizeUnicode(_ text: String) -> String {
    var lowered = text.precomposedStringWithCanonicalMapping.lowercased()
    lowered = removingParentheticals(lowered)
    var words: [String] = []
    var current = ""
    for character in lowered {
      if character.isLetter || character.isNumber || character == "." && isDecimalPoint(current) {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    words = words.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    if words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
    return words.map(singular).joined(separator: " ")
  }

  /// Whether the text holds a digit: typo tolerance never applies to numbers.
  public static func containsDigit(_ text: String) -> Bool {
    text.contains { $0.isNumber }
  }

  private static func isDecimalPoint(_ current: String) -> Bool {
    guard let last = current.last else { return false }
    return last.isNumber
  }

  private static func removingParentheticals(_ text: String) -> String {
    var result = ""
    var depth = 0
    for character in text {
      if character == "(" || character == "[" {
        depth += 1
      } else if character == ")" || character == "]" {
        depth = max(0, depth - 1)
        result.append(" ")
      } else if depth == 0 {
        result.append(character)
      }
    }
    // An answer that is nothing but a parenthetical keeps its content.
    return result.allSatisfy(\.isWhitespace) ? text : result
  }

  private static func singular(_ word: String) -> String {
    guard word.count > 3, !word.contains(where: \.isNumber) else { return word }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
    if word.hasSuffix("s") { return String(word.dropLast()) }
    return word
  }
}
