/// Writes text to the terminal with every line broken at spaces to fit the width the terminal has at that
/// moment, so that a resized window is followed and the terminal never breaks a word itself.
struct WrappingWriter {
  /// The terminal's width now.
  let columns: () -> Int
  let write: (String) -> Void

  /// Columns to wrap at now (at least 20, so a tiny window still gets words per line).
  var width: Int { max(20, columns()) }

  /// Writes `text` and a newline, each of its lines fitted to the width.
  func say(_ text: String) {
    let width = width
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      WordWrap.fit(String($0), width: width)
    }
    write(lines.joined(separator: "\n") + "\n")
  }

  /// Writes `text` and a newline as they are: an error message stays one line, to be read, copied and
  /// searched whole (its path has no space to break at anyway).
  func sayWhole(_ text: String) { write(text + "\n") }

  /// Deck text made inert and wrapped to the width, `indent` before the first line and `hanging` (default:
  /// the same) before the others. A text of several lines (a case's vignette and question, its reasons)
  /// is wrapped line by line, each starting at `indent`.
  func wrapped(_ text: String, indent: String = "", hanging: String? = nil) -> String {
    WordWrap.paragraphs(text, width: width, indent: indent, hangingIndent: hanging)
  }

  /// `label` styled with `style`, then deck text `text`: wrapped together, so that the first line counts
  /// the label's width too.
  func labelled(
    _ label: String, _ text: String, hanging: String = "", style: (String) -> String
  ) -> String {
    var plain = label
    while plain.last == " " { plain.removeLast() }
    // The label's words are kept as they are; what follows them is a space or a line break.
    let whole = wrapped(label + text, hanging: hanging)
    return style(plain) + whole.dropFirst(plain.count)
  }
}
