import Foundation
import Testing

@testable import Knowledge

/// A big deck is composed in pieces on every core (`DeckTextSplit`, `DeckComposer`), and its facts read part by
/// part (`FactParser`): whatever the file, the result must be what reading it whole gives, diagnostics and
/// locations included. Small thresholds make the tests' small decks go both ways.
@Suite("Reading a deck in pieces")
struct DeckTextSplitTests {
  /// A text the loader reads, by name.
  struct Sample: Sendable, CustomTestStringConvertible {
    let name: String
    let yaml: String
    /// Whether the layout is one that is cut (the others must be read whole); nil: either.
    let cuts: Bool?
    var testDescription: String { name }
  }

  /// Everything loading a text gives, to compare.
  struct Outcome: Equatable {
    var diagnostics: [DeckDiagnostic] = []
    var classes: [EntityClass] = []
    var entities: [Entity] = []
    var relations: [Relation] = []
    var facts: [Fact] = []
    var quantities: [Quantity] = []
    var cards: [HandwrittenCard] = []
    var source: DeckSource?
  }

  static func outcome(
    _ yaml: String, splittingFrom minimumBytes: Int, runBytes: Int, readingEvents: Bool = true
  ) -> Outcome {
    do {
      let (deck, diagnostics) = try DeckLoader.diagnose(
        yaml: yaml, file: "split.yaml", deckID: "split", splittingFrom: minimumBytes,
        runBytes: runBytes, readingEvents: readingEvents)
      var outcome = Outcome(diagnostics: diagnostics)
      if let deck {
        outcome.classes = deck.classes
        outcome.entities = deck.entities
        outcome.relations = deck.relations
        outcome.facts = deck.facts
        outcome.quantities = deck.quantities
        outcome.cards = deck.cards
        outcome.source = deck.source
      }
      return outcome
    } catch {
      return Outcome(diagnostics: error.diagnostics)
    }
  }

  static let facts = SyntheticDeck.facts

  /// `text` with two spaces fewer at the start of each line.
  static func dedented(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }
      .joined(separator: "\n")
  }

  static let samples: [Sample] = {
    var samples = [
      Sample(name: "the synthetic deck", yaml: SyntheticDeck.yaml, cuts: true),
      Sample(
        name: "facts at the top level's indentation",
        yaml: SyntheticDeck.yaml(facts: facts.map(dedented)), cuts: true),
      Sample(
        name: "comments at the start of lines between and inside items",
        yaml: SyntheticDeck.yaml(
          facts: facts.map { "# about the next fact\n" + $0 + "  # done\n" }),
        cuts: true),
      Sample(
        name: "a quoted explanation over two lines",
        yaml: SyntheticDeck.yaml(
          facts: facts.map {
            $0.replacingOccurrences(
              of: "explanation: ", with: "explanation: \"in two\n      lines: "
            )
            .replacingOccurrences(of: ".\n", with: ".\"\n")
          }),
        cuts: true),
      Sample(
        name: "a block scalar explanation",
        yaml: SyntheticDeck.yaml(
          facts: facts.map {
            $0.replacingOccurrences(
              of: "explanation: ", with: "explanation: |\n      line one\n      ")
          }),
        cuts: true),
      Sample(
        name: "flow items over several lines",
        yaml: SyntheticDeck.yaml(facts: [
          "  - {id: a-one, subject: gout, relation: lesion-site,\n    object: knees, section: Signs,\n"
            + "    explanation: One.}\n",
          "  - {id: a-two, subject: sle, relation: lesion-site, object: face,\n"
            + "      section: Signs, explanation: Two.}\n",
        ]),
        cuts: true),
      Sample(
        name: "an alias to an anchor in an earlier item",
        yaml: SyntheticDeck.yaml(facts: [
          facts[0].replacingOccurrences(of: "section: Signs", with: "section: &where Signs"),
          facts[1].replacingOccurrences(of: "section: Signs", with: "section: *where"),
        ]),
        cuts: true),
      Sample(
        name: "a fact id used twice, in different runs",
        yaml: SyntheticDeck.yaml(facts: facts + [facts[0]]), cuts: true),
      Sample(
        name: "an unterminated quote in an item",
        yaml: SyntheticDeck.yaml(facts: [facts[0], "  - id: \"broken\n", facts[1]]), cuts: true),
      Sample(
        name: "a key twice in an item",
        yaml: SyntheticDeck.yaml(
          facts: [
            facts[0],
            facts[1].replacingOccurrences(of: "    section:", with: "    id: x\n    section:"),
          ]),
        cuts: true),
      Sample(
        name: "a second facts section",
        yaml: SyntheticDeck.yaml + "facts:\n" + facts[0], cuts: false),
      Sample(
        name: "a document marker",
        yaml: "---\n" + SyntheticDeck.yaml, cuts: false),
      Sample(
        name: "a tab before an item",
        yaml: SyntheticDeck.yaml(facts: facts + ["\t- id: tabbed\n"]), cuts: false),
      Sample(
        name: "carriage returns",
        yaml: SyntheticDeck.yaml.replacingOccurrences(of: "\n", with: "\r\n"), cuts: false),
      Sample(
        name: "facts as a flow list",
        yaml: SyntheticDeck.yaml(facts: []).replacingOccurrences(
          of: "facts:\n", with: "facts: []\n"),
        cuts: false),
      Sample(
        name: "text where the items should be",
        yaml: SyntheticDeck.yaml(facts: ["  not an item\n"] + facts), cuts: false),
    ]
    for broken in BrokenDeck.all {
      samples.append(Sample(name: "broken: \(broken.name)", yaml: broken.yaml, cuts: nil))
    }
    if let real = try? realDeckText() {
      samples.append(Sample(name: "the real deck", yaml: real, cuts: true))
    }
    return samples
  }()

  @Test("reading in pieces gives what reading whole gives", arguments: samples)
  func sameOutcome(_ sample: Sample) {
    let whole = Self.outcome(sample.yaml, splittingFrom: .max, runBytes: .max)
    for runBytes in [1, 300, 2_000] {
      #expect(
        Self.outcome(sample.yaml, splittingFrom: 0, runBytes: runBytes) == whole,
        "runs of \(runBytes) bytes")
    }
  }

  @Test("only a layout that can be cut with certainty is cut", arguments: samples)
  func cutsOnlyClearLayouts(_ sample: Sample) {
    let split = DeckTextSplit.split(sample.yaml, minimumBytes: 0, runBytes: 1)
    if let cuts = sample.cuts { #expect((split != nil) == cuts) }
    guard let split else { return }
    // Every line stays on its line: the rest keeps the line count, and the runs are the emptied lines.
    let lines = sample.yaml.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      split.rest.split(separator: "\n", omittingEmptySubsequences: false).count == lines.count)
    for run in split.runs {
      let runLines = run.text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(runLines.first.map(String.init) == String(lines[run.linesBefore]))
    }
  }

  @Test("a small file is read whole")
  func smallFilesAreNotCut() {
    #expect(DeckTextSplit.split(SyntheticDeck.yaml) == nil)
  }
}
