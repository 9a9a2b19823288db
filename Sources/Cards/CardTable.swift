import Foundation

/// Cards as data for other tools: the JSON export contract and a tab-separated card table.
public enum CardTable {
  /// One card in the export contract: id, kind, prompt, answer, accepted, choices, explanation, tags, section,
  /// the fact it asks about (`sibling`), the unit of knowledge it presents (`unit`); `note` (the reference)
  /// only on a card that goes beyond the deck's source.
  public struct Row: Encodable, Sendable {
    let id: String
    let kind: String
    let prompt: String
    let answer: String
    let accepted: [String]
    let choices: [String]?
    let correct: [Int]?
    let explanation: String
    let tags: [String]
    let section: String
    let sibling: String
    let unit: String
    let note: String?

    /// The row of `card`.
    public init(_ card: Card) {
      id = card.id.rawValue
      kind = card.kind.rawValue
      prompt = card.prompt
      answer = card.answer
      accepted = card.acceptedTexts
      choices = card.choices.isEmpty ? nil : card.choices
      correct =
        switch card.key {
        case .choice(_, let index): [index]
        case .select(_, let indexes): indexes.sorted()
        case .trueFalse(let value): [value ? 0 : 1]
        default: nil
        }
      explanation = card.explanation
      tags = card.tags
      section = card.section
      sibling = card.siblingKey
      unit = card.unit.rawValue
      note = card.teacherNote.map { $0.source ?? "" }
    }
  }

  /// A pretty-printed JSON array, keys sorted.
  public static func json(_ cards: [Card]) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(cards.map(Row.init))
  }

  /// The card table as tab-separated values, with header lines in Anki's syntax; tabs and newlines inside fields
  /// become spaces. For Anki itself, `recall deck export --format anki-tsv` writes notes (docs/anki.md).
  public static func tsv(_ cards: [Card]) -> String {
    func field(_ text: String) -> String {
      String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
    var out = "#separator:tab\n#html:false\n"
    out +=
      "#columns:id\tkind\tprompt\tanswer\taccepted\tchoices\texplanation\tsection\ttags\tnote\n"
    out += "#tags column:9\n"
    for card in cards {
      let row = [
        card.id.rawValue, card.kind.rawValue, card.prompt, card.answer,
        card.acceptedTexts.joined(separator: " | "), card.choices.joined(separator: " | "),
        card.explanation, card.section, card.tags.joined(separator: " "),
        card.teacherNote.map { "teacher's note: " + ($0.source ?? "") } ?? "",
      ]
      out += row.map(field).joined(separator: "\t") + "\n"
    }
    return out
  }
}
