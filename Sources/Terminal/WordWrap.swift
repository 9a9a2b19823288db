/// Breaks text into lines of at most `width` columns at spaces, so explanations never split mid-word.
public enum WordWrap {
  /// `text` wrapped to `width` columns; every line starts with `indent`, continuation lines with
  /// `hangingIndent` (default: the same). Words longer than a line are left whole.
  public static func wrap(
    _ text: String, width: Int, indent: String = "", hangingIndent: String? = nil
  ) -> String {
    let hanging = hangingIndent ?? indent
    var lines: [String] = []
    var line = indent
    var lineHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let separator = lineHasWord ? 1 : 0
      if lineHasWord, line.count + separator + word.count > width {
        lines.append(line)
        line = hanging + word
      } else {
        line += (lineHasWord ? " " : "") + word
      }
      lineHasWord = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
