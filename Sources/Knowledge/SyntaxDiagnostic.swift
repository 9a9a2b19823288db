/// Puts a text that is not one YAML document into a located diagnostic, in the words of the person who
/// wrote it (`SyntaxExplanation`).
package enum SyntaxDiagnostic {
  /// The diagnostic for `failure`, located in `yaml`, the text of `file`.
  package static func make(
    from failure: YAMLEventReader.Failure, yaml: String, file: String
  ) -> DeckDiagnostic {
    func at(_ line: Int, _ column: Int, _ message: String) -> DeckDiagnostic {
      DeckDiagnostic(.error, at: SourceLocation(file: file, line: line, column: column), message)
    }
    switch failure {
    case .syntax(let problem, let line, let column, let context, let contextLine):
      let explained = SyntaxExplanation.explain(
        problem: problem, line: line, column: column, context: context, contextLine: contextLine,
        in: YAMLLines(yaml))
      return at(explained.line, explained.column, explained.message)
    case .duplicateKey(let key, let firstLine, let firstColumn):
      // A key that is not text cannot be searched for: the first occurrence stands for both.
      let (line, column) =
        key.flatMap { secondOccurrence(of: $0, line: firstLine, column: firstColumn, in: yaml) }
        ?? (firstLine, firstColumn)
      return at(
        line, column,
        "duplicate key '\(key ?? "<a mapping or list>")' (first at line \(firstLine)); ids must be unique"
      )
    case .unreadable(let problem, let byteOffset):
      let (line, column) = position(ofByte: byteOffset, in: yaml)
      return at(line, column, "unreadable text: \(problem)")
    case .outOfMemory:
      return at(1, 1, "YAML syntax: not enough memory to read the file")
    }
  }

  /// The line and column (in Unicode scalars, as libyaml counts them) of the UTF-8 byte at `offset`.
  private static func position(ofByte offset: Int, in yaml: String) -> (line: Int, column: Int) {
    let before = yaml.utf8.prefix(offset)
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) }
    let line = before.count { $0 == UInt8(ascii: "\n") } + 1
    // Every byte but a continuation byte (10xxxxxx) starts a scalar.
    let column = before[(lineStart ?? before.startIndex)...].count { $0 & 0xC0 != 0x80 } + 1
    return (line, column)
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
