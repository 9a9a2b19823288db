import Utilities

/// Card ids for imported cards: valid deck ids (lowercase letters, digits and `-`, starting with a letter,
/// at most 80 characters), derived from what stays the same when the card is edited where there is one.
enum ImportedID {
  /// From an Anki note guid: the Recall card id back for notes Recall wrote (`recall:<deck>:<card>`),
  /// else `anki-` and a hash of the guid (guids hold any characters).
  static func from(guid: String) -> String {
    let parts = guid.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    if parts.count == 3, parts[0] == "recall" { return slug(String(parts[2])) }
    return "anki-" + String(FNV1aHash.hash(guid), radix: 16)
  }

  /// From the text of a question (formats without ids: editing the question changes the id).
  static func from(text: String) -> String {
    "card-" + String(FNV1aHash.hash(text), radix: 16)
  }

  /// `text` as a deck id: lowercase, other characters as single `-`, starting with a letter.
  static func slug(_ text: String) -> String {
    var out = ""
    for scalar in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty, !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    if out.first.map({ !$0.isLetter }) ?? true { out = "card-" + out }
    out = String(out.prefix(80))
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }
}
