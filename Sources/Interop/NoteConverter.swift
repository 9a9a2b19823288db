import Foundation
import Knowledge
import Utilities

/// Turns the HTML fields of one note (Anki package or text export) into hand-written cards, collecting
/// media references and warnings in the deck being built.
struct NoteConverter {
  /// The deck the cards and warnings go to.
  var deck: ImportedDeck
  /// Counts of cards that changed kind, for one summary warning each.
  private var selectAsList = 0
  private var missingMedia = 0
  private var skipped: [String: Int] = [:]

  /// The tag given to cards whose question showed a picture or played a sound that was not imported.
  static let missingMediaTag = "missing-media"

  init(deck: ImportedDeck) { self.deck = deck }

  /// The deck, with the summary warnings added.
  mutating func finish() -> ImportedDeck {
    if selectAsList > 0 {
      deck.warnings.append(
        "\(plural(selectAsList, "select-all-that-apply card")) became list cards "
          + "(name them all): hand-written cards have no select kind")
    }
    if missingMedia > 0 {
      deck.warnings.append(
        "\(missingMedia) card\(missingMedia == 1 ? "'s question refers" : "s' questions refer") to media "
          + "that was not imported: marked in the question and tagged \(Self.missingMediaTag)")
    }
    for (reason, count) in skipped.sorted(by: { $0.key < $1.key }) {
      deck.warnings.append("\(plural(count, "card")) skipped: \(reason)")
    }
    return deck
  }

  /// One question/answer card: `question` and `answer` are HTML; `extra` fields become the explanation.
  mutating func basic(
    id: String, question: String, answer: String, extra: [String], tags: [String], section: String
  ) {
    noteMedia([question, answer] + extra)
    if question.contains(#"class="recall-prompt""#) {
      structured(id: id, front: question, back: answer, tags: tags, section: section)
      return
    }
    let prompt = HTMLText.text(question)
    let answerText = HTMLText.line(answer)
    guard !prompt.isEmpty, !answerText.isEmpty else {
      skipped["an empty question or answer (a media-only field?)", default: 0] += 1
      return
    }
    let (marked, markedTags) = markingMissingMedia(prompt, of: question, tags: tags)
    deck.cards.append(
      ImportedCard(
        id: id, content: .recall(prompt: marked, answer: answerText, accept: []), section: section,
        explanation: explanation(extra), tags: markedTags))
  }

  /// The cards of a cloze note: one per cloze number in `ordinals` (0-based, as Anki's card `ord`), or
  /// every number found when `ordinals` is nil.
  mutating func cloze(
    id: String, text html: String, extra: [String], tags: [String], section: String,
    ordinals: [Int]?
  ) {
    noteMedia([html] + extra)
    let text = HTMLText.text(html)
    let deletions = ClozeDeletion.find(in: text)
    let numbers = ordinals.map { $0.map { $0 + 1 } } ?? Array(Set(deletions.map(\.number))).sorted()
    guard !deletions.isEmpty else {
      skipped["a cloze note without {{c1::…}} deletions", default: 0] += 1
      return
    }
    for number in numbers {
      guard let card = ClozeDeletion.card(text, deletions, number: number) else { continue }
      deck.cards.append(
        ImportedCard(
          id: numbers.count == 1 && number == 1 ? id : "\(id)-c\(number)", content: card,
          section: section, explanation: explanation(extra), tags: tags))
    }
  }

  /// A question whose picture or sound was left behind cannot be answered as it stands: the learner is told
  /// what is missing, and the card is tagged so that a teacher can find it (`recall deck show --tag`).
  private mutating func markingMissingMedia(
    _ prompt: String, of html: String, tags: [String]
  ) -> (String, [String]) {
    let names = HTMLText.mediaReferences(html)
    guard !names.isEmpty else { return (prompt, tags) }
    missingMedia += 1
    let note = "(not imported: \(names.joined(separator: ", ")))"
    return (
      "\(prompt) \(note)",
      tags.contains(Self.missingMediaTag) ? tags : tags + [Self.missingMediaTag]
    )
  }

  private func explanation(_ extra: [String]) -> String {
    extra.map(HTMLText.text).filter { !$0.isEmpty }.joined(separator: "\n")
  }

