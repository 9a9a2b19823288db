import Foundation
import Testing

@testable import Knowledge

/// The line scanner reads the plainest YAML without libyaml: whatever it reads must give exactly the tree
/// libyaml's events give, and it must read the layouts big decks come in.
@Suite("Reading plain YAML without libyaml")
struct YAMLLineScannerTests {
  /// The scanner's tree of `yaml`, if it reads it.
  static func scanned(_ yaml: String) -> YAMLTree? {
    var yaml = yaml
    yaml.makeContiguousUTF8()
    return yaml.utf8.withContiguousStorageIfAvailable { YAMLLineScanner.read($0) } ?? nil
  }

  /// libyaml's tree of `yaml`, if it reads it.
  static func fromEvents(_ yaml: String) -> YAMLTree? {
    var yaml = yaml
    yaml.makeContiguousUTF8()
    return yaml.utf8.withContiguousStorageIfAvailable { YAMLEventReader.readEvents($0) } ?? nil
  }

  /// Whether the scanner read `yaml`; when it did, its tree must be libyaml's.
  @discardableResult
  static func expectAgrees(
    _ yaml: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Bool {
    guard let tree = scanned(yaml) else { return false }
    let reference = fromEvents(yaml)
    if tree != reference {
      Issue.record(
        "\(name): \(difference(tree, reference))\n\(yaml)", sourceLocation: sourceLocation)
    }
    return true
  }

  /// Where two trees first differ, in a few words.
  static func difference(_ tree: YAMLTree, _ reference: YAMLTree?) -> String {
    guard let reference else { return "libyaml does not read it" }
    for (index, (mine, theirs)) in zip(tree.records, reference.records).enumerated()
    where mine != theirs {
      let text = { (tree: YAMLTree, record: YAMLTree.Record) in
        record.kind == .scalar ? tree.strings[Int(record.first)] : "\(record.kind)"
      }
      return
        "record \(index): \(mine) “\(text(tree, mine))” against \(theirs) “\(text(reference, theirs))”"
    }
    if tree.records.count != reference.records.count {
      return "\(tree.records.count) records against \(reference.records.count)"
    }
    return tree.strings != reference.strings ? "strings differ" : "children differ"
  }

  /// A deck as big decks are written: flow mappings on one line, as the benchmark's synthetic model has them.
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
      - id: card-2
        kind: truefalse
        statement: "Tabs\\tand unicode: é 😀"
        answer: true
        section: "Imported"
        explanation: "From Notes."
    """

  @Test("it reads the layouts big decks come in, to libyaml's tree")
  func readsPlainLayouts() {
    for (name, yaml) in [("flow", Self.flowDeck), ("imported", Self.importedDeck)] {
      #expect(Self.expectAgrees(yaml, name), "\(name) is read")
      #expect(Self.expectAgrees(yaml + "\n", name + " with a final line break"))
    }
  }

  @Test(
    "whatever it reads of the sample decks is libyaml's tree",
    arguments: YAMLEventReaderTests.samples)
  func samples(_ sample: DeckTextSplitTests.Sample) {
    Self.expectAgrees(sample.yaml, sample.name)
    // Each piece the loader reads on its own.
    if let split = DeckTextSplit.split(sample.yaml, minimumBytes: 0, runBytes: 300) {
      for (index, text) in ([split.rest] + split.runs.map(\.text)).enumerated() {
        Self.expectAgrees(text, "\(sample.name), piece \(index)")
      }
    }
  }

  @Test("it gives up on what it does not read, and on every unusual text")
  func givesUp() {
    for sample in YAMLEventReaderTests.unusual {
      #expect(Self.scanned(sample.yaml) == nil, "\(sample.name)")
    }
    let outside = [
      "a: 'single'\n", "a: |\n  block\n", "a: >\n  folded\n", "a: plain\n  continued\n",
      "a: \"two\n  lines\"\n", "a: [1,\n  2]\n", "a:\n- indentless\n", "- \n", "-\n  a: 1\n",
      "- - nested\n", "a: -1\n", "a: b: c\n", "a : b\n", "{a: 1}\n", "plain\n", "a: {b: }\n",
      "a: [b, ]\n", "a: [b: c]\n", "a: {b:c}\n", "a: \"\\x41\"\n", "a: \"\\ud800\"\n", "a: b\r\n",
      "a: \u{85}\n", "a: b\u{2028}c\n", "a:\n  b: 1\n c: 2\n", "a: 1\n  b: 2\n", "a: [b # c]\n",
      "? a\n: b\n", "a: @b\n", "a: `b`\n", "a: %b\n", "a: ,b\n",
    ]
    for yaml in outside { #expect(Self.scanned(yaml) == nil, "\(yaml)") }
  }

  @Test("every scalar style is libyaml's text when it is read")
  func scalarStyles() {
    for scalar in YAMLEventReaderTests.scalars + ["a: b", "a:b", "x # y", "é", "\"\\u00e9\""] {
      for yaml in [
        "key: \(scalar)\n", "- \(scalar)\n", "outer:\n  inner: \(scalar)\n", "list: [\(scalar)]\n",
        "map: {k: \(scalar)}\n", "- k: \(scalar)\n  other: 1\n",
      ] {
        Self.expectAgrees(yaml, yaml)
      }
    }
  }

  @Test("mutated decks: what it reads is libyaml's tree", arguments: 0..<4)
  func mutatedDecks(_ source: Int) throws {
    let texts = [Self.flowDeck, Self.importedDeck, SyntheticDeck.yaml, try realDeckText()]
    let lines = texts[source].split(separator: "\n", omittingEmptySubsequences: false)
    var read = 0
    for seed in 0..<1_500 {
      if Self.expectAgrees(YAMLEventReaderTests.mutant(lines, seed: seed * 4 + source), "\(seed)") {
        read += 1
      }
    }
    // The comparison must cover the scanner reading, not only its giving up (the real deck has
    // multi-line scalars, which it leaves to libyaml).
    if source < 2 { #expect(read > 100) }
  }
}
