import Cards
import Foundation

/// One Anki note made from one Recall card: the two fields of Recall's note type, the tags and a stable guid.
///
/// The fields are HTML whose `recall-*` classes mark each part (prompt, options, answer, accepted answers,
/// explanation, source), so that `recall import` can read a package it wrote back into the same cards. Anki
/// shows them as ordinary text: the options as a lettered list, the answer in bold.
public struct AnkiNote: Sendable, Hashable {
  /// The note's guid: `recall:<deck id>:<card id>`, so that importing a newer export updates the notes.
  public var guid: String
  /// The front: prompt, and the options of choice and select cards.
  public var front: String
  /// The back: answer, other accepted answers, explanation and source section.
  public var back: String
  /// Anki tags (no spaces: spaces become `_`).
  public var tags: [String]

  /// The note for `card` of the deck `deckID`.
  public init(card: Card, deckID: String) {
    guid = "recall:\(deckID):\(card.id.rawValue)"
    var front = #"<div class="recall-prompt" data-kind="\#(card.kind.rawValue)">"#
    front += Self.html(card.prompt) + "</div>"
    switch card.key {
    case .choice(let options, _), .select(let options, _):
      front += #"<ol class="recall-choices" type="a">"#
      front += options.map { "<li>\(Self.html($0))</li>" }.joined() + "</ol>"
    case .trueFalse:
      front += #"<div class="recall-hint">True or false?</div>"#
    default: break
    }
    self.front = front
    back = Self.back(card)
    tags = card.tags.map { String($0.map { $0.isWhitespace ? "_" : $0 }) }.filter { !$0.isEmpty }
  }

  private static func back(_ card: Card) -> String {
    var back: String
    switch card.key {
    case .list(let items):
      back = #"<div class="recall-answer"><ul>"#
      back += items.compactMap(\.first).map { "<li>\(html($0))</li>" }.joined() + "</ul></div>"
    case .select(let options, let correct):
      back = #"<div class="recall-answer"><ul>"#
      back += correct.sorted().map { "<li>\(html(options[$0]))</li>" }.joined() + "</ul></div>"
    case .number(let minimum, let maximum):
      back = #"<div class="recall-answer" data-min="\#(Card.format(minimum))""#
      back += #" data-max="\#(Card.format(maximum))">\#(html(card.answer))</div>"#
    default:
      back = #"<div class="recall-answer">\#(html(card.answer))</div>"#
    }
    if case .typed(let accepted, _) = card.key {
      var seen: Set<String> = [card.answer.lowercased()]
      let others = accepted.filter { seen.insert($0.lowercased()).inserted }
      if !others.isEmpty {
        back += #"<div class="recall-accept">Also accepted: "#
        back += others.map { "<span>\(html($0))</span>" }.joined(separator: "; ") + "</div>"
      }
    }
    if !card.explanation.isEmpty {
      back += #"<div class="recall-explanation">\#(html(card.explanation))</div>"#
    }
    if !card.section.isEmpty {
      back += #"<div class="recall-source">Source: \#(html(card.section))</div>"#
    }
    if let note = card.teacherNote {
      back += #"<div class="recall-note">Teacher's note, beyond the source"#
      back += (note.source.map { ": " + html($0) } ?? "") + "</div>"
    }
    return back
  }

  /// Text as HTML: the five special characters escaped, line breaks as `<br>`.
  static func html(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n", "\r\n": out += "<br>"
      default: out.append(character)
      }
    }
    return out
  }
}
