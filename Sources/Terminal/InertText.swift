/// Makes text from a deck or a progress file safe to print: control characters (escape sequences included)
/// are shown as visible `\u{…}` escapes, so a deck from someone else cannot rewrite the learner's terminal.
public enum InertText {
  /// `text` with every control character except none made visible.
  public static func make(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x20 || value == 0x7f || (0x80..<0xa0).contains(value) || value == 0x2028
        || value == 0x2029 || (0x202a...0x202e).contains(value) || (0x2066...0x2069).contains(value)
      {
        result += "\\u{\(String(value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
