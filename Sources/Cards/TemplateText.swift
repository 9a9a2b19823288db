/// Fills a relation's wording: `{subject}`, `{object}`, `{qualifier}`.
///
/// ASCII text (nearly every template and name) is filled and tidied byte by byte; other text goes character by
/// character, so that a space or brace combined with a following mark is never split from it.
enum TemplateText {
  /// One pass over the template; an empty qualifier leaves no double space or space before punctuation.
  /// As a `sentence`, the first letter is capitalised (see `sentence(_:)`); otherwise (a phrase put inside
  /// another sentence) the text is left as the names make it.
  static func render(
    _ template: String, subject: String = "", object: String = "", qualifier: String? = nil,
    sentence: Bool = false
  ) -> String {
    var template = template
    if let rendered = template.utf8.withContiguousStorageIfAvailable({
      renderASCII($0, subject: subject, object: object, qualifier: qualifier, sentence: sentence)
    }), let rendered {
      return rendered
    }
    template.makeContiguousUTF8()
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
    return sentence ? Self.sentence(tidy(out)) : tidy(out)
  }

  /// `render` for an ASCII template, on bytes (nil for any other template). Each character of an ASCII
  /// template is one byte, so finding a placeholder byte by byte finds what the general path finds. With
  /// ASCII names too, the bytes are tidied as they are written, straight into the result.
  private static func renderASCII(
    _ template: UnsafeBufferPointer<UInt8>, subject: String, object: String, qualifier: String?,
    sentence: Bool
  ) -> String? {
    guard template.allSatisfy({ $0 < 0x80 }) else { return nil }
    let qualifier = qualifier ?? ""
    guard AnswerText.isASCII(subject), AnswerText.isASCII(object), AnswerText.isASCII(qualifier)
    else {
      var out: [UInt8] = []
      fill(template, subject: subject, object: object, qualifier: qualifier) {
        out += $0.utf8
      } byte: {
        out.append($0)
      }
      let tidied = tidy(String(decoding: out, as: UTF8.self))
      return sentence ? Self.sentence(tidied) : tidied
    }
    // Each placeholder may appear any number of times: room for the longest text at every brace.
    let braces = template.reduce(0) { $1 == 123 ? $0 + 1 : $0 }
    let capacity =
      template.count
      + braces * max(subject.utf8.count, object.utf8.count, qualifier.utf8.count)
    return String(unsafeUninitializedCapacity: capacity) { out in
      var tidier = Tidier(out)
      fill(template, subject: subject, object: object, qualifier: qualifier) { text in
        tidier.append(text)
      } byte: {
        tidier.append($0)
      }
      if sentence, let capital = capitalIndex(UnsafeBufferPointer(rebasing: out[..<tidier.count])) {
        out[capital] -= 32
      }
      return tidier.count
    }
  }

  /// Walks an ASCII template, handing over its bytes and the texts of its placeholders in order.
  private static func fill(
    _ template: UnsafeBufferPointer<UInt8>, subject: String, object: String, qualifier: String,
    text: (String) -> Void, byte: (UInt8) -> Void
  ) {
    var index = 0
    while index < template.count {
      if template[index] == 123 {
        if matches(template, at: index, "{subject}") {
          text(subject)
          index += 9
          continue
        } else if matches(template, at: index, "{object}") {
          text(object)
          index += 8
          continue
        } else if matches(template, at: index, "{qualifier}") {
          text(qualifier)
          index += 11
          continue
        }
      }
      byte(template[index])
      index += 1
    }
  }

  /// `tidy` on ASCII bytes as they come, writing into a buffer at least as long as the input.
  private struct Tidier {
    let out: UnsafeMutableBufferPointer<UInt8>
    var count = 0
    var pendingSpace = false

    init(_ out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

    /// Appends the bytes of `text`, read in place (walking a string's UTF-8 view costs several times more).
    mutating func append(_ text: String) {
      var text = text
      text.withUTF8 { bytes in
        for byte in bytes { append(byte) }
      }
    }

    mutating func append(_ byte: UInt8) {
      if byte == 32 {
        pendingSpace = count > 0
        return
      }
      if pendingSpace, byte != 63, byte != 46, byte != 44 {
        out[count] = 32
        count += 1
      }
      pendingSpace = false
      out[count] = byte
      count += 1
    }
  }

  private static func matches(
    _ template: UnsafeBufferPointer<UInt8>, at index: Int, _ placeholder: StaticString
  ) -> Bool {
    let count = placeholder.utf8CodeUnitCount
    guard index + count <= template.count else { return false }
    let bytes = placeholder.utf8Start
    for offset in 0..<count where template[index + offset] != bytes[offset] { return false }
    return true
  }

  /// Collapses runs of spaces, drops a space before `?`, `.` or `,`, and trims the ends.
  static func tidy(_ text: String) -> String {
    var text = text
    if AnswerText.isASCII(text),
      let tidied = text.utf8.withContiguousStorageIfAvailable(tidyASCII)
    {
      return tidied
    }
    text.makeContiguousUTF8()
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

  /// `tidy` for ASCII bytes, where every byte is a character (a "\r\n" pair is neither a space nor punctuation
  /// either way).
  private static func tidyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { out in
      var tidier = Tidier(out)
      for byte in bytes { tidier.append(byte) }
      return tidier.count
    }
  }

