import Foundation
import Knowledge
import Utilities

/// Errors of an imported deck, told in terms of the file the user imported.
///
/// The deck's YAML is checked before it is written, so its lines are in no file the user can open: each
/// error is put at the line of the imported file its card was read from (for formats read by line), and
/// the file named is the one imported.
extension DeckImport {
  /// The error for `errors` found in `yaml`, the YAML of `deck`; without `sourcePath`, as the YAML has them.
  static func failure(
    _ errors: [DeckDiagnostic], _ deck: ImportedDeck, _ yaml: String, outputPath: String,
    sourcePath: String?
  ) -> InteropError {
    guard let sourcePath else {
      return .invalidDeck(path: outputPath, messages: errors.map(\.description))
    }
    let starts = DeckYAMLWriter.cardLines(yaml)
    func sourceLine(_ yamlLine: Int) -> Int? {
      guard let index = starts.lastIndex(where: { $0 <= yamlLine }), index < deck.cards.count
      else { return nil }
      return deck.cards[index].line
    }
    let located = errors.map { error in
      (line: sourceLine(error.location.line), message: retold(error.message, sourceLine))
    }
    guard let first = located.first, let line = first.line else {
      return .invalidDeck(
        path: sourcePath,
        messages: located.map { ($0.line.map { "line \($0): " } ?? "") + $0.message })
    }
    let others = located.dropFirst()
    let lines = others.compactMap(\.line)
    let more =
      others.isEmpty
      ? ""
      : " (and \(plural(others.count, "more problem"))"
        + (lines.isEmpty
          ? ""
          : ", at \(plural("line", count: lines.count)) "
            + lines.map(String.init).joined(separator: ", "))
        + ")"
    return .badLine(path: sourcePath, line: line, message: first.message + more)
  }

  /// `message` with the YAML lines it names ("(line 11)", "(first at line 11)") put as lines of the
  /// imported file, or left out when the card has none.
  static func retold(_ message: String, _ sourceLine: (Int) -> Int?) -> String {
    var text = message
    for opening in [" (line ", " (first at line "] {
      var out = ""
      var rest = Substring(text)
      while let found = rest.range(of: opening) {
        out += rest[..<found.lowerBound]
        let digits = rest[found.upperBound...].prefix { $0.isASCII && $0.isNumber }
        guard let yamlLine = Int(digits), rest[digits.endIndex...].first == ")" else {
          out += rest[found]
          rest = rest[found.upperBound...]
          continue
        }
        if let line = sourceLine(yamlLine) { out += opening + "\(line))" }
        rest = rest[rest.index(after: digits.endIndex)...]
      }
      text = out + rest
    }
    return text
  }
}
