import Dispatch
import Foundation
import Knowledge
import Synchronization

/// The ambiguous-prompt check: two cards of one kind that ask the same question (case and spacing aside)
/// but expect different answers. Prompts are hashed without copies and paired by sorting on both cores
/// (docs/performance.md, "Lint").
extension DeckLinter {
  /// A card's question as two cards are compared: its kind, and its prompt as written with only case and
  /// spacing ignored (a qualifier in brackets makes a different question).
  enum PromptKey {
    /// The hash of a card's question: of its kind and of the UTF-8 bytes of its comparable prompt in
    /// Unicode NFC (so that prompts `haveSameComparable` accepts hash alike).
    static func hash(kind: CardKind, prompt: String) -> Int {
      var bytes: [UInt8] = []
      appendComparable(prompt, to: &bytes)
      return bytes.withUnsafeBufferPointer { hash(kind: kind, comparable: $0) }
    }

    /// The hash of a question of `kind` whose comparable prompt (see `appendComparable`) is `comparable`:
    /// eight bytes at a time, each word multiplied in and folded (the pairing checks every match, so the
    /// hash need only spread questions well, and it is the same in every run).
    static func hash(kind: CardKind, comparable: UnsafeBufferPointer<UInt8>) -> Int {
      let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
      var state = UInt64(truncatingIfNeeded: comparable.count) &* multiplier ^ kindCode(kind)
      func mix(_ word: UInt64) {
        state = (state ^ word) &* multiplier
        state ^= state >> 29
      }
      let raw = UnsafeRawBufferPointer(comparable)
      var offset = 0
      while offset + 8 <= raw.count {
        mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      var tail: UInt64 = 0
      while offset < raw.count {
        tail = tail << 8 | UInt64(raw[offset])
        offset += 1
      }
      mix(tail)
      state = (state ^ state >> 32) &* 0xBF58_476D_1CE4_E5B9
      return Int(bitPattern: UInt(state ^ state >> 31))
    }

    /// A number of its own for each kind of card.
    private static func kindCode(_ kind: CardKind) -> UInt64 {
      switch kind {
      case .recall: 1
      case .reverse: 2
      case .choice: 3
      case .select: 4
      case .list: 5
      case .truefalse: 6
      case .cloze: 7
      case .number: 8
      }
    }

    /// Appends to `bytes` the UTF-8 bytes of `prompt`'s comparable form in Unicode NFC, so that two prompts
    /// `haveSameComparable` accepts append the same bytes. An ASCII prompt, nearly every one, is made
    /// comparable as it is copied: A-Z lowered, runs of ASCII white space as one space, none at the ends.
    static func appendComparable(_ prompt: String, to bytes: inout [UInt8]) {
      var prompt = prompt
      prompt.makeContiguousUTF8()
      let copied = prompt.utf8.withContiguousStorageIfAvailable { source -> Bool in
        guard source.allSatisfy({ $0 < 0x80 }) else { return false }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(source.count, 1)) { out in
          let count = writeComparable(ascii: source, into: out)
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<count]))
        }
        return true
      }
      if copied != true {
        // Already comparable: lower case and single spaces; only the composition may change.
        bytes.append(contentsOf: comparable(prompt).precomposedStringWithCanonicalMapping.utf8)
      }
    }

    /// Writes the comparable form of ASCII `source` into `out` (at least as long) and returns its length: A-Z
    /// lowered, runs of white space as one space, none at the ends (a "\r\n" pair is white space either way).
    private static func writeComparable(
      ascii source: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
      var count = 0
      var pendingSpace = false
      for byte in source {
        if byte == 32 || byte &- 9 < 5 {
          pendingSpace = count > 0
          continue
        }
        if pendingSpace {
          out[count] = 32
          count += 1
          pendingSpace = false
        }
        out[count] = byte &- 65 < 26 ? byte + 32 : byte
        count += 1
      }
      return count
    }

    /// Whether two prompts ask the same: their comparable forms are equal.
    static func haveSameComparable(_ one: String, _ other: String) -> Bool {
      one == other || comparable(one) == comparable(other)
    }

    /// Lower case, runs of white space as one space, none at the ends.
    static func comparable(_ prompt: String) -> String {
      var prompt = prompt
      prompt.makeContiguousUTF8()
      let ascii = prompt.utf8.withContiguousStorageIfAvailable { bytes -> String? in
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        // ASCII: each byte is a character (a "\r\n" pair is white space either way), and only A-Z change
        // case.
        return String(unsafeUninitializedCapacity: bytes.count) {
          writeComparable(ascii: bytes, into: $0)
        }
      }
      if let ascii, let ascii { return ascii }
      return prompt.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
  }

  /// Two cards asking the same thing with different answers: a learner cannot know which is meant.
  static func ambiguousPrompts(_ cards: [Card]) -> [DeckDiagnostic] {
    var diagnostics: [DeckDiagnostic] = []
    var parts = [CardDigest(cards)]
    ambiguousPrompts(DigestedCards(&parts), into: &diagnostics)
    return diagnostics
  }

  /// `ambiguousPrompts`, from the cards' digest, appended to `diagnostics`.
  ///
  /// The cards asking the same are paired in order by their question hashes (each core sorting and pairing
  /// its half of the hash values), and the pairs' answers compared (and reported) on every core. The
  /// messages are moved, not copied, into `diagnostics`: there may be a hundred thousand of them.
  static func ambiguousPrompts(_ cards: DigestedCards, into diagnostics: inout [DeckDiagnostic]) {
    let pairs = cards.withTexts { texts in
      nonisolated(unsafe) let texts = texts
      let kinds = cards.kinds
      return pairsAskingTheSame(cards.hashes) { one, other in
        kinds[one] == kinds[other] && texts.same(0, of: one, other)
      }
    }
    // The first card of a prompt is compared with each later one: normalise its answer once.
    var isEarlier = [Bool](repeating: false, count: cards.count)
    for pair in pairs { isEarlier[pair.earlier] = true }
    let firstCards = isEarlier.indices.filter { isEarlier[$0] }
    let normalAnswers = inRuns(firstCards.count, minimum: 5_000, filler: "") { range in
      cards.withTexts { texts in
        range.map {
          AnswerText.withNormalizedBytes(ofUTF8: texts.text(2, of: firstCards[$0])) {
            String(decoding: $0, as: UTF8.self)
          }
        }
      }
    }
    let normalAnswerByCard = {
      var byCard = [String?](repeating: nil, count: cards.count)
      for (card, answer) in zip(firstCards, normalAnswers) { byCard[card] = answer }
      return byCard
    }()
    var found = inRuns(pairs.count, minimum: 5_000, filler: emptyDiagnostic) { range in
      cards.withTexts { texts in
        range.compactMap { position -> DeckDiagnostic? in
          let (index, earlier) = pairs[position]
          guard let location = cards.locations[index],
            let earlierNormal = normalAnswerByCard[earlier],
            answersDiffer(texts, index, earlier, earlierNormal: earlierNormal)
          else { return nil }
          return DeckDiagnostic(
            .error, at: location,
            message(texts, index, earlier, line: cards.locations[earlier]?.line))
        }
      }
    }
    // The (few) diagnostics before go in front of the found ones, which are moved, not copied.
    found.insert(contentsOf: diagnostics, at: 0)
    diagnostics = found
  }

  /// A diagnostic made of literals (fills the slots diagnostics are moved from).
  static let emptyDiagnostic = DeckDiagnostic(
    .warning, at: SourceLocation(file: "", line: 0, column: 0), "")

  /// Whether card `index`'s answer differs from card `earlier`'s, whose normal form is `earlierNormal`: in
  /// normal form (the same text is the same at once).
  private static func answersDiffer(
    _ texts: DigestedCards.Texts, _ index: Int, _ earlier: Int, earlierNormal: String
  ) -> Bool {
    guard !texts.same(2, of: index, earlier) else { return false }
    var earlierNormal = earlierNormal
    earlierNormal.makeContiguousUTF8()
    return AnswerText.withNormalizedBytes(ofUTF8: texts.text(2, of: index)) { normal in
      !(earlierNormal.utf8.count == normal.count && earlierNormal.utf8.elementsEqual(normal))
    }
  }

  /// "card ID asks the same as EARLIER (line N) but expects “ANSWER”, not “EARLIER ANSWER”", written from
  /// the cards' texts into one string of the right size (`line`: the earlier card's, if it has one).
  private static func message(
    _ texts: DigestedCards.Texts, _ index: Int, _ earlier: Int, line: Int?
  ) -> String {
    if let line, line < 0 {
      // Never from a deck file (lines count from 1); written the plain way.
      return "card \(texts.string(1, of: index)) asks the same as \(texts.string(1, of: earlier)) "
        + "(line \(line)) but expects “\(texts.string(2, of: index))”, "
        + "not “\(texts.string(2, of: earlier))”"
    }
    // " (line N)", its digits written in place.
    var digits = 1
    if let line {
      var rest = line
      while rest >= 10 {
        rest /= 10
        digits += 1
      }
    }
    let (id, earlierID) = (texts.text(1, of: index), texts.text(1, of: earlier))
    let (answer, earlierAnswer) = (texts.text(2, of: index), texts.text(2, of: earlier))
    let (start, same, expects, not, end, lineStart):
      (
        StaticString, StaticString, StaticString, StaticString, StaticString, StaticString
      ) = ("card ", " asks the same as ", " but expects “", "”, not “", "”", " (line ")
    let count =
      id.count + earlierID.count + answer.count + earlierAnswer.count
      + (line == nil ? 0 : digits + lineStart.utf8CodeUnitCount + 1)
      + start.utf8CodeUnitCount + same.utf8CodeUnitCount + expects.utf8CodeUnitCount
      + not.utf8CodeUnitCount + end.utf8CodeUnitCount
    return String(unsafeUninitializedCapacity: count) { out in
      var written = 0
      func put(_ source: UnsafeBufferPointer<UInt8>) {
        _ = UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(from: source)
        written += source.count
      }
      func put(_ literal: StaticString) {
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
      }
      put(start)
      put(id)
      put(same)
      put(earlierID)
      if var line {
        put(lineStart)
        written += digits
        for position in 1...digits {
          out[written - position] = UInt8(48 + line % 10)
          line /= 10
        }
        out[written] = 41  // ")"
        written += 1
      }
      put(expects)
      put(answer)
      put(not)
      put(earlierAnswer)
      put(end)
      return written
    }
  }

  /// Each card (by index) that asks the same as an earlier card, with the first such card, in card order.
  ///
  /// `hashes` are the cards' `PromptKey.hash` values and `same` tells whether two cards ask the same. Equal
  /// questions have equal hashes, so each core takes its share of the hash values, sorts it by hash and
  /// card and pairs within each run of one hash; the two lists (each in card order) are then merged.
  static func pairsAskingTheSame(
    _ hashes: [Int], same: @escaping @Sendable (Int, Int) -> Bool
  ) -> [(card: Int, earlier: Int)] {
    // Each card is sorted as one number: the low bits of its hash above its index. Cards asking the same
    // still share the hash part (others that do too are told apart by `same`), and within one hash the
    // cards come in order.
    guard hashes.count > 1 else { return [] }
    let cardBits = Int.bitWidth - (hashes.count - 1).leadingZeroBitCount
    let cardMask: UInt64 = (1 << cardBits) - 1
    @Sendable func pairs(_ share: Int, of shares: Int) -> [(card: Int, earlier: Int)] {
      var order: [UInt64] = []
      order.reserveCapacity(hashes.count / shares + hashes.count / 8)
      for (card, hash) in hashes.enumerated() {
        let key = UInt64(bitPattern: Int64(hash)) << cardBits
        if Int((key >> cardBits) % UInt64(shares)) == share { order.append(key | UInt64(card)) }
      }
      order.sort()
      var pairs: [(card: Int, earlier: Int)] = []
      // The first card of each different question in one run of a hash (almost always one).
      var firsts: [Int] = []
      var start = 0
      while start < order.count {
        let hash = order[start] >> cardBits
        var end = start + 1
        while end < order.count, order[end] >> cardBits == hash { end += 1 }
        if end - start > 1 {
          firsts.removeAll(keepingCapacity: true)
          firsts.append(Int(order[start] & cardMask))
          for position in (start + 1)..<end {
            let card = Int(order[position] & cardMask)
            if let earlier = firsts.first(where: { same($0, card) }) {
              pairs.append((card, earlier))
            } else {
              firsts.append(card)
            }
          }
        }
        start = end
      }
      pairs.sort { $0.card < $1.card }
      return pairs
    }
    guard hashes.count >= 20_000 else { return pairs(0, of: 1) }
    let found = Mutex<[Int: [(card: Int, earlier: Int)]]>([:])
    DispatchQueue.concurrentPerform(iterations: 2) { share in
      let part = pairs(share, of: 2)
      found.withLock { $0[share] = part }
    }
    let (one, two) = found.withLock { ($0[0] ?? [], $0[1] ?? []) }
    var merged: [(card: Int, earlier: Int)] = []
    merged.reserveCapacity(one.count + two.count)
    var (i, j) = (0, 0)
    while i < one.count || j < two.count {
      if j == two.count || i < one.count && one[i].card < two[j].card {
        merged.append(one[i])
        i += 1
      } else {
        merged.append(two[j])
        j += 1
      }
    }
    return merged
  }
}
