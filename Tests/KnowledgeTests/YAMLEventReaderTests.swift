import Foundation
import TestSupport
import TestTraits
import Testing
import Utilities

@testable import Knowledge

/// The deck loader composes YAML from libyaml's events itself: for any text it must give what Yams' composition
/// gives (`YamsReference`), the same tree or the same error.
@Suite("Composing a deck's YAML from libyaml's events")
struct YAMLEventReaderTests {
  /// A text the loader reads, by name.
  struct Sample: Sendable, CustomTestStringConvertible {
    let name: String
    let yaml: String
    var testDescription: String { name }
  }

  /// Expects the reader's tree or error to be Yams'; returns whether there was a document.
  @discardableResult
  static func expectSame(
    _ yaml: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Bool {
    let composed = YamsReference.composed(yaml)
    let reference = YamsReference.reference(yaml)
    #expect(composed.agrees(with: reference), "\(name)", sourceLocation: sourceLocation)
    if case .document = composed { return true }
    return false
  }

  static let facts = SyntheticDeck.facts

  /// `text` with two spaces fewer at the start of each line.
  static func dedented(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }
      .joined(separator: "\n")
  }

  /// Layouts a deck may come in, the broken decks and the real decks.
  static let samples: [Sample] = {
    var samples = [
      Sample(name: "the synthetic deck", yaml: SyntheticDeck.yaml),
      Sample(
        name: "facts at the top level's indentation",
        yaml: SyntheticDeck.yaml(facts: facts.map(dedented))),
      Sample(
        name: "comments at the start of lines between and inside items",
        yaml: SyntheticDeck.yaml(facts: facts.map { "# about the next fact\n" + $0 + "  # done\n" })
      ),
      Sample(
        name: "a quoted explanation over two lines",
        yaml: SyntheticDeck.yaml(
          facts: facts.map {
            $0.replacingOccurrences(
              of: "explanation: ", with: "explanation: \"in two\n      lines: "
            )
            .replacingOccurrences(of: ".\n", with: ".\"\n")
          })),
      Sample(
        name: "a block scalar explanation",
        yaml: SyntheticDeck.yaml(
          facts: facts.map {
            $0.replacingOccurrences(
              of: "explanation: ", with: "explanation: |\n      line one\n      ")
          })),
      Sample(
        name: "flow items over several lines",
        yaml: SyntheticDeck.yaml(facts: [
          "  - {id: a-one, subject: gout, relation: lesion-site,\n    object: knees, section: Signs,\n"
            + "    explanation: One.}\n",
          "  - {id: a-two, subject: sle, relation: lesion-site, object: face,\n"
            + "      section: Signs, explanation: Two.}\n",
        ])),
      Sample(
        name: "an alias to an anchor in an earlier item",
        yaml: SyntheticDeck.yaml(facts: [
          facts[0].replacingOccurrences(of: "section: Signs", with: "section: &where Signs"),
          facts[1].replacingOccurrences(of: "section: Signs", with: "section: *where"),
        ])),
      Sample(name: "a fact id used twice", yaml: SyntheticDeck.yaml(facts: facts + [facts[0]])),
      Sample(
        name: "an unterminated quote in an item",
        yaml: SyntheticDeck.yaml(facts: [facts[0], "  - id: \"broken\n", facts[1]])),
      Sample(
        name: "a key twice in an item",
        yaml: SyntheticDeck.yaml(facts: [
          facts[0],
          facts[1].replacingOccurrences(of: "    section:", with: "    id: x\n    section:"),
        ])),
      Sample(name: "a second facts section", yaml: SyntheticDeck.yaml + "facts:\n" + facts[0]),
      Sample(name: "a document marker", yaml: "---\n" + SyntheticDeck.yaml),
      Sample(
        name: "a tab before an item", yaml: SyntheticDeck.yaml(facts: facts + ["\t- id: tabbed\n"])),
      Sample(
        name: "carriage returns",
        yaml: SyntheticDeck.yaml.replacingOccurrences(of: "\n", with: "\r\n")),
      Sample(
        name: "facts as a flow list",
        yaml: SyntheticDeck.yaml(facts: []).replacingOccurrences(
          of: "facts:\n", with: "facts: []\n")),
      Sample(
        name: "text where the items should be",
        yaml: SyntheticDeck.yaml(facts: ["  not an item\n"] + facts)),
      Sample(name: "flow mappings on one line, as big decks are written", yaml: flowDeck),
      Sample(name: "double-quoted texts with escapes, as imports are written", yaml: importedDeck),
    ]
    for broken in BrokenDeck.all {
      samples.append(Sample(name: "broken: \(broken.name)", yaml: broken.yaml))
    }
    return samples + realDecks
  }()

  static var realDecks: [Sample] {
    ["calcinosis-cutis", "first-aid-burns"].compactMap { name in
      (try? String(
        contentsOf: packageRoot.appendingPathComponent("Decks/\(name).yaml"), encoding: .utf8))
        .map { Sample(name: name, yaml: $0) }
    }
  }

