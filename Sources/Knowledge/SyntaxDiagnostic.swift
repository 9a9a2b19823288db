import Yams

/// Turns a YAML parser error into a located diagnostic.
enum SyntaxDiagnostic {
  static func make(from error: any Error, yaml: String, file: String) -> DeckDiagnostic {
    func at(_ line: Int, _ column: Int, _ message: String) -> DeckDiagnostic {
      DeckDiagnostic(.error, at: SourceLocation(file: file, line: line, column: column), message)
    }
    guard let yamlError = error as? YamlError else { return at(1, 1, "\(error)") }
    switch yamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
      return at(mark.line, mark.column, "YAML syntax: \(problem)\(detail)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? "?"
      let first = context.mark
      let (line, column) =
        secondOccurrence(of: key, line: first.line, column: first.column, in: yaml)
        ?? (first.line, first.column)
      return at(
        line, column, "duplicate key '\(key)' (first at line \(first.line)); ids must be unique")
    case .reader(let problem, let offset, _, _):
      let line = offset.map { yaml.unicodeScalars.prefix($0).filter { $0 == "\n" }.count + 1 } ?? 1
      return at(line, 1, "unreadable text: \(problem)")
    default:
      return at(1, 1, "\(yamlError)")
    }
  }

  /// The next line after the first occurrence that starts, at the same indentation, with `key:`.
  private static func secondOccurrence(
    of key: String, line: Int, column: Int, in yaml: String
  ) -> (Int, Int)? {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    guard line >= 1, line <= lines.count else { return nil }
    let indent = column - 1
    for index in line..<lines.count {
      let text = lines[index]
      let leading = text.prefix { $0 == " " }.count
      let rest = text.dropFirst(leading)
      if leading == indent, rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") {
        return (index + 1, leading + 1)
      }
    }
    return nil
  }
}
