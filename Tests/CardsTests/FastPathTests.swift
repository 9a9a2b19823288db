import Scheduling
import Testing
import Utilities

@testable import Cards

/// The byte-level fast paths give exactly what the straightforward versions they replaced give; the old
/// versions are kept here as the reference, and fed random text (ASCII and not, with the characters each rule
/// cares about).
@Suite("Fast paths")
struct FastPathTests {
  /// Characters the rules treat specially, plus ordinary ones.
  static let alphabet: [String] = [
    "a", "b", "e", "i", "s", "u", "y", "the", "an", "A", "S", "Z", "0", "7", ".", ",", "?", " ",
    "  ", "\t",
    "\n", "\r\n", "(", ")", "[", "]", "{", "}", "-", "'", "é", "e\u{301}", " \u{301}", "{\u{301}",
    "ß",
    "{subject}", "{object}", "{qualifier}", "{subj", "ies",
  ]

  static func randomText(_ random: inout SplitMix64, asciiOnly: Bool) -> String {
    let count = Int(random.next() % 12)
    var text = ""
    for _ in 0..<count {
      var piece = alphabet[Int(random.next() % UInt64(alphabet.count))]
      if asciiOnly, !piece.utf8.allSatisfy({ $0 < 0x80 }) { piece = "x" }
      text += piece
    }
    return text
  }

  @Test("normalising ASCII text on bytes gives what the old byte path gave")
  func normalizeASCII() {
    var random = SplitMix64(seed: 1)
    for _ in 0..<20_000 {
      let text = Self.randomText(&random, asciiOnly: true)
      #expect(AnswerText.normalizeASCII(text) == Reference.normalizeASCII(text), "\(text)")
      let viaBytes = AnswerText.withNormalizedBytes(of: text) {
        String(decoding: $0, as: UTF8.self)
      }
      #expect(viaBytes == AnswerText.normalize(text), "\(text)")
    }
  }

  @Test("filling and tidying a template gives what the old character path gave")
  func render() {
    var random = SplitMix64(seed: 2)
    for index in 0..<20_000 {
      let ascii = index % 2 == 0
      let template = Self.randomText(&random, asciiOnly: ascii)
      let subject = Self.randomText(&random, asciiOnly: ascii || index % 3 == 0)
      let object = Self.randomText(&random, asciiOnly: ascii)
      let qualifier: String? = index % 5 == 0 ? nil : Self.randomText(&random, asciiOnly: ascii)
      #expect(
        TemplateText.render(template, subject: subject, object: object, qualifier: qualifier)
          == Reference.render(template, subject: subject, object: object, qualifier: qualifier),
        "\(template)")
      #expect(TemplateText.tidy(template) == Reference.tidy(template))
    }
  }

  @Test("a list of names is joined as before")
  func list() {
    for count in 0..<6 {
      let items = (0..<count).map { "item \($0)" }
      let expected =
        count < 2
        ? items.first ?? "" : items.dropLast().joined(separator: ", ") + " and " + items[count - 1]
      #expect(TemplateText.list(items) == expected)
    }
  }

  @Test("comparable prompts are what lowercasing and splitting at white space give")
  func comparablePrompts() {
    func plain(_ prompt: String) -> String {
      prompt.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    var random = SplitMix64(seed: 3)
    for index in 0..<20_000 {
      let prompt = Self.randomText(&random, asciiOnly: index % 2 == 0)
      #expect(DeckLinter.comparable(prompt) == plain(prompt), "\(prompt)")
    }
    for byte in UInt8(0)..<0x80 {
      let character = Character(Unicode.Scalar(byte))
      let prompt = "A\(character)b \(character)"
      #expect(DeckLinter.comparable(prompt) == plain(prompt), "byte \(byte)")
    }
  }
}

/// The implementations the fast paths replaced, verbatim.
enum Reference {
  static func normalizeASCII(_ text: String) -> String {
    var bytes = Array(text.utf8)
    for index in bytes.indices where bytes[index] >= 65 && bytes[index] <= 90 { bytes[index] += 32 }
    bytes = removingParentheticals(bytes)
    var words: [[UInt8]] = []
    var current: [UInt8] = []
    func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    for byte in bytes {
      let isWordByte = (byte >= 97 && byte <= 122) || isDigit(byte)
      if isWordByte || byte == 46 && (current.last.map(isDigit) ?? false) {
        current.append(byte)
      } else if !current.isEmpty {
        words.append(current)
        current = []
      }
    }
    if !current.isEmpty { words.append(current) }
    words = words.map { $0.last == 46 ? Array($0.dropLast()) : $0 }
    if words.count > 1, words[0] == Array("the".utf8) || words[0] == [97] || words[0] == [97, 110] {
      words.removeFirst()
    }
    var out: [UInt8] = []
    for (index, word) in words.enumerated() {
      if index > 0 { out.append(32) }
      out += singular(word)
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func removingParentheticals(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(where: { $0 == 40 || $0 == 91 }) else { return bytes }
    var result: [UInt8] = []
    var depth = 0
    for byte in bytes {
      if byte == 40 || byte == 91 {
        depth += 1
      } else if byte == 41 || byte == 93 {
        depth = max(0, depth - 1)
        result.append(32)
      } else if depth == 0 {
        result.append(byte)
      }
    }
    return result.allSatisfy({ $0 == 32 || $0 == 9 }) ? bytes : result
  }

  private static func singular(_ word: [UInt8]) -> [UInt8] {
    guard word.count > 3, !word.contains(where: { $0 >= 48 && $0 <= 57 }) else { return word }
    let s: UInt8 = 115
    if word.suffix(3) == [105, 101, s] { return Array(word.dropLast(3)) + [121] }
    if word.last != s { return word }
    let previous = word[word.count - 2]
    if previous == s || previous == 117 || previous == 105 { return word }
    return Array(word.dropLast())
  }

  static func render(
    _ template: String, subject: String = "", object: String = "", qualifier: String? = nil
  ) -> String {
    var out = ""
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

  static func tidy(_ text: String) -> String {
    var out = ""
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
}
