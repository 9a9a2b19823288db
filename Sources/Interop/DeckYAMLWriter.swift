import Foundation
import Knowledge

/// Writes an imported deck as Recall deck YAML (`docs/deck-format.md`): a header naming the source, the
/// sections the cards cite, and every card as a hand-written card.
enum DeckYAMLWriter {
  /// The YAML text; card ids are made valid and unique, and cards without an explanation say where they
  /// came from.
  static func yaml(_ deck: ImportedDeck) -> String {
    var sections: [String] = []
    var seenSections: Set<String> = []
    for card in deck.cards where seenSections.insert(card.section).inserted {
      sections.append(card.section)
    }
    var out =
      "# Imported by `recall import` from \(deck.sourceTitle.replacingOccurrences(of: "\n", with: " ")).\n"
    out += "# Every card is a hand-written card (docs/deck-format.md); edit freely, keep the ids.\n"
    out += "deck:\n"
    out += "  title: \(quoted(deck.title))\n"
    out += "  version: 1\n"
    out += "  source:\n"
    out += "    title: \(quoted(deck.sourceTitle))\n"
    out += "    sections:\n"
    for section in sections { out += "      - \(quoted(section))\n" }
    out += deck.cards.isEmpty ? "cards: []\n" : "cards:\n"
    var usedIDs: Set<String> = []
    for card in deck.cards {
      var id = ImportedID.slug(card.id)
      if !usedIDs.insert(id).inserted {
        var number = 2
        let base = String(id.prefix(75))
        while !usedIDs.insert("\(base)-\(number)").inserted { number += 1 }
        id = "\(base)-\(number)"
      }
      out += "  - id: \(id)\n"
      switch card.content {
      case .recall(let prompt, let answer, let accept):
        out += "    kind: recall\n    prompt: \(quoted(prompt))\n    answer: \(quoted(answer))\n"
        if !accept.isEmpty { out += "    accept: \(list(accept))\n" }
      case .cloze(let text, let accept):
        out += "    kind: cloze\n    text: \(quoted(text))\n"
        if !accept.isEmpty { out += "    accept: \(list(accept))\n" }
      case .choice(let prompt, let answer, let wrong):
        out += "    kind: choice\n    prompt: \(quoted(prompt))\n    answer: \(quoted(answer))\n"
        out += "    wrong: \(list(wrong))\n"
      case .trueFalse(let statement, let isTrue):
        out += "    kind: truefalse\n    statement: \(quoted(statement))\n    answer: \(isTrue)\n"
      case .list(let prompt, let items):
        out += "    kind: list\n    prompt: \(quoted(prompt))\n    items: \(list(items))\n"
      }
      out += "    section: \(quoted(card.section))\n"
      let explanation = card.explanation.isEmpty ? "From \(deck.sourceTitle)." : card.explanation
      out += "    explanation: \(quoted(explanation))\n"
      if !card.tags.isEmpty { out += "    tags: \(list(card.tags))\n" }
    }
    return out
  }

  /// The line (from 1) each card of `yaml`, as written by `yaml(_:)`, starts on, in card order: every
  /// card starts with a `  - id:` line, and no other line does (texts are quoted on one line).
  static func cardLines(_ yaml: String) -> [Int] {
    yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { $0.element.hasPrefix("  - id: ") }.map { $0.offset + 1 }
  }

  /// A YAML flow list of quoted texts.
  static func list(_ texts: [String]) -> String {
    "[" + texts.map(quoted).joined(separator: ", ") + "]"
  }

  /// A double-quoted YAML scalar: backslash, quote and control characters escaped.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": break
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
        {
          out += String(format: "\\u%04X", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
