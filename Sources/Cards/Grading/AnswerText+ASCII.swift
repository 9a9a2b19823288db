/// The same normal form as `AnswerText.normalize`, computed on bytes for ASCII text (most text), without
/// Unicode property lookups: card generation and `recall deck lint` normalise every prompt and answer of a deck.
///
/// One pass writes the words straight into the result's storage (a word is at most as long as its source and
/// two words are separated by at least one source byte, so the result never outgrows the text).
extension AnswerText {
  static func normalizeASCII(_ text: String) -> String {
    var text = text
    text.makeContiguousUTF8()
    let hasBrackets =
      text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == 40 || $0 == 91 } }
      ?? text.utf8.contains { $0 == 40 || $0 == 91 }
    if hasBrackets {
      return removingParentheticals(Array(text.utf8).map(lowercased)).withUnsafeBufferPointer(
        normalizeWords)
    }
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable(normalizeWords)
      ?? Array(text.utf8).withUnsafeBufferPointer(normalizeWords)
  }

  /// Whether every byte of `text` is ASCII (on the contiguous bytes when it can: a tight loop).
  static func isASCII(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
      ?? text.utf8.allSatisfy { $0 < 0x80 }
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte + 32 : byte }

  private static func isDigit(_ byte: UInt8) -> Bool { byte &- 48 < 10 }

  /// Words of letters and digits (a '.' between digits kept, a trailing one dropped), lower case, each made
  /// singular, joined by single spaces, without a leading article.
  private static func normalizeWords(_ source: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: source.count) { normalizeWords(source, into: $0) }
  }

  /// The normal form of `text`'s bytes, given to `body` without building a string when the text is ASCII
  /// without brackets (a prompt to check for leaks, say).
  static func withNormalizedBytes<Result>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var text = text
    text.makeContiguousUTF8()
    if let result = text.utf8.withContiguousStorageIfAvailable({
      withNormalizedBytes(ofUTF8: $0, body)
    }) {
      return result
    }
    return Array(text.utf8).withUnsafeBufferPointer { withNormalizedBytes(ofUTF8: $0, body) }
  }

  /// `withNormalizedBytes` of the text whose UTF-8 bytes are `source`.
  static func withNormalizedBytes<Result>(
    ofUTF8 source: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if source.allSatisfy({ $0 < 0x80 && $0 != 40 && $0 != 91 }) {
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(source.count, 1)) { out in
        let count = normalizeWords(source, into: out)
        return body(UnsafeBufferPointer(rebasing: out[..<count]))
      }
    }
    var normal = normalize(String(decoding: source, as: UTF8.self))
    normal.makeContiguousUTF8()
    return normal.utf8.withContiguousStorageIfAvailable(body)
      ?? Array(normal.utf8).withUnsafeBufferPointer(body)
  }

  /// Writes the normal form of ASCII `source` (lower case or not, no brackets) into `out`, which holds at
  /// least `source.count` bytes, and returns its length.
  private static func normalizeWords(
    _ source: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var count = 0
    var wordStart = 0
    var inWord = false
    var words = 0
    var firstWordEnd = 0
    var firstIsArticle = false

    func finishWord() {
      if out[count - 1] == 46 { count -= 1 }
      let length = count - wordStart
      if words == 0 {
        // Whether the first word is an article is decided before it is made singular ("thes" is not one).
        firstIsArticle =
          switch length {
          case 1: out[0] == 97
          case 2: out[0] == 97 && out[1] == 110
          case 3: out[0] == 116 && out[1] == 104 && out[2] == 101
          default: false
          }
      }
      if length > 3, !out[wordStart..<count].contains(where: isDigit) {
        if out[count - 3] == 105, out[count - 2] == 101, out[count - 1] == 115 {
          count -= 2  // -ies → -y
          out[count - 1] = 121
        } else if out[count - 1] == 115 {
          let previous = out[count - 2]
          if previous != 115, previous != 117, previous != 105 { count -= 1 }  // not -ss, -us, -is
        }
      }
      words += 1
      if words == 1 { firstWordEnd = count }
    }

    for raw in source {
      let byte = lowercased(raw)
      if byte &- 97 < 26 || isDigit(byte) || byte == 46 && inWord && isDigit(out[count - 1]) {
        if !inWord {
          if words > 0 {
            out[count] = 32
            count += 1
          }
          wordStart = count
          inWord = true
        }
        out[count] = byte
        count += 1
      } else if inWord {
        finishWord()
        inWord = false
      }
    }
    if inWord { finishWord() }

    // A leading article goes when another word follows it.
    if words > 1 {
      if firstIsArticle {
        let dropped = firstWordEnd + 1
        for index in dropped..<count { out[index - dropped] = out[index] }
        count -= dropped
      }
    }
    return count
  }

  private static func removingParentheticals(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
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
}
