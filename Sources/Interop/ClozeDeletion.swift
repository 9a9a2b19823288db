import Foundation
import Knowledge

/// One `{{c1::answer::hint}}` deletion of an Anki cloze note.
struct ClozeDeletion: Sendable, Hashable {
  /// The cloze number (`c1` → 1): each number is one Anki card.
  var number: Int
  /// The hidden text.
  var answer: String
  /// The hint shown in the gap, if any.
  var hint: String?
  /// Where it is in the text.
  var range: Range<String.Index>

  /// Every deletion in `text`, in order.
  static func find(in text: String) -> [ClozeDeletion] {
    guard
      let expression = try? NSRegularExpression(
        pattern: #"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}"#, options: .dotMatchesLineSeparators)
    else { return [] }
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      match in
      guard let whole = Range(match.range, in: text),
        let numberRange = Range(match.range(at: 1), in: text), let number = Int(text[numberRange]),
        let answerRange = Range(match.range(at: 2), in: text)
      else { return nil }
      let hint = Range(match.range(at: 3), in: text).map { String(text[$0]) }
      return ClozeDeletion(
        number: number, answer: String(text[answerRange]), hint: hint, range: whole)
    }
  }

  /// The card for cloze `number`: a cloze card when it has one gap, a list card (every gap, any order)
  /// when the same number hides several; the other deletions are shown filled in.
  static func card(
    _ text: String, _ deletions: [ClozeDeletion], number: Int
  ) -> HandwrittenCard.Content? {
    let asked = deletions.filter { $0.number == number }
    guard !asked.isEmpty, asked.allSatisfy({ !$0.answer.isEmpty }) else { return nil }
    var out = ""
    var index = text.startIndex
    for deletion in deletions {
      out += text[index..<deletion.range.lowerBound]
      if deletion.number != number {
        out += deletion.answer
      } else if asked.count == 1 {
        out += "{{\(deletion.answer)}}" + (deletion.hint.map { " (\($0))" } ?? "")
      } else {
        out += "_____" + (deletion.hint.map { " (\($0))" } ?? "")
      }
      index = deletion.range.upperBound
    }
    out += text[index...]
    if asked.count == 1 { return .cloze(text: out, accept: []) }
    return .list(prompt: out + " (fill every gap)", items: asked.map(\.answer))
  }
}
