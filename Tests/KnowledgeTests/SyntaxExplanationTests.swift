import TestSupport
import Testing
import Utilities

@testable import Knowledge

/// A YAML syntax error names the line a teacher got wrong and says what to do, instead of libyaml's grammar
/// ("did not find expected key (while parsing a block mapping at line 29)").
@Suite("SyntaxExplanation")
struct SyntaxExplanationTests {
  /// The one diagnostic loading `yaml` gives, as `line:column: message`.
  static func explained(_ yaml: String) -> String? {
    do {
      _ = try DeckLoader.diagnose(yaml: yaml, file: "d.yaml", deckID: "d")
    } catch {
      if case .syntax(let diagnostic) = error {
        return "\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.message)"
      }
    }
    return nil
  }

  @Test(
    "each usual mistake is explained at the line that has it",
    arguments: [
      (
        "entities:\n  mars:\n    class: planet\n   name: Mars\n",
        "4:4: this line is indented differently from the entry above it (line 3): 3 spaces here, 4 spaces"
          + " there; line it up with the entry it belongs to"
      ),
      (
        "entities:\n  mars:\n    class: planet\n    # the name\n\n   name: Mars\n",
        "6:4: this line is indented differently from the entry above it (line 3): 3 spaces here, 4 spaces"
          + " there; line it up with the entry it belongs to"
      ),
      (
        "deck:\n  title: A\n   version: 1\n",
        "3:4: this line is indented more than the entry above it (line 2), so YAML reads it as more of that"
          + " entry's value; line it up with the entry it belongs to"
      ),
      (
        "deck:\n  title: Burns: first aid\n",
        "2:15: the value after the key contains ': ', which YAML reads as a second key; put the whole"
          + " value in double quotes"
      ),
      (
        "a:\n  b: \"open\n  c: d\n  e: \"x\"\n",
        "2:6: the quote \" that opens this value is not closed on this line, so YAML reads on to the next"
          + " \" on line 4; close it"
      ),
      (
        "a:\n  b: x\n  c: \"open\n",
        "3:6: the quote \" that opens this value is never closed; close it"
      ),
      (
        "a:\n  b: 'Paget's disease'\n",
        "2:13: more text follows the closing quote '; put the whole value in quotes; inside single quotes,"
          + " write an apostrophe as ''"
      ),
      (
        "deck:\n  title: x\n\tversion: 1\n",
        "3:1: this line is indented with a tab; indent with spaces only"
      ),
      (
        "a:\n  b x\n  c: d\n",
        "2:3: this line has no ':' after its key, so YAML reads the next line as more of its text; write it"
          + " as 'key: value'"
      ),
      (
        "a:\n  b: [x, y\n  c: d\n",
        "2:6: the list opened with '[' here is not closed with ']', or two of its items have no comma"
          + " between them"
      ),
      (
        "a: [x, , y]\n",
        "1:8: an empty item in a [ ] list: two commas in a row, or a comma just before ']'"
      ),
      (
        "a:\n  b: x\n  - c\n",
        "3:3: a list item ('- ') among keys: the entry above it (line 2) holds 'key: value' lines; remove"
          + " the '- ', or put the list under a key of its own"
      ),
      (
        "a: - b\n",
        "1:4: '- ' after a key on the same line starts a list where a value belongs; put the value in double"
          + " quotes, or start the list on the next line"
      ),
      ("a: @b\n", "1:4: a value cannot start with '@'; put the whole value in double quotes"),
      ("a: `b`\n", "1:4: a value cannot start with '`'; put the whole value in double quotes"),
      (
        "a: {b\nc: d\n",
        "1:4: a value starting with '{' is read as a YAML mapping, and this one is not closed with '}'; put"
          + " the whole value in double quotes"
      ),
      ("a: | b\n", "1:6: the text after '|' or '>' must start on the next line, indented"),
      (
        "a: \"x \\q y\"\n",
        "1:7: a backslash inside double quotes starts an escape YAML does not know; write '\\\\' for a"
          + " backslash, or use single quotes"
      ),
    ])
  func explains(_ yaml: String, _ expected: String) {
    #expect(Self.explained(yaml) == expected)
  }

  @Test("an apostrophe inside plain text opens no quote")
  func apostropheInPlainText() {
    let lines = YAMLLines("a:\n  b: Paget's disease\n  c: it's \"so\"\n  d: x\n")
    #expect(lines.openQuotes(through: 4).isEmpty)
  }

  @Test("a quoted value that closes on a later line is found with the line that closes it")
  func multiLineQuote() {
    let lines = YAMLLines("a: 'one\n  two'\nb: \"three\n")
    #expect(
      lines.openQuotes(through: 3) == [
        YAMLLines.OpenQuote(quote: "'", line: 1, column: 4, closingLine: 2),
        YAMLLines.OpenQuote(quote: "\"", line: 3, column: 4, closingLine: nil),
      ])
  }
}

extension SyntaxExplanationTests {
  @Test("any one-character slip in a deck gives one located sentence inside the file")
  func slips() throws {
    let yaml = PlanetsDeckText.yaml
    let characters = Array(yaml.unicodeScalars)
    let slips: [Unicode.Scalar] = [
      " ", "\t", ":", "\"", "'", "-", "[", "]", "{", "#", "*", "@", "\n",
    ]
    let lineCount = yaml.count { $0 == "\n" } + 2
    var random = SplitMix64(seed: 17)
    var explained = 0
    for _ in 0..<400 {
      var mutated = characters
      let at = Int.random(in: 0..<mutated.count, using: &random)
      switch Int.random(in: 0..<3, using: &random) {
      case 0: mutated.insert(slips.randomElement(using: &random) ?? " ", at: at)
      case 1: mutated.remove(at: at)
      default: mutated[at] = slips.randomElement(using: &random) ?? " "
      }
      var text = ""
      text.unicodeScalars.append(contentsOf: mutated)
      guard let diagnostic = Self.syntaxDiagnostic(text) else { continue }
      explained += 1
      #expect((1...lineCount).contains(diagnostic.location.line), "\(diagnostic)")
      #expect(diagnostic.location.column >= 1, "\(diagnostic)")
      #expect(!diagnostic.message.isEmpty && !diagnostic.message.contains("\n"), "\(diagnostic)")
    }
    #expect(explained > 50)
  }

  static func syntaxDiagnostic(_ yaml: String) -> DeckDiagnostic? {
    do {
      _ = try DeckLoader.diagnose(yaml: yaml, file: "d.yaml", deckID: "d")
    } catch {
      if case .syntax(let diagnostic) = error { return diagnostic }
    }
    return nil
  }
}
