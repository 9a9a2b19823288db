/// Breaks text into lines of at most a given number of columns, at spaces only, so that neither Recall
/// nor the terminal ever splits a word (`systemic lupus eryth|ematosus`).
///
/// Columns are counted in characters (grapheme clusters); escape sequences count none. Characters that a
/// terminal draws two columns wide (CJK, most emoji) are counted as one.
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
      if lineHasWord, columns(line) + separator + columns(word) > width {
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

  /// Deck text of one or more lines made inert and wrapped line by line (`wrap`), each line starting at
  /// `indent`: the line breaks a deck's text has (a case's vignette, then its question) are kept, and no
  /// other control character reaches the terminal.
  public static func paragraphs(
    _ text: String, width: Int, indent: String = "", hangingIndent: String? = nil
  ) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      wrap(InertText.make(String($0)), width: width, indent: indent, hangingIndent: hangingIndent)
    }.joined(separator: "\n")
  }

  /// `line` as it is when it fits `width` columns; otherwise broken at spaces into lines that fit, each
  /// continuation indented with `hangingIndent` (default: the spaces `line` starts with). The spacing
  /// inside each piece is kept (aligned columns stay aligned); a word longer than a line is left whole.
  public static func fit(_ line: String, width: Int, hangingIndent: String? = nil) -> String {
    guard columns(line) > width else { return line }
    let leading = String(line.prefix { $0 == " " })
    let indent = hangingIndent ?? leading
    var pieces: [String] = []
    var current = leading
    var currentColumns = leading.count
    var hasWord = false
    var rest = line.dropFirst(leading.count)
    while !rest.isEmpty {
      let gap = rest.prefix { $0 == " " }
      rest = rest.dropFirst(gap.count)
      let word = rest.prefix { $0 != " " }
      rest = rest.dropFirst(word.count)
      let wordColumns = columns(word)
      if hasWord, currentColumns + gap.count + wordColumns > width {
        pieces.append(current)
        current = indent + word
        currentColumns = indent.count + wordColumns
      } else {
        current += gap + word
        currentColumns += gap.count + wordColumns
      }
      if !word.isEmpty { hasWord = true }
    }
    pieces.append(current)
    return pieces.joined(separator: "\n")
  }

  /// `items` joined by `separator` on as few lines as fit `width` columns, never breaking inside an item
  /// (a rating such as `2 Hard 6m` stays on one line).
  public static func join(_ items: [String], separator: String, width: Int) -> String {
    var lines: [String] = []
    var line = ""
    for item in items {
      if line.isEmpty {
        line = item
      } else if columns(line) + columns(separator) + columns(item) <= width {
        line += separator + item
      } else {
        lines.append(line + separator.trimmingTrailingSpaces)
        line = item
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// The columns `text` takes on a terminal: its characters, less escape sequences (`ESC [ … m` and the
  /// like) and readline's `\u{01}` … `\u{02}` markers around them.
  public static func columns(_ text: some StringProtocol) -> Int {
    var count = 0
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      index = text.index(after: index)
      switch character {
      case "\u{1B}":
        // A control sequence runs to its final byte (@ to ~); any other escape takes one character.
        guard index < text.endIndex else { break }
        if text[index] == "[" {
          index = text.index(after: index)
          while index < text.endIndex {
            let isFinal = text[index].unicodeScalars.first.map { (0x40...0x7E).contains($0.value) }
            index = text.index(after: index)
            if isFinal == true { break }
          }
        } else {
          index = text.index(after: index)
        }
      case "\u{01}":
        while index < text.endIndex, text[index] != "\u{02}" { index = text.index(after: index) }
        if index < text.endIndex { index = text.index(after: index) }
      default:
        count += 1
      }
    }
    return count
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
