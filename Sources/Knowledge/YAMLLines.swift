/// The lines of a YAML text, read as a teacher sees them: indentation, content, comments and quoted values.
///
/// libyaml reports where it stopped and what it expected; the mistake that made it stop is often a line or
/// two earlier (a line indented one space too far, a quote never closed). These are the few facts about the
/// text that `SyntaxExplanation` needs to point at that mistake. Columns are 1-based and count Unicode
/// scalars, as libyaml counts them.
struct YAMLLines {
  /// The text of each line, without its line break.
  let lines: [[Unicode.Scalar]]

  init(_ yaml: String) {
    var lines: [[Unicode.Scalar]] = [[]]
    for scalar in yaml.unicodeScalars {
      if scalar == "\n" {
        lines.append([])
      } else if scalar != "\r" {
        lines[lines.count - 1].append(scalar)
      }
    }
    self.lines = lines
  }

  /// The text of line `number` (1-based); empty past the end.
  func text(_ number: Int) -> [Unicode.Scalar] {
    number >= 1 && number <= lines.count ? lines[number - 1] : []
  }

  /// The number of spaces before the first other character of line `number`.
  func indentation(_ number: Int) -> Int {
    text(number).prefix { $0 == " " }.count
  }

  /// The character at `column` of line `number`, if there is one.
  func character(_ number: Int, _ column: Int) -> Unicode.Scalar? {
    let text = text(number)
    return column >= 1 && column <= text.count ? text[column - 1] : nil
  }

  /// Whether line `number` holds something YAML reads: not blank, not only a comment.
  func hasContent(_ number: Int) -> Bool {
    let content = text(number).drop { $0 == " " || $0 == "\t" }
    return !content.isEmpty && content.first != "#"
  }

  /// The nearest line before `number` that holds something YAML reads.
  func contentLine(before number: Int) -> Int? {
    var line = number - 1
    while line >= 1 {
      if hasContent(line) { return line }
      line -= 1
    }
    return nil
  }

  /// Whether line `number`, after its indentation, starts a list item (`- `).
  func isListItem(_ number: Int) -> Bool {
    let content = text(number).drop { $0 == " " }
    return content.first == "-" && (content.count == 1 || content.dropFirst().first == " ")
  }

  /// The column where line `number`'s key ends (its `:`), when the line is `key: value` or `- key: value`;
  /// nil when the line holds no key.
  func keyColon(_ number: Int) -> Int? {
    let text = text(number)
    var index = text.prefix { $0 == " " }.count
    while index + 1 < text.count, text[index] == "-", text[index + 1] == " " {
      index += 2
      while index < text.count, text[index] == " " { index += 1 }
    }
    guard index < text.count, !"\"'[{#".unicodeScalars.contains(text[index]) else { return nil }
    while index < text.count {
      if text[index] == ":", index + 1 == text.count || text[index + 1] == " " { return index + 1 }
      if text[index] == " ", index + 1 < text.count, text[index + 1] == "#" { return nil }
      index += 1
    }
    return nil
  }

  /// A quoted value that does not close on the line where it opens: where its quote is, and the line where
  /// YAML finds the next quote of that kind (nil if none follows).
  struct OpenQuote: Equatable {
    let quote: Unicode.Scalar
    let line: Int
    let column: Int
    let closingLine: Int?
  }

  /// The quoted values of the text that span more than one line, in order, up to line `last`.
  ///
  /// A quote opens a value where YAML starts one: after `key: `, after `- `, at the start of a line, or after
  /// `[`, `{` or `,` in a bracketed list. An apostrophe inside a plain text ("Paget's") opens nothing.
  func openQuotes(through last: Int) -> [OpenQuote] {
    var found: [OpenQuote] = []
    var open: (quote: Unicode.Scalar, line: Int, column: Int)?
    for number in 1...max(1, min(last, lines.count)) {
      let text = text(number)
      var index = 0
      var valueCanStart = true
      while index < text.count {
        let character = text[index]
        if let current = open {
          if current.quote == "\"" && character == "\\" {
            index += 2
            continue
          }
          if character == current.quote {
            if current.quote == "'", index + 1 < text.count, text[index + 1] == "'" {
              index += 2
              continue
            }
            if current.line != number {
              found.append(
                OpenQuote(
                  quote: current.quote, line: current.line, column: current.column,
                  closingLine: number))
            }
            open = nil
            valueCanStart = false
          }
        } else if character == "#", index == 0 || text[index - 1] == " " {
          break
        } else if character == "\"" || character == "'" {
          if valueCanStart { open = (character, number, index + 1) }
        } else if character == " " || character == "-" || character == "?" {
          // Spaces and list dashes keep the place where a value may start.
        } else if character == ":" || character == "[" || character == "{" || character == "," {
          valueCanStart = true
          index += 1
          continue
        } else {
          valueCanStart = false
        }
        index += 1
      }
    }
    if let current = open {
      found.append(
        OpenQuote(
          quote: current.quote, line: current.line, column: current.column, closingLine: nil))
    }
    return found
  }
}
