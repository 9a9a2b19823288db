/// Fills a relation's wording: `{subject}`, `{object}`, `{qualifier}`.
enum TemplateText {
  /// One pass over the template; an empty qualifier leaves no double space or space before punctuation.
  static func render(
    _ template: String, subject: String = "", object: String = "", qualifier: String? = nil
  ) -> String {
    var out = ""
    out.reserveCapacity(template.utf8.count + subject.utf8.count + object.utf8.count)
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let tail = rest[open...]
      if tail.hasPrefix("{subject}") {
        out += subject
        rest = tail.dropFirst(9)
      } else if tail.hasPrefix("{object}") {
        out += object
        rest = tail.dropFirst(8)
      } else if tail.hasPrefix("{qualifier}") {
        out += qualifier ?? ""
        rest = tail.dropFirst(11)
      } else {
        out.append("{")
        rest = tail.dropFirst()
      }
    }
    out += rest
    return tidy(out)
  }

  /// Collapses runs of spaces, drops a space before `?`, `.` or `,`, and trims the ends.
  static func tidy(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for character in text {
      if character == " " {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace, character != "?", character != ".", character != "," { out.append(" ") }
      pendingSpace = false
      out.append(character)
    }
    return out
  }

  /// "a, b and c".
  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }
}
