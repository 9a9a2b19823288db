import Cards
import Foundation
import Knowledge

/// Writes everything the loader, the generator and the linter produce for a few decks, one text file per deck
/// and seed, so that an optimisation can be checked with `cmp` against a dump made before it
/// (`RECALL_BENCH_DUMP=DIR`). Sets are written sorted: only their contents are output.
enum OutputDump {
  static func write(to directory: String, benchmarkYAML: String) throws {
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    var decks: [(name: String, yaml: String)] = [
      ("synthetic", benchmarkYAML),
      ("varied", VariedModel().yaml()),
      ("varied-broken", VariedModel(broken: true).yaml()),
    ]
    for name in ["calcinosis-cutis", "first-aid-burns"] {
      if let text = try? String(contentsOfFile: "Decks/\(name).yaml", encoding: .utf8) {
        decks.append((name, text))
      }
    }
    for (name, yaml) in decks {
      var out = ""
      do {
        let result = try DeckLoader.diagnose(yaml: yaml, file: "\(name).yaml", deckID: name)
        out += "== load\n"
        for diagnostic in result.diagnostics { out += "\(diagnostic)\n" }
        if let deck = result.deck {
          out += "== lint\n"
          for diagnostic in DeckLinter.lint(deck) { out += "\(diagnostic)\n" }
          for seed: UInt64 in [0, 7] {
            var report = GenerationReport()
            let cards = CardGenerator(deck: deck, seed: seed).generate(report: &report)
            out += "== cards, seed \(seed)\n"
            for card in cards { out += describe(card) }
            out += "== report, seed \(seed)\n"
            for missing in report.missingChoices { out += "\(missing)\n" }
            for leak in report.leaks { out += "\(leak)\n" }
          }
        }
      } catch {
        out += "== error\n\(error)\n"
      }
      try out.write(toFile: "\(directory)/\(name).txt", atomically: true, encoding: .utf8)
      print("wrote \(directory)/\(name).txt")
    }
  }

  static func describe(_ card: Card) -> String {
    let key: String =
      switch card.key {
      case .typed(let accepted, let entities): "typed \(accepted) \(entities.sorted())"
      case .select(let options, let correct): "select \(options) \(correct.sorted())"
      default: "\(card.key)"
      }
    return """
      \(card.id) \(card.kind) \(card.location.map(String.init(describing:)) ?? "-")
        prompt: \(card.prompt)
        answer: \(card.answer)
        key: \(key)
        explanation: \(card.explanation) | \(card.section) | \(card.tags) | \(card.siblingKey)

      """
  }
}