  /// `text` with its first letter capitalised, as a sentence starts: after any opening quotes or brackets,
  /// and only when the first word is all lower case ("the Moon …" → "The Moon …"; "pH", "mRNA" and "eGFR"
  /// are spelt that way on purpose and stay). Nothing else changes; a text that starts with anything but a
  /// letter (a number, a blank "_____") is left as it is.
  static func sentence(_ text: String) -> String {
    // Most prompts start with a capital ("Which …"): one byte tells.
    guard let first = text.utf8.first, first &- 65 >= 26, first &- 48 >= 10 else { return text }
    if AnswerText.isASCII(text) {
      var text = text
      text.makeContiguousUTF8()
      guard let capital = text.utf8.withContiguousStorageIfAvailable(capitalIndex) ?? nil else {
        return text
      }
      let utf8 = text.utf8
      return String(unsafeUninitializedCapacity: utf8.count) { out in
        _ = out.initialize(from: utf8)
        out[capital] -= 32
        return utf8.count
      }
    }
    guard
      let start = text.firstIndex(where: { !Self.openingMarks.contains($0) }),
      text[start].isLowercase
    else { return text }
    let word = text[start...].prefix { $0.isLetter }
    guard !word.dropFirst().contains(where: { $0.isUppercase }) else { return text }
    // Title case, as the first letter of a word is written ("ǆ" → "ǅ", not "Ǆ"); marks stay on it.
    var scalars = text[start].unicodeScalars[...]
    guard let letter = scalars.popFirst() else { return text }
    var capital = letter.properties.titlecaseMapping
    capital.unicodeScalars.append(contentsOf: scalars)
    return String(text[..<start]) + capital + String(text[text.index(after: start)...])
  }

  /// Where `sentence` capitalises ASCII text: the lower-case letter after any opening marks, when its word
  /// has no capital inside; nil for none.
  private static func capitalIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    while index < bytes.count, isOpeningMark(bytes[index]) { index += 1 }
    guard index < bytes.count, bytes[index] &- 97 < 26 else { return nil }
    var next = index + 1
    while next < bytes.count, bytes[next] &- 97 < 26 { next += 1 }
    return next < bytes.count && bytes[next] &- 65 < 26 ? nil : index
  }

  /// Space, ", ', ( and [: the ASCII bytes of `openingMarks`.
  private static func isOpeningMark(_ byte: UInt8) -> Bool {
    switch byte {
    case 32, 34, 39, 40, 91: true
    default: false
    }
  }

  /// What may come before the first word of a sentence.
  private static let openingMarks: Set<Character> = [
    " ", "\"", "'", "(", "[", "“", "‘", "«", "¿", "¡",
  ]

  /// "a, b and c".
  static func list(_ items: [String]) -> String {
    list(count: items.count) { items[$0] }
  }

  /// "a, b and c" for `count` items given by index, written into one string.
  static func list(count: Int, _ item: (Int) -> String) -> String {
    guard count > 1 else { return count == 1 ? item(0) : "" }
    var texts = (0..<count).map(item)
    return texts.withUnsafeMutableBufferPointer {
      list(UnsafeBufferPointer($0), count: count) { $0 }
    }
  }

  /// "a, b and c" of `strings[position(0)]`, `strings[position(1)]`, …, read in place and written into one
  /// string (no copy of each item, hence no retain and release of it).
  static func list(
    _ strings: UnsafeBufferPointer<String>, count: Int, position: (Int) -> Int
  ) -> String {
    guard count > 1 else { return count == 1 ? strings[position(0)] : "" }
    var length = 2 * (count - 2) + 5
    for index in 0..<count { length += strings[position(index)].utf8.count }
    return String(unsafeUninitializedCapacity: length) { out in
      var written = 0
      func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        written += UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(from: bytes).1
      }
      for index in 0..<count {
        if index > 0 {
          let separator: StaticString = index == count - 1 ? " and " : ", "
          write(UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount))
        }
        let text = strings[position(index)]
        if text.utf8.withContiguousStorageIfAvailable(write) == nil {
          Array(text.utf8).withUnsafeBufferPointer(write)
        }
      }
      return written
    }
  }

  /// `head + tail`, written straight into one string (no array of the two is made: most card ids).
  static func joined(_ head: String, _ tail: String) -> String {
    joined(count: 2) { $0 == 0 ? head : tail }
  }

  /// The `parts` one after the other, written straight into one string of their total length (`joined()`
  /// of an array grows its result as it goes, and every append costs as much as a short copy).
  static func joined(_ parts: [String]) -> String {
    joined(count: parts.count) { parts[$0] }
  }

  /// The `count` texts given by index, one after the other, in one string of their total length.
  private static func joined(count: Int, _ part: (Int) -> String) -> String {
    var length = 0
    for index in 0..<count { length += part(index).utf8.count }
    return String(unsafeUninitializedCapacity: length) { out in
      var written = 0
      for index in 0..<count {
        var text = part(index)
        text.makeContiguousUTF8()
        written +=
          text.utf8.withContiguousStorageIfAvailable { bytes in
            UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(from: bytes).1
          } ?? 0
      }
      return written
    }
  }

}
