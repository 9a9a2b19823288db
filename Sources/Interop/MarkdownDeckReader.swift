import Foundation
import Knowledge

/// Reads Markdown flashcards in the `Q:` / `A:` / `C:` style of plain-text tools such as hashcards.
///
/// `Q:` starts a question and `A:` its answer; `C:` starts a cloze text whose `[bracketed]` parts are the
/// gaps, one card per gap. Each part runs until the next `Q:`, `C:` or heading and may span lines; an
/// answer made only of `- item` lines becomes a list card. A first `# Heading` names the deck, later
/// headings name the section of the cards below them. Other text between cards is ignored.
public enum MarkdownDeckReader {
  /// Reads the file at `path`, whose text is `text`.
  public static func read(text: String, path: String) throws(InteropError) -> ImportedDeck {
    let fileName = (path as NSString).lastPathComponent
    var deck = ImportedDeck(
      title: (fileName as NSString).deletingPathExtension, sourceTitle: "Markdown file \(fileName)")
    var section: String?
    var sawTitle = false
    var part: (marker: Character, line: Int, lines: [String])?
    var question: (line: Int, text: String)?

    func finish() throws(InteropError) {
      guard let current = part else { return }
      part = nil
      let body = current.lines.joined(separator: "\n").trimmingCharacters(
        in: .whitespacesAndNewlines)
      switch current.marker {
      case "Q":
        if let question {
          throw .badLine(
            path: path, line: question.line, message: "question without an answer (A:)")
        }
        guard !body.isEmpty else {
          throw .badLine(path: path, line: current.line, message: "empty question")
        }
        question = (current.line, body)
      case "A":
        guard let asked = question else {
          throw .badLine(
            path: path, line: current.line, message: "answer (A:) without a question (Q:)")
        }
        question = nil
        guard !body.isEmpty else {
          throw .badLine(path: path, line: current.line, message: "empty answer")
        }
        deck.notes += 1
        deck.cards.append(
          ImportedCard(
            id: ImportedID.from(text: asked.text), content: content(asked.text, body),
            section: section ?? deck.title, explanation: "", tags: [], line: asked.line))
      default:
        if let question {
          throw .badLine(
            path: path, line: question.line, message: "question without an answer (A:)")
        }
        let gaps = gapRanges(body)
        guard !gaps.isEmpty else {
          throw .badLine(
            path: path, line: current.line, message: "cloze (C:) without a [bracketed] gap")
        }
        deck.notes += 1
        for (number, gap) in gaps.enumerated() {
          var text = ""
          var index = body.startIndex
          for other in gaps {
            text += body[index..<other.lowerBound]
            let inner = body[
              body.index(after: other.lowerBound)..<body.index(before: other.upperBound)]
            text += other == gap ? "{{\(inner)}}" : String(inner)
            index = other.upperBound
          }
          text += body[index...]
          deck.cards.append(
            ImportedCard(
              id: ImportedID.from(text: body) + (gaps.count > 1 ? "-c\(number + 1)" : ""),
              content: .cloze(text: text, accept: []), section: section ?? deck.title,
              explanation: "", tags: [], line: current.line))
        }
      }
    }

    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let number = offset + 1
      if line.hasPrefix("#") {
        try finish()
        let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        if !sawTitle, deck.cards.isEmpty, line.hasPrefix("# ") {
          deck.title = heading
          sawTitle = true
        } else if !heading.isEmpty {
          section = heading
        }
        continue
      }
      if let marker = line.first, "QAC".contains(marker), line.dropFirst().first == ":" {
        try finish()
        part = (marker, number, [String(line.dropFirst(2))])
        continue
      }
      part?.lines.append(String(line))
    }
    try finish()
    if let question {
      throw .badLine(path: path, line: question.line, message: "question without an answer (A:)")
    }
    return deck
  }

  /// A question/answer card, or a list card when the answer is a bulleted list of two or more items.
  private static func content(_ question: String, _ answer: String) -> HandwrittenCard.Content {
    let lines = answer.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    let bullets = lines.filter { $0.hasPrefix("- ") || $0.hasPrefix("* ") }
    if lines.count >= 2, bullets.count == lines.count {
      return .list(prompt: question, items: bullets.map { String($0.dropFirst(2)) })
    }
    return .recall(prompt: question, answer: lines.joined(separator: " "), accept: [])
  }

  /// The `[gap]` ranges of a cloze text (brackets included), skipping Markdown links `[text](url)`.
  private static func gapRanges(_ text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var index = text.startIndex
    while let open = text[index...].firstIndex(of: "["),
      let close = text[text.index(after: open)...].firstIndex(of: "]")
    {
      let after = text.index(after: close)
      index = after
      if after < text.endIndex, text[after] == "(" { continue }
      if text.index(after: open) == close { continue }
      ranges.append(open..<after)
    }
    return ranges
  }
}
