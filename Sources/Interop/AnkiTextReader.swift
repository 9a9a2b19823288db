import Foundation

/// Reads Anki's plain-text notes (`Notes in Plain Text`, and what Anki's text import accepts): optional
/// `#key:value` header lines (`#separator`, `#html`, `#columns`, `#tags column`, `#guid column`,
/// `#notetype column`, `#deck column`, `#deck`, `#notetype`, `#tags`), then one note per record.
///
/// Columns named in `#columns` are used by name where they say what they hold (Front/Back, Text, Recall's
/// own card table: prompt, answer, explanation, section, id); otherwise the first field is asked and the
/// second is the answer, the rest becoming the explanation. A cloze note type, or `{{c1::…}}` in the first
/// field, makes cloze cards.
public enum AnkiTextReader {
  /// Reads the file at `path`, whose text is `text`.
  public static func read(text: String, path: String) throws(InteropError) -> ImportedDeck {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var header = Header()
    var bodyStart = 0
    while bodyStart < lines.count, lines[bodyStart].hasPrefix("#") {
      header.read(lines[bodyStart].dropFirst())
      bodyStart += 1
    }
    let records = try DelimitedText.records(
      lines[bodyStart...], delimiter: header.delimiter, firstLine: bodyStart + 1, path: path)
    let fileTitle = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let title = header.deck ?? fileTitle
    var converter = NoteConverter(
      deck: ImportedDeck(
        title: title, sourceTitle: "Anki text file \((path as NSString).lastPathComponent)"))
    let meta = Set(
      [header.tagsColumn, header.guidColumn, header.notetypeColumn, header.deckColumn].compactMap {
        $0
      })
    let labels = header.columns.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    func column(_ names: [String]) -> Int? {
      for name in names {
        if let index = labels.firstIndex(of: name), !meta.contains(index + 1) { return index }
      }
      return nil
    }
    let questionColumn = column(["front", "prompt", "question", "text"])
    let answerColumn = column(["back", "answer"])
    let explanationColumn = column(["explanation", "extra", "back extra"])
    let sectionColumn = column(["section"])
    let idColumn = column(["id"])
    for record in records {
      converter.deck.notes += 1
      func field(_ number: Int?) -> String? {
        number.flatMap { record.fields[safe: $0 - 1] }
      }
      func content(_ text: String) -> String { header.html ? text : AnkiNote.html(text) }
      let used = Set(
        [questionColumn, answerColumn, explanationColumn, sectionColumn, idColumn].compactMap {
          $0.map { $0 + 1 }
        })
      var free = (1...max(1, record.fields.count)).filter {
        !meta.contains($0) && !used.contains($0)
      }
      let question = questionColumn.map { $0 + 1 } ?? (free.isEmpty ? nil : free.removeFirst())
      let tags =
        (field(header.tagsColumn) ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        + header.tags
      let deckName = field(header.deckColumn) ?? header.deck ?? title
      let section = field(sectionColumn.map { $0 + 1 }) ?? deckName
      let questionText = field(question) ?? ""
      let id =
        field(header.guidColumn).map(ImportedID.from(guid:))
        ?? field(idColumn.map { $0 + 1 }).map(ImportedID.slug)
        ?? ImportedID.from(text: questionText)
      let noteType = field(header.notetypeColumn) ?? header.notetype ?? ""
      if noteType.lowercased().contains("cloze")
        || questionText.range(of: #"\{\{c\d+::"#, options: .regularExpression) != nil
      {
        converter.cloze(
          id: id, text: content(questionText), extra: free.compactMap { field($0) }.map(content),
          tags: tags,
          section: section, ordinals: nil)
        continue
      }
      let answer = answerColumn.map { $0 + 1 } ?? (free.isEmpty ? nil : free.removeFirst())
      guard let answerText = field(answer), !questionText.isEmpty else {
        throw .badLine(
          path: path, line: record.line,
          message: "expected a question and an answer separated by \(header.delimiterName)")
      }
      var extra = free.compactMap { field($0) }
      if let explanation = field(explanationColumn.map { $0 + 1 }) {
        extra.insert(explanation, at: 0)
      }
      converter.basic(
        id: id, question: content(questionText), answer: content(answerText),
        extra: extra.map(content),
        tags: tags, section: section)
    }
    return converter.finish()
  }

  /// The header lines that matter.
  struct Header {
    var delimiter: Character = "\t"
    var delimiterName = "a tab"
    var html = true
    var columns: [String] = []
    var tagsColumn: Int?
    var guidColumn: Int?
    var notetypeColumn: Int?
    var deckColumn: Int?
    var deck: String?
    var notetype: String?
    var tags: [String] = []

    mutating func read(_ line: Substring) {
      guard let colon = line.firstIndex(of: ":") else { return }
      let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
      switch key {
      case "separator":
        let names: [String: (Character, String)] = [
          "tab": ("\t", "a tab"), "comma": (",", "a comma"), "semicolon": (";", "a semicolon"),
          "space": (" ", "a space"), "pipe": ("|", "a pipe"), "colon": (":", "a colon"),
        ]
        if let found = names[value.lowercased()] {
          (delimiter, delimiterName) = found
        } else if value.count == 1, let character = value.first {
          (delimiter, delimiterName) = (character, "'\(character)'")
        }
      case "html": html = value.lowercased() == "true"
      case "columns": columns = value.components(separatedBy: String(delimiter))
      case "tags column": tagsColumn = Int(value)
      case "guid column": guidColumn = Int(value)
      case "notetype column": notetypeColumn = Int(value)
      case "deck column": deckColumn = Int(value)
      case "deck": deck = value.isEmpty ? nil : value
      case "notetype": notetype = value
      case "tags": tags = value.split(whereSeparator: \.isWhitespace).map(String.init)
      default: break
      }
    }
  }
}
