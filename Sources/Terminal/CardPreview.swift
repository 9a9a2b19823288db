import Cards
import Utilities

/// A readable preview of cards for teachers (`recall deck show`): question, options, answer, what else is
/// accepted, explanation and source.
public enum CardPreview {
  /// The preview of `cards`, wrapped to `width`.
  public static func render(_ cards: [Card], width: Int = 80, style: TextStyle = .plain) -> String {
    var out = ""
    for card in cards {
      out += style.dim("\(card.kind.rawValue) · \(card.id)") + "\n"
      if let vignette = CaseText(card) {
        out += WordWrap.paragraphs(vignette.stem, width: width, indent: "  ") + "\n"
        out += style.bold(WordWrap.paragraphs(vignette.question, width: width, indent: "  ")) + "\n"
      } else {
        out += style.bold(WordWrap.paragraphs(card.prompt, width: width, indent: "  ")) + "\n"
      }
      for (index, option) in card.choices.enumerated() where card.kind != .truefalse {
        let isRight =
          switch card.key {
          case .choice(_, let correct): index == correct
          case .select(_, let correct): correct.contains(index)
          default: false
          }
        let line = WordWrap.wrap(
          InertText.make(option), width: width,
          indent: "    \(ChoiceLetters.letter(index))) ", hangingIndent: "       ")
        out += (isRight ? style.green(line + "  ✓") : line) + "\n"
      }
      out +=
        style.green(
          WordWrap.wrap(
            "→ " + InertText.make(card.answer), width: width, indent: "  ", hangingIndent: "    "))
        + "\n"
      let others = otherAccepted(card)
      if !others.isEmpty {
        out +=
          style.dim(
            WordWrap.wrap(
              "also accepted: " + others.joined(separator: "; "), width: width, indent: "    "))
          + "\n"
      }
      out += style.dim(WordWrap.paragraphs(card.explanation, width: width, indent: "  ")) + "\n"
      if let note = CaseText.noteLine(card) {
        out += style.dim(WordWrap.paragraphs(note, width: width, indent: "  ")) + "\n"
      }
      let tags = card.tags.isEmpty ? "" : " · " + card.tags.joined(separator: ", ")
      out += style.dim("  [\(InertText.make(card.section))\(tags)]") + "\n\n"
    }
    return out
  }

  static func otherAccepted(_ card: Card) -> [String] {
    switch card.key {
    case .typed(let accepted, _):
      let shown = AnswerText.normalize(card.answer)
      return accepted.filter { AnswerText.normalize($0) != shown }.map(InertText.make)
    case .list(let items):
      return items.compactMap { item in
        item.count > 1 ? item.dropFirst().map(InertText.make).joined(separator: " / ") : nil
      }
    case .number(let minimum, let maximum):
      return ["any number from \(Card.format(minimum)) to \(Card.format(maximum))"]
    default:
      return []
    }
  }
}
