import Foundation

/// HTML reduced to plain text, as Recall's cards hold it: tags stripped, line breaks kept as newlines,
/// character references decoded, and media references (`<img>`, `[sound:…]`) found and removed.
enum HTMLText {
  /// The text with line breaks (`<br>`, the ends of `div`, `p`, `li` and table rows) as newlines, list
  /// items as "- ", spaces collapsed and blank lines dropped.
  static func text(_ html: String) -> String {
    var text = html.replacingOccurrences(
      of: #"<(style|script)\b[^>]*>.*?</\1\s*>"#, with: "",
      options: [.regularExpression, .caseInsensitive])
    text = removingMedia(text)
    text = text.replacingOccurrences(
      of: #"<br\s*/?>|</(div|p|li|tr|h[1-6])\s*>"#, with: "\n",
      options: [.regularExpression, .caseInsensitive])
    text = text.replacingOccurrences(
      of: #"<li\b[^>]*>"#, with: "- ", options: [.regularExpression, .caseInsensitive])
    text = text.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
    text = decodingEntities(text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
    return lines.filter { !$0.isEmpty }.joined(separator: "\n")
  }

  /// The text on one line (line breaks as spaces).
  static func line(_ html: String) -> String {
    text(html).replacingOccurrences(of: "\n", with: " ")
  }

  /// The media files a field refers to: image sources and `[sound:…]` names.
  static func mediaReferences(_ html: String) -> [String] {
    var names: [String] = []
    for pattern in [#"<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)"#, #"\[sound:([^\]]+)\]"#] {
      guard let expression = try? NSRegularExpression(pattern: pattern, options: .caseInsensitive)
      else { continue }
      let range = NSRange(html.startIndex..., in: html)
      for match in expression.matches(in: html, range: range) {
        if let found = Range(match.range(at: 1), in: html) { names.append(String(html[found])) }
      }
    }
    return names
  }

  private static func removingMedia(_ html: String) -> String {
    html.replacingOccurrences(
      of: #"<img\b[^>]*>|\[sound:[^\]]*\]"#, with: "",
      options: [.regularExpression, .caseInsensitive])
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
    "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
    "times": "×", "deg": "°", "plusmn": "±", "micro": "µ", "middot": "·", "bull": "•",
    "rarr": "→", "larr": "←", "le": "≤", "ge": "≥", "ne": "≠", "copy": "©", "reg": "®",
    "shy": "", "zwj": "", "zwnj": "",
  ]

  /// Named (the common ones) and numeric character references decoded; unknown ones left as they are.
  static func decodingEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      guard character == "&",
        let semicolon = text[index...].prefix(12).firstIndex(of: ";")
      else {
        out.append(character)
        index = text.index(after: index)
        continue
      }
      let name = text[text.index(after: index)..<semicolon]
      var decoded: String?
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
          String($0)
        }
      } else if name.hasPrefix("#") {
        decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
      } else {
        decoded = named[String(name)]
      }
      if let decoded {
        out += decoded
        index = text.index(after: semicolon)
      } else {
        out.append(character)
        index = text.index(after: index)
      }
    }
    return out
  }
}