  private mutating func noteMedia(_ fields: [String]) {
    for field in fields { deck.media += HTMLText.mediaReferences(field) }
  }

  /// A note Recall wrote (`recall export --format apkg|anki-tsv`): its marked parts give the card back.
  private mutating func structured(
    id: String, front: String, back: String, tags: [String], section: String
  ) {
    let prompt = HTMLText.text(Self.element("recall-prompt", in: front) ?? "")
    let kind = Self.attribute("data-kind", of: "recall-prompt", in: front) ?? "recall"
    let options = Self.items(Self.element("recall-choices", in: front, tag: "ol") ?? "")
    let answerHTML = Self.element("recall-answer", in: back) ?? ""
    let items = Self.items(answerHTML)
    let answer = items.isEmpty ? HTMLText.line(answerHTML) : items.joined(separator: ", ")
    let accept = Self.spans(Self.element("recall-accept", in: back) ?? "")
    let explanation = HTMLText.text(Self.element("recall-explanation", in: back) ?? "")
    var source = HTMLText.line(Self.element("recall-source", in: back) ?? "")
    if source.hasPrefix("Source: ") { source.removeFirst("Source: ".count) }
    guard !prompt.isEmpty, !answer.isEmpty else {
      skipped["an empty question or answer", default: 0] += 1
      return
    }
    let content: HandwrittenCard.Content
    switch kind {
    // A case comes back as a choice: its vignette and question are the prompt.
    case "choice" where options.count >= 4 && options.contains(answer),
      "case" where options.count >= 4 && options.contains(answer):
      content = .choice(prompt: prompt, answer: answer, wrong: options.filter { $0 != answer })
    case "truefalse" where answer == "true" || answer == "false":
      content = .trueFalse(statement: prompt, isTrue: answer == "true")
    case "list" where !items.isEmpty:
      content = .list(prompt: prompt, items: items)
    case "select" where !items.isEmpty:
      selectAsList += 1
      content = .list(prompt: prompt, items: items)
    case "cloze" where prompt.components(separatedBy: "_____").count == 2:
      content = .cloze(
        text: prompt.replacingOccurrences(of: "_____", with: "{{\(answer)}}"), accept: accept)
    default:
      content = .recall(prompt: prompt, answer: answer, accept: accept)
    }
    deck.cards.append(
      ImportedCard(
        id: id, content: content, section: source.isEmpty ? section : source,
        explanation: explanation, tags: tags))
  }

  /// The inner HTML of the first `<tag class="name" …>` element (no nesting of the same tag inside).
  static func element(_ name: String, in html: String, tag: String = "div") -> String? {
    let pattern = #"<\#(tag)\b[^>]*class="\#(name)"[^>]*>(.*?)</\#(tag)>"#
    guard
      let match = html.range(of: pattern, options: [.regularExpression, .caseInsensitive])
    else { return nil }
    let whole = String(html[match])
    guard let open = whole.firstIndex(of: ">"),
      let close = whole.range(of: "</", options: .backwards)
    else { return nil }
    return String(whole[whole.index(after: open)..<close.lowerBound])
  }

  /// The value of `attribute` on the element of class `name`.
  static func attribute(_ attribute: String, of name: String, in html: String) -> String? {
    let pattern = #"class="\#(name)"[^>]*\b\#(attribute)="([^"]*)""#
    guard let match = html.range(of: pattern, options: .regularExpression) else { return nil }
    let whole = html[match]
    guard let start = whole.range(of: "\(attribute)=\"") else { return nil }
    return String(whole[start.upperBound...].dropLast())
  }

  /// The texts of the `<li>` items in `html`.
  static func items(_ html: String) -> [String] {
    pieces(of: "li", in: html)
  }

  /// The texts of the `<span>` elements in `html`.
  static func spans(_ html: String) -> [String] {
    pieces(of: "span", in: html)
  }

  private static func pieces(of tag: String, in html: String) -> [String] {
    guard let expression = try? NSRegularExpression(pattern: "<\(tag)\\b[^>]*>(.*?)</\(tag)>")
    else { return [] }
    return expression.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
      Range($0.range(at: 1), in: html).map { HTMLText.line(String(html[$0])) }
    }.filter { !$0.isEmpty }
  }
}