  /// A deck as big decks are written: flow mappings on one line.
  static let flowDeck = """
    deck:
      title: Flow
      version: 1
      source: {title: Generated, sections: [Generated, "Other one"]}
    classes:
      class-0: {name: thing 0}
      class-1: {name: thing 1}   # a comment
    entities:
      entity-0: {class: class-0, name: entity number 0, aliases: [e0]}
      entity-1: {class: class-1, name: "entity \\"one\\"", aliases: []}
    relations:
      rel-0:
        subject: class-0
        object: class-1
        ask: Which thing 1 goes with {subject}?
        statement: "{subject} goes with {object}."

    facts:
      - {id: fact-0, subject: entity-0, relation: rel-0, objects: [entity-1], section: Generated, explanation: Generated fact 0.}
      - {id: fact-1, subject: entity-0, relation: rel-0, objects: [], section: Generated, explanation: Fact#1 (see below) é.}
    """

  /// A deck as `recall import` writes it: block mappings in a list, double-quoted texts with escapes.
  static let importedDeck = """
    # Imported by `recall import` from Notes.
    deck:
      title: "Notes"
      version: 1
      source:
        title: "Notes"
        sections:
          - "Imported"
    cards:
      - id: card-1
        kind: recall
        prompt: "What is \\"x\\"?\\nOn two lines"
        answer: "caf\\u00e9 \\\\ done"
        accept: ["x", "y"]
        section: "Imported"
        explanation: "From Notes."
        tags: ["a", "b"]
    """

  @Test(
    "the same tree or error as Yams for every layout, broken deck and real deck", arguments: samples
  )
  func sameAsYams(_ sample: Sample) {
    Self.expectSame(sample.yaml, sample.name)
  }

  /// Texts outside the plain YAML decks are written in.
  static let unusual: [(name: String, yaml: String)] = [
    ("an anchor and an alias", "a: &x 1\nb: *x\n"),
    ("an anchor on a mapping", "a: &x {b: 1}\nc: *x\n"),
    ("an anchor named again", "a: &x 1\nb: &x 2\nc: *x\n"),
    ("an alias as a key", "a: &k b\n*k : 2\n"),
    ("an alias as a duplicate key", "a: &k b\nb: 1\n*k : 2\n"),
    ("an alias inside its own anchor", "a: &x [1, *x]\n"),
    ("an undefined alias", "a: *x\n"),
    ("an explicit tag", "a: !!str 1\n"),
    ("a local tag on a mapping", "a: !thing {b: 1}\n"),
    ("a tag on a sequence", "a: !!seq [1]\n"),
    ("a duplicate key", "a: 1\na: 2\n"),
    ("a duplicate key, quoted", "a: 1\n\"a\": 2\n"),
    ("a duplicate key, tagged as text", "a: 1\n!!str a: 2\n"),
    ("equal texts with other tags", "1: a\n!!int 1: b\n! 1: c\n"),
    ("two duplicate keys", "b: 1\na: 2\nb: 3\na: 4\n"),
    ("two duplicate keys that are mappings", "{b: 1}: x\n{a: 1}: y\n{b: 1}: z\n{a: 1}: w\n"),
    ("duplicate keys of two kinds", "? \n: 1\n? {}\n: 2\n? \n: 3\n? {}\n: 4\n"),
    ("duplicate keys with the same text", "1: a\n!!int 1: b\n1: c\n!!int 1: d\n"),
    ("a duplicate key in a big mapping", (0..<40).map { "k\($0): v\n" }.joined() + "k3: w\n"),
    ("keys equal as Swift text", "\u{E9}: 1\ne\u{301}: 2\n"),
    ("a duplicate key in a nested mapping", "a:\n  b: 1\n  b: 2\nc: [\n"),
    ("a merge key", "a: {b: 1}\nc:\n  <<: {b: 2}\n"),
    ("a mapping as key", "? {a: 1}\n: 2\n"),
    ("a sequence as key", "[a, b]: 1\n"),
    ("two documents", "a: 1\n---\nb: 2\n"),
    ("two documents, the second broken", "a: 1\n---\nb: [\n"),
    ("a directive", "%YAML 1.1\n---\na: 1\n"),
    ("a tag directive", "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n"),
    ("an empty file", ""),
    ("only a comment", "# nothing\n"),
    ("only a document marker", "---\n"),
    ("a byte-order mark", "\u{FEFF}a: b\n"),
    ("a byte-order mark in a scalar", "a: \"\u{FEFF}b\"\n"),
    ("two byte-order marks in a scalar", "a: \"\u{FEFF}\u{FEFF}b\"\n"),
    ("only a byte-order mark in a scalar", "a: \"\u{FEFF}\"\n"),
    ("a syntax error", "a: [1, 2\n"),
    ("a tab for indentation", "a:\n\tb: 1\n"),
    ("a bad escape", "a: \"\\q\"\n"),
    ("a control character", "a: b\u{1}c\n"),
    ("a control character after carriage returns", "a: b\r\nc: d\r\n\u{1}e: f\r\n"),
    ("a control character after a combining accent", "a: e\u{301}\nb: x\u{2}\n"),
    ("a scalar root", "text\n"),
    ("a list root", "- a\n- b\n"),
  ]

