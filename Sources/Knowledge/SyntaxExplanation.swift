/// A YAML syntax error in the words of someone writing a deck: where the mistake most likely is, what it is,
/// and how to fix it.
///
/// libyaml says what its grammar expected ("did not find expected key (while parsing a block mapping at line
/// 29)") where it gave up, which is often a line after the mistake. Each rule below matches one of libyaml's
/// messages, looks at the lines around it, and names the usual cause: a line indented differently from the
/// entry above it, a `: ` inside a value, a quote never closed, a tab. A message no rule explains keeps
/// libyaml's words.
struct SyntaxExplanation: Equatable {
  /// Where the mistake most likely is (1-based line and column).
  let line: Int
  let column: Int
  /// What is wrong and what to do, in one sentence.
  let message: String

  /// The explanation of libyaml's `problem` at `line`:`column`, found while reading `context` (which began at
  /// `contextLine`), in the text `lines`.
  static func explain(
    problem: String, line: Int, column: Int, context: String?, contextLine: Int, in lines: YAMLLines
  ) -> SyntaxExplanation {
    if let quote = unclosedQuote(
      problem: problem, line: line, context: context, contextLine: contextLine, in: lines)
    {
      return quote
    }
    let character = lines.character(line, column)
    func here(_ message: String) -> SyntaxExplanation {
      SyntaxExplanation(line: line, column: column, message: message)
    }
    switch problem {
    case "found a tab character that violates indentation":
      return SyntaxExplanation(
        line: line, column: 1, message: "this line is indented with a tab; indent with spaces only")
    case "found character that cannot start any token" where character == "\t":
      let isIndentation = lines.text(line).prefix(max(0, column - 1)).allSatisfy {
        $0 == " " || $0 == "\t"
      }
      return isIndentation
        ? SyntaxExplanation(
          line: line, column: column,
          message: "this line is indented with a tab; indent with spaces only")
        : here("a tab here; YAML separates with spaces only")
    case "found character that cannot start any token":
      let shown = character.map { String($0) } ?? "?"
      return here("a value cannot start with '\(shown)'; put the whole value in double quotes")
    case "found undefined alias":
      return here(
        "YAML reads a value starting with '*' as a reference to an '&' anchor, and there is none; "
          + "put the whole value in double quotes")
    case "mapping values are not allowed in this context":
      return colonInValue(line: line, column: column, in: lines)
    case "did not find expected key", "did not find expected '-' indicator":
      return unexpectedLine(line: line, column: column, contextLine: contextLine, in: lines)
    case "could not find expected ':'":
      return SyntaxExplanation(
        line: contextLine, column: lines.indentation(contextLine) + 1,
        message: "this line has no ':' after its key; write it as 'key: value'")
    case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
      let bracket: Unicode.Scalar = problem.hasSuffix("']'") ? "[" : "{"
      let opened = lines.text(contextLine).firstIndex(of: bracket).map { $0 + 1 } ?? 1
      let message =
        bracket == "["
        ? "the list opened with '[' here is not closed with ']', or two of its items have no comma "
          + "between them"
        : "a value starting with '{' is read as a YAML mapping, and this one is not closed with "
          + "'}'; put the whole value in double quotes"
      return SyntaxExplanation(line: contextLine, column: opened, message: message)
    case "did not find expected node content" where context == "while parsing a flow node":
      return here("an empty item in a [ ] list: two commas in a row, or a comma just before ']'")
    case "block sequence entries are not allowed in this context":
      return here(
        "'- ' after a key on the same line starts a list where a value belongs; put the value in double "
          + "quotes, or start the list on the next line")
    case "did not find expected comment or line break"
    where context == "while scanning a block scalar":
      return here("the text after '|' or '>' must start on the next line, indented")
    case "found unknown escape character":
      return here(
        "a backslash inside double quotes starts an escape YAML does not know; write '\\\\' for a "
          + "backslash, or use single quotes")
    case "but found another document":
      return SyntaxExplanation(
        line: line, column: 1,
        message: "'---' starts a second document, and a deck file holds one; remove the line")
    default:
      let detail = context.map { " (\($0) at line \(contextLine))" } ?? ""
      return here("YAML syntax: \(problem)\(detail)")
    }
  }

