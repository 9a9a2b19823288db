import Foundation
import Testing
import Yams

@testable import Knowledge

/// The deck loader reads a file from libyaml's events (`YAMLEventReader`) when it can, and with Yams otherwise:
/// for any text, both ways must give the same deck, the same diagnostics and the same errors.
@Suite("Reading a deck from libyaml's events")
struct YAMLEventReaderTests {
  typealias Sample = DeckTextSplitTests.Sample

  /// The deck both ways: whole, and in pieces of `runBytes` when the layout allows.
  static func expectSameOutcome(
    _ yaml: String, _ name: String, runBytes: [Int] = [300],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let reference = DeckTextSplitTests.outcome(
      yaml, splittingFrom: .max, runBytes: .max, readingEvents: false)
    let whole = DeckTextSplitTests.outcome(yaml, splittingFrom: .max, runBytes: .max)
    #expect(whole == reference, "\(name), read whole", sourceLocation: sourceLocation)
    for runBytes in runBytes {
      let pieces = DeckTextSplitTests.outcome(yaml, splittingFrom: 0, runBytes: runBytes)
      #expect(
        pieces == reference, "\(name), runs of \(runBytes) bytes", sourceLocation: sourceLocation)
    }
  }

  /// The tree Yams composes, when the event reader reads the text at all.
  static func expectSameTree(_ yaml: String, _ name: String) {
    guard let tree = YAMLEventReader.read(yaml) else { return }
    let node = try? Yams.compose(yaml: yaml, Resolver.basic)
    #expect(node.map(YAMLTree.init) == tree, "\(name)")
  }

  static var realDecks: [Sample] {
    ["calcinosis-cutis", "first-aid-burns"].compactMap { name in
      (try? String(
        contentsOf: packageRoot.appendingPathComponent("Decks/\(name).yaml"), encoding: .utf8))
        .map { Sample(name: name, yaml: $0, cuts: nil) }
    }
  }

  static let samples = DeckTextSplitTests.samples + realDecks

  @Test("the same deck, diagnostics and errors as reading with Yams", arguments: samples)
  func sameOutcome(_ sample: Sample) {
    Self.expectSameOutcome(sample.yaml, sample.name, runBytes: [1, 300, 2_000])
    Self.expectSameTree(sample.yaml, sample.name)
  }

  @Test("the real and synthetic decks are read from events")
  func readsPlainDecks() throws {
    #expect(YAMLEventReader.read(SyntheticDeck.yaml) != nil)
    #expect(YAMLEventReader.read(try realDeckText()) != nil)
    for deck in Self.realDecks { #expect(YAMLEventReader.read(deck.yaml) != nil, "\(deck.name)") }
  }

  /// Texts outside what the event reader reads: it gives up, and the loader's answer is Yams'.
  static let unusual: [(name: String, yaml: String)] = [
    ("an anchor and an alias", "a: &x 1\nb: *x\n"),
    ("an anchor on a mapping", "a: &x {b: 1}\n"),
    ("an undefined alias", "a: *x\n"),
    ("an explicit tag", "a: !!str 1\n"),
    ("a local tag on a mapping", "a: !thing {b: 1}\n"),
    ("a tag on a sequence", "a: !!seq [1]\n"),
    ("a duplicate key", "a: 1\na: 2\n"),
    ("a duplicate key, quoted", "a: 1\n\"a\": 2\n"),
    ("a duplicate key in a big mapping", (0..<40).map { "k\($0): v\n" }.joined() + "k3: w\n"),
    ("keys equal as Swift text", "\u{E9}: 1\ne\u{301}: 2\n"),
    ("a merge key", "a: {b: 1}\nc:\n  <<: {b: 2}\n"),
    ("a mapping as key", "? {a: 1}\n: 2\n"),
    ("a sequence as key", "[a, b]: 1\n"),
    ("two documents", "a: 1\n---\nb: 2\n"),
    ("a directive", "%YAML 1.1\n---\na: 1\n"),
    ("a tag directive", "%TAG !e! tag:example.com,2000:\n---\na: 1\n"),
    ("an empty file", ""),
    ("only a comment", "# nothing\n"),
    ("a byte-order mark in a scalar", "a: \"\u{FEFF}b\"\n"),
    ("a syntax error", "a: [1, 2\n"),
    ("a tab for indentation", "a:\n\tb: 1\n"),
    ("a bad escape", "a: \"\\q\"\n"),
    ("a control character", "a: b\u{1}c\n"),
  ]

  @Test("the event reader gives up on what it does not read exactly as Yams")
  func givesUp() {
    for sample in Self.unusual {
      #expect(YAMLEventReader.read(sample.yaml) == nil, "\(sample.name)")
      Self.expectSameOutcome(sample.yaml, sample.name)
      Self.expectSameOutcome(
        SyntheticDeck.yaml + "\n" + sample.yaml, "the synthetic deck then \(sample.name)")
    }
  }

  /// Scalars of every style and what Yams' basic resolver would make of them: the reader reads each as text.
  static let scalars: [String] = [
    "plain", "'single ''quoted'''", "\"double \\\"quoted\\\" \\u00e9 \\t tab\"",
    "|\n  literal\n  block\n",
    ">\n  folded\n  block\n\n  para\n", "|-\n  strip\n", ">+\n  keep\n\n", "true", "yes", "No", "~",
    "null",
    "NULL", "", "0x1F", "0o17", "1_000", "1e3", ".5", "-.inf", ".nan", "2026-11-25", "12:30:00",
    "'true'",
    "\"1\"", "plain with  two spaces", "\"trailing \"", "\"\\0nul\"", "é and 😀", "\"\\u202E\"",
    "a # comment", "\"line\\nbreak\"", "'multi\n  line'", "plain\n  continued",
  ]

  @Test("every scalar style reads to the text Yams gives")
  func scalarStyles() {
    for (index, scalar) in Self.scalars.enumerated() {
      for yaml in [
        "key: \(scalar)\n", "- \(scalar)\n", "outer:\n  inner: \(scalar)\n", "list: [\(scalar)]\n",
      ] {
        Self.expectSameTree(yaml, "scalar \(index): \(yaml)")
        let deck = SyntheticDeck.yaml.replacingOccurrences(
          of: "title: ", with: "title: \(scalar.contains("\n") ? "x" : scalar) ", options: [],
          range: SyntheticDeck.yaml.range(of: "title: "))
        Self.expectSameOutcome(deck, "scalar \(index) in the deck title")
      }
      let quantity = SyntheticDeck.yaml.replacingOccurrences(of: "min: ", with: "min: \(scalar)\n#")
      Self.expectSameOutcome(quantity, "scalar \(index) as a number")
      let answer = SyntheticDeck.yaml.replacingOccurrences(
        of: "answer: true", with: "answer: \(scalar)\n#")
      Self.expectSameOutcome(answer, "scalar \(index) as a boolean")
    }
  }

  /// A seeded mutation of `lines`: lines dropped, repeated, swapped, indented, cut, or given a YAML character.
  static func mutant(_ lines: [Substring], seed: Int) -> String {
    var random = SeededRandom(seed: UInt64(seed))
    var lines = lines
    let noise = [
      ":", "-", "{", "}", "[", "]", "\"", "'", "\t", " ", "#", "&a ", "*a", "!", "!!str ", "%", "|",
      ">",
      "? ", "<<: ", "---", "...", "\u{0}", "é", "😀", "\u{FEFF}", "\r", "\\", ",", "~", "@",
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

  @Test("mutated decks: the same outcome both ways", arguments: 0..<4)
  func mutatedDecks(_ source: Int) throws {
    let texts = [SyntheticDeck.yaml, try realDeckText()] + Self.realDecks.map(\.yaml)
    let lines = texts[source % texts.count].split(separator: "\n", omittingEmptySubsequences: false)
    let count = source == 1 ? 100 : 250  // the real deck is the biggest
    var readFromEvents = 0
    for seed in 0..<count {
      let text = Self.mutant(lines, seed: seed * 4 + source)
      if YAMLEventReader.read(text) != nil { readFromEvents += 1 }
      Self.expectSameOutcome(text, "source \(source), mutation \(seed)")
      Self.expectSameTree(text, "source \(source), mutation \(seed)")
    }
    // Many mutants are still plain YAML: the comparison must cover the event reader, not only its giving up.
    #expect(readFromEvents > count / 8)
  }
}

/// A small seeded generator (SplitMix64) for the mutations.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
