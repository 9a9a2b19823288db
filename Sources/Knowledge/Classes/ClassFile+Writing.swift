import Foundation

extension ClassFile {
  /// The learner id a display name gets on a roster: lowercase letters and digits, words joined by `-`,
  /// accents dropped and Latin letters without an ASCII form spelt in ASCII ("Amy Smith" → `amy-smith`,
  /// "Cara Díaz" → `cara-diaz`, "Elif Yılmaz" → `elif-yilmaz`, "Smith, Amy" → `smith-amy`); letters of
  /// other scripts are kept as they are (learner names may hold any letter); at most 64 characters;
  /// `learner` when nothing is left.
  public static func learnerID(forName name: String) -> String {
    let folded = name.lowercased().folding(options: .diacriticInsensitive, locale: nil)
    var id = ""
    var pendingDash = false
    for scalar in folded.unicodeScalars {
      let ascii = asciiSpelling[scalar] ?? String(scalar)
      let keep =
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        || asciiSpelling[scalar] != nil || scalar.properties.isAlphabetic && scalar.value > 0x7f
      guard keep else {
        pendingDash = true
        continue
      }
      if pendingDash, !id.isEmpty { id += "-" }
      pendingDash = false
      id += ascii
    }
    let cut = String(id.unicodeScalars.prefix(64))
    let trimmed = cut.hasSuffix("-") ? String(cut.dropLast()) : cut
    return trimmed.isEmpty ? "learner" : trimmed
  }

  /// Latin letters that keep no accent to drop, spelt in ASCII as names are usually transliterated.
  private static let asciiSpelling: [Unicode.Scalar: String] = [
    "ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
    "ħ": "h", "ŀ": "l",
  ]

  /// The roster a teacher pastes as text, one learner a line: a display name (its id made by
  /// ``learnerID(forName:)``), or `id<TAB>name`. Blank lines and lines starting with `#` are skipped; an id
  /// made twice gets `-2`, `-3`, … so that two Amy Smiths stay two learners.
  public static func roster(text: String, file: String) -> [Member] {
    var members: [Member] = []
    var taken: Set<String> = []
    // Split on any line break: a roster saved on Windows ends its lines with "\r\n", one Character.
    for (offset, rawLine) in text.split(
      omittingEmptySubsequences: false, whereSeparator: \.isNewline
    )
    .enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let parts = line.split(separator: "\t", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let name = parts.count == 2 ? parts[1] : line
      let base = parts.count == 2 ? parts[0] : learnerID(forName: line)
      var id = base
      var suffix = 2
      while taken.contains(id) {
        id = "\(base)-\(suffix)"
        suffix += 1
      }
      taken.insert(id)
      members.append(
        Member(
          id: id, name: name, location: SourceLocation(file: file, line: offset + 1, column: 1)))
    }
    return members
  }

  /// A new class file's text: the roster, the deck and the start day, with comments that show how to add
  /// targets and fixed quizzes (the file is meant to be edited by hand).
  public static func newFileText(
    name: String, deck: String, start: Day, roster: [Member]
  ) -> String {
    var lines = [
      "# Recall class file: the roster, deck, targets and fixed quizzes of one class.",
      "# Edit it by hand; every key is described in docs/classes.md.",
      "#   recall class --class \(name)                     who needs help, the misconceptions",
      "#   recall class collect FILES|DIR --class \(name)   file the learners' exported progress",
      "#   recall class --class \(name) --csv grades.csv    a gradebook for Canvas or Moodle",
      "title: \(quoted(name))",
      "deck: \(quoted(deck))",
      "start: \(start)               # targets are paced from this day",
      "",
      "# Learner ids (what each learner studies under: --learner ID, or RECALL_LEARNER=ID) and the",
      "# names you see. For the gradebook, an entry may add the student number and the platform's",
      "# user name:  amy-smith: { name: Amy Smith, sis: \"1042\", login: asmith }",
    ]
    if roster.isEmpty {
      lines.append("roster: {}")
    } else {
      lines.append("roster:")
      for member in roster {
        var fields = ["name: \(quoted(member.name))"]
        if let sis = member.sis { fields.append("sis: \(quoted(sis))") }
        if let login = member.login { fields.append("login: \(quoted(login))") }
        lines.append(
          fields.count == 1
            ? "  \(member.id): \(quoted(member.name))"
            : "  \(member.id): { \(fields.joined(separator: ", ")) }")
      }
    }
    lines += [
      "",
      "# Units known by a day; learners below the pace it sets are flagged as behind:",
      "#   - units: 40",
      "#     by: 2026-12-15",
      "targets: []",
      "",
      "# Fixed quizzes: every learner gets the same questions with  recall quiz --set NAME",
      "#   week-1:",
      "#     title: Week 1 check",
      "#     tags: [types]        # or  units: [unit ids]  asked in that order",
      "#     questions: 10",
      "#     minutes: 5",
      "#     seed: 7              # draws the same questions, options in the same order, for all",
      "#     ask: choose          # the rung: judge, choose, select, complete, produce (default), list",
      "quizzes: {}",
      "",
      "# Who needs help, besides being below the targets' pace or not having started (the defaults):",
      "# no study for inactive-days days; true retention under retention (over 20 answers or more);",
      "# units known under median-share of the class median (once the median is 10 units or more).",
      "#   needs-help:",
      "#     inactive-days: 7",
      "#     retention: 0.7",
      "#     median-share: 0.5",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` as a double-quoted YAML scalar.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