  /// A quoted value left open: YAML read on to the next quote of its kind, and the error is there or at the
  /// end of the file.
  private static func unclosedQuote(
    problem: String, line: Int, context: String?, contextLine: Int, in lines: YAMLLines
  ) -> SyntaxExplanation? {
    if problem == "found unexpected end of stream", context == "while scanning a quoted scalar" {
      // libyaml marks where the value began: its opening quote is the last quote on that line.
      let text = lines.text(contextLine)
      let column = text.lastIndex { $0 == "\"" || $0 == "'" }.map { $0 + 1 } ?? 1
      let mark = lines.character(contextLine, column).map { String($0) } ?? "\""
      return SyntaxExplanation(
        line: contextLine, column: column,
        message: "the quote \(mark) that opens this value is never closed; close it")
    }
    let reason =
      problem == "found unknown escape character"
      ? nil
      : lines.openQuotes(through: line).last {
        $0.closingLine.map { $0 >= line } ?? true
      }
    guard let quote = reason, quote.line < line else { return nil }
    let mark = quote.quote == "\"" ? "\"" : "'"
    let closing =
      quote.closingLine.map { ", so YAML reads on to the next \(mark) on line \($0)" }
      ?? ", so YAML reads on to the end of the file"
    let apostrophe = quote.quote == "'" ? " (inside single quotes, write an apostrophe as '')" : ""
    return SyntaxExplanation(
      line: quote.line, column: quote.column,
      message:
        "the quote \(mark) that opens this value is not closed on this line\(closing); close it"
        + apostrophe)
  }

  /// `: ` where YAML cannot take a new key: inside a value, or on a line indented more than the entry above
  /// it, which YAML reads as more of that entry's value.
  private static func colonInValue(line: Int, column: Int, in lines: YAMLLines) -> SyntaxExplanation
  {
    if let key = lines.keyColon(line), key < column {
      return SyntaxExplanation(
        line: line, column: column,
        message:
          "the value after the key contains ': ', which YAML reads as a second key; put the whole "
          + "value in double quotes")
    }
    if let above = lines.contentLine(before: line),
      lines.indentation(line) == lines.indentation(above),
      lines.keyColon(above) == nil, !lines.isListItem(above)
    {
      return SyntaxExplanation(
        line: above, column: lines.indentation(above) + 1,
        message:
          "this line has no ':' after its key, so YAML reads the next line as more of its text; "
          + "write it as 'key: value'")
    }
    if let above = lines.contentLine(before: line),
      lines.indentation(line) > lines.indentation(above)
    {
      return SyntaxExplanation(
        line: line, column: lines.indentation(line) + 1,
        message:
          "this line is indented more than the entry above it (line \(above)), so YAML reads it "
          + "as more of that entry's value; line it up with the entry it belongs to")
    }
    return SyntaxExplanation(
      line: line, column: column,
      message:
        "YAML cannot take a key here; if ': ' belongs to a value, put the value in double quotes")
  }

  /// A line YAML did not expect where it is: indented to no level open above it, a list item among keys,
  /// or text after a quoted value.
  private static func unexpectedLine(
    line: Int, column: Int, contextLine: Int, in lines: YAMLLines
  ) -> SyntaxExplanation {
    let indentation = lines.indentation(line)
    if column > indentation + 1, let quote = quoteClosed(before: column, on: line, in: lines) {
      let apostrophe =
        quote == "'" ? "; inside single quotes, write an apostrophe as ''" : ""
      return SyntaxExplanation(
        line: line, column: column,
        message: "more text follows the closing quote \(quote); put the whole value in quotes"
          + apostrophe)
    }
    guard let above = lines.contentLine(before: line) else {
      return SyntaxExplanation(
        line: line, column: column, message: "YAML did not expect this line here")
    }
    let aboveIndentation = lines.indentation(above)
    if indentation == aboveIndentation, lines.isListItem(line), !lines.isListItem(above) {
      return SyntaxExplanation(
        line: line, column: column,
        message:
          "a list item ('- ') among keys: the entry above it (line \(above)) holds 'key: value' "
          + "lines; remove the '- ', or put the list under a key of its own")
    }
    return SyntaxExplanation(
      line: line, column: indentation + 1,
      message: "this line is indented differently from the entry above it (line \(above)): "
        + "\(spaces(indentation)) here, \(spaces(aboveIndentation)) there; line it up with the entry it "
        + "belongs to")
  }

  /// The quote that closes a value just before `column` of `line` (spaces between allowed).
  private static func quoteClosed(before column: Int, on line: Int, in lines: YAMLLines) -> String?
  {
    let before = lines.text(line).prefix(max(0, column - 1)).reversed().drop { $0 == " " }
    guard let last = before.first, last == "\"" || last == "'" else { return nil }
    return String(last)
  }

  private static func spaces(_ count: Int) -> String {
    count == 1 ? "1 space" : "\(count) spaces"
  }
}