  @Test("the same tree or error as Yams for unusual YAML")
  func unusualTexts() {
    for sample in Self.unusual {
      Self.expectSame(sample.yaml, sample.name)
      Self.expectSame(
        SyntheticDeck.yaml + "\n" + sample.yaml, "the synthetic deck, then \(sample.name)")
    }
  }

  @Test("the same tree or error as Yams for every input of the fuzz corpus")
  func fuzzCorpus() throws {
    let inputs = try FuzzCorpus.inputs(of: "yaml-reader")
    #expect(!inputs.isEmpty)
    for (name, bytes) in inputs {
      Self.expectSame(String(decoding: bytes, as: UTF8.self), name)
    }
  }

  /// Scalars of every style and what Yams' basic resolver would make of them: the reader reads each as text.
  static let scalars: [String] = [
    "plain", "'single ''quoted'''", "\"double \\\"quoted\\\" \\u00e9 \\t tab\"",
    "|\n  literal\n  block\n", ">\n  folded\n  block\n\n  para\n", "|-\n  strip\n",
    ">+\n  keep\n\n",
    "true", "yes", "No", "~", "null", "NULL", "", "0x1F", "0o17", "1_000", "1e3", ".5", "-.inf",
    ".nan", "2026-11-25", "12:30:00", "'true'", "\"1\"", "plain with  two spaces", "\"trailing \"",
    "\"\\0nul\"", "é and 😀", "\"\\u202E\"", "a # comment", "\"line\\nbreak\"", "'multi\n  line'",
    "plain\n  continued", "\"\\x41\"", "\"\\ud800\"", "a: b", "\"\\u00e9\"",
  ]

  @Test("every scalar style reads to the text Yams gives")
  func scalarStyles() {
    for (index, scalar) in Self.scalars.enumerated() {
      for yaml in [
        "key: \(scalar)\n", "- \(scalar)\n", "outer:\n  inner: \(scalar)\n", "list: [\(scalar)]\n",
        "map: {k: \(scalar)}\n", "- k: \(scalar)\n  other: 1\n",
      ] {
        Self.expectSame(yaml, "scalar \(index): \(yaml)")
      }
      let quantity = SyntheticDeck.yaml.replacingOccurrences(of: "min: ", with: "min: \(scalar)\n#")
      Self.expectSame(quantity, "scalar \(index) as a number")
    }
  }

  /// A seeded mutation of `lines`: lines dropped, repeated, swapped, indented, cut, or given a YAML character.
  static func mutant(_ lines: [Substring], seed: Int) -> String {
    var random = SplitMix64(seed: UInt64(seed))
    var lines = lines
    let noise = [
      ":", "-", "{", "}", "[", "]", "\"", "'", "\t", " ", "#", "&a ", "*a", "!", "!!str ", "%", "|",
      ">", "? ", "<<: ", "---", "...", "\u{0}", "é", "😀", "\u{FEFF}", "\r", "\\", ",", "~", "@",
    ]
    let changes = Int.random(in: 1...3, using: &random)
    for _ in 0..<changes where !lines.isEmpty {
      let at = Int.random(in: 0..<lines.count, using: &random)
      switch Int.random(in: 0..<7, using: &random) {
      case 0: lines.remove(at: at)
      case 1: lines.insert(lines[at], at: at)
      case 2: lines.swapAt(at, Int.random(in: 0..<lines.count, using: &random))
      case 3: lines[at] = " " + lines[at]
      case 4: lines[at] = lines[at].dropFirst(Int.random(in: 1...4, using: &random))
      default:
        var line = String(lines[at])
        let offset = line.isEmpty ? 0 : Int.random(in: 0..<line.count, using: &random)
        line.insert(
          contentsOf: noise[Int.random(in: 0..<noise.count, using: &random)],
          at: line.index(line.startIndex, offsetBy: offset))
        lines[at] = Substring(line)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// A quarter of the mutations by default, all with `RECALL_TEST_SCALE=full` (``TestScale``).
  @Test("mutated decks: the same tree or error as Yams", .tags(.heavy), arguments: 0..<4)
  func mutatedDecks(_ source: Int) throws {
    let texts = [SyntheticDeck.yaml, try realDeckText(), Self.flowDeck, Self.importedDeck]
    let lines = texts[source].split(separator: "\n", omittingEmptySubsequences: false)
    let full = source == 1 ? 150 : 400  // the real deck is the biggest
    let count = try TestScale.count(quick: full / 4, full: full)
    var documents = 0
    for seed in 0..<count {
      if Self.expectSame(Self.mutant(lines, seed: seed * 4 + source), "mutation \(seed)") {
        documents += 1
      }
    }
    // Many mutants are still YAML: the comparison must cover trees, not only errors.
    #expect(documents > count / 8)
  }
}
