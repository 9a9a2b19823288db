/// The same normal form as `AnswerText.normalize`, computed on bytes for ASCII text (most text), without
/// Unicode property lookups: card generation normalises every prompt and answer of a deck.
extension AnswerText {
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
    out.reserveCapacity(bytes.count)
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
    if word.suffix(3) == [105, 101, s] { return Array(word.dropLast(3)) + [121] }  // -ies → -y
    if word.last != s { return word }
    let previous = word[word.count - 2]
    if previous == s || previous == 117 || previous == 105 { return word }  // -ss, -us, -is
    return Array(word.dropLast())
  }

  /// Whether `needle` occurs in `haystack` (byte comparison; both already normalised).
  static func occurs(_ needle: String, in haystack: String) -> Bool {
    let hay = Array(haystack.utf8)
    let pin = Array(needle.utf8)
    guard !pin.isEmpty, pin.count <= hay.count else { return pin.isEmpty }
    for start in 0...(hay.count - pin.count) where hay[start] == pin[0] {
      if hay[start..<start + pin.count].elementsEqual(pin) { return true }
    }
    return false
  }
}
