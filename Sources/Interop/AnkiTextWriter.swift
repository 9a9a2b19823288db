/// Writes notes as a file for Anki's text import (File › Import): header lines that set everything up, then
/// one note per line — guid, Front, Back, tags — with the same HTML fields as the package.
///
/// The header names the separator (tab), says the fields are HTML, names the note type (`Basic`, which
/// every Anki collection has, with fields Front and Back), the deck (Recall's deck title; Anki uses it when a
/// deck of that name exists) and the guid and tags columns, so importing again updates the notes.
public enum AnkiTextWriter {
  /// The text of the file.
  public static func text(_ notes: [AnkiNote], deckName: String) -> String {
    var out = "#separator:tab\n#html:true\n#notetype:Basic\n"
    out += "#deck:\(deckName.replacingOccurrences(of: "\n", with: " "))\n"
    out += "#guid column:1\n#tags column:4\n#columns:guid\tFront\tBack\ttags\n"
    for note in notes {
      out +=
        [note.guid, note.front, note.back, note.tags.joined(separator: " ")].map(field)
        .joined(separator: "\t") + "\n"
    }
    return out
  }

  /// A field quoted when it holds a tab, a quote or a line break.
  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "\t" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
