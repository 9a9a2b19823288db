import Utilities

extension CardGenerator {
  /// What a prompt must not contain, as whole words, when an entity is its answer: each normalised text of
  /// more than two bytes, as " text ", laid out flat for every entity of the deck.
  ///
  /// Every question is checked against all its true answers (ten or more on a big model), so the check starts
  /// with a filter: each text has 64 bits, two per word (from a word's hash), and so has the prompt. A text can
  /// only occur in the prompt if each of its words is a word of the prompt, so a text with a bit the prompt
  /// lacks cannot leak; the others are searched byte by byte.
  struct LeakTexts: Sendable {
    /// Every text's bytes, one after the other.
    private let bytes: [UInt8]
    /// Text `k` is `bytes[bounds[k]..<bounds[k + 1]]`.
    private let bounds: [Int32]
    /// Entity `e`'s texts are `first[e]..<first[e + 1]`.
    private var first: [Int32]
    /// Per text, the bits of its words.
    private let masks: [UInt64]

    /// A normalised prompt with a space at each end, and the bits of its words.
    struct Prompt {
      let bytes: UnsafeBufferPointer<UInt8>
      let mask: UInt64
    }

    /// Normalises `prompt` (into temporary memory: no string is built) and hands it to `body`.
    static func withPrompt<Result>(_ prompt: String, _ body: (Prompt) -> Result) -> Result {
      AnswerText.withNormalizedBytes(of: prompt) { normal in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: normal.count + 2) { padded in
          padded[0] = 32
          for (offset, byte) in normal.enumerated() { padded[offset + 1] = byte }
          padded[normal.count + 1] = 32
          let bytes = UnsafeBufferPointer(padded)
          return body(Prompt(bytes: bytes, mask: mask(of: bytes[...])))
        }
      }
    }

    /// `texts`: each entity's distinct normalised texts.
    init(texts: [[String]]) {
      var bytes: [UInt8] = []
      var bounds: [Int32] = [0]
      var first: [Int32] = [0]
      var masks: [UInt64] = []
      for entityTexts in texts {
        for text in entityTexts where text.utf8.count > 2 {
          let start = bytes.count
          bytes.append(32)
          bytes += text.utf8
          bytes.append(32)
          bounds.append(Int32(bytes.count))
          masks.append(Self.mask(of: bytes[start...]))
        }
        first.append(Int32(bounds.count - 1))
      }
      self.bytes = bytes
      self.bounds = bounds
      self.first = first
      self.masks = masks
    }

    /// Adds `count` entities with no texts.
    mutating func appendEmpty(count: Int) {
      first += repeatElement(first[first.count - 1], count: count)
    }

    /// Whether `prompt` contains a text of `entity` as whole words.
    func leak(in prompt: Prompt, of entity: Int32) -> Bool {
      let texts = Int(first[Int(entity)])..<Int(first[Int(entity) + 1])
      guard texts.contains(where: { masks[$0] & ~prompt.mask == 0 }) else { return false }
      return bytes.withUnsafeBufferPointer { all in
        for text in texts where masks[text] & ~prompt.mask == 0 {
          let needle = UnsafeBufferPointer(
            rebasing: all[Int(bounds[text])..<Int(bounds[text + 1])])
          if prompt.bytes.includes(needle) { return true }
        }
        return false
      }
    }

    /// The bits of the words of `text` (words are separated by single spaces): for each, two of 64 bits from
    /// its FNV-1a hash.
    static func mask(of text: some Collection<UInt8>) -> UInt64 {
      func bits(_ hash: UInt64) -> UInt64 {
        let mixed = hash &* 0x9e37_79b9_7f4a_7c15
        return 1 << (mixed >> 58) | 1 << ((mixed >> 52) & 63)
      }
      var mask: UInt64 = 0
      var hash = FNV1aHash()
      var inWord = false
      for byte in text {
        if byte == 32 {
          if inWord { mask |= bits(hash.value) }
          hash = FNV1aHash()
          inWord = false
        } else {
          hash.add(byte)
          inWord = true
        }
      }
      if inWord { mask |= bits(hash.value) }
      return mask
    }
  }
}
