import Dispatch
import Foundation
import Knowledge
import Synchronization

/// The ambiguous-prompt check: two cards of one kind that ask the same question (case and spacing aside)
/// but expect different answers. Prompts are hashed without copies and paired by sorting on both cores
/// (docs/performance.md, "Lint, fourth round").
extension DeckLinter {
  /// A card's question as two cards are compared: its kind, and its prompt as written with only case and
  /// spacing ignored (a qualifier in brackets makes a different question).
  enum PromptKey {
    /// The hash of a card's question: of its kind and of the UTF-8 bytes of its comparable prompt in
    /// Unicode NFC (so that prompts `haveSameComparable` accepts hash alike). An ASCII prompt, nearly every
    /// one, is hashed as its comparable form is worked out, without making it.
    static func hash(kind: CardKind, prompt: String) -> Int {
      var hasher = Hasher()
      hasher.combine(kind)
      var prompt = prompt
      prompt.makeContiguousUTF8()
      let hashed = prompt.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        combineComparable(bytes, into: &hasher)
        return true
      }
      if hashed != true {
        // Already comparable: lower case and single spaces, so the bytes pass through unchanged.
        var text = comparable(prompt).precomposedStringWithCanonicalMapping
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { combineComparable($0, into: &hasher) }
      }
      return hasher.finalize()
    }

    /// Adds the comparable form of `bytes` to `hasher`: A-Z lowered, runs of ASCII white space as one space,
    /// none at the ends; other bytes as they are. Always in the same pieces, so equal forms hash alike.
    private static func combineComparable(
      _ bytes: UnsafeBufferPointer<UInt8>, into hasher: inout Hasher
    ) {
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { piece in
        var count = 0
        var pendingSpace = false
        var started = false
        func put(_ byte: UInt8) {
          piece[count] = byte
          count += 1
          if count == piece.count {
            hasher.combine(bytes: UnsafeRawBufferPointer(piece))
            count = 0
          }
        }
        for byte in bytes {
          if byte == 32 || byte &- 9 < 5 {
            pendingSpace = started
            continue
          }
          if pendingSpace {
            put(32)
            pendingSpace = false
          }
          put(byte &- 65 < 26 ? byte + 32 : byte)
          started = true
        }
        if count > 0 {
          hasher.combine(bytes: UnsafeRawBufferPointer(start: piece.baseAddress, count: count))
        }
      }
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
        return String(unsafeUninitializedCapacity: bytes.count) { out in
          var count = 0
          var pendingSpace = false
          for byte in bytes {
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
      }
      if let ascii, let ascii { return ascii }
      return prompt.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
  }

  /// Two cards asking the same thing with different answers: a learner cannot know which is meant.
  static func ambiguousPrompts(_ cards: [Card]) -> [DeckDiagnostic] {
    var diagnostics: [DeckDiagnostic] = []
    ambiguousPrompts(cards, into: &diagnostics)
    return diagnostics
  }

  /// `ambiguousPrompts`, appended to `diagnostics`.
  ///
  /// Each card's question is hashed on every core without copying its prompt (`PromptKey.hash`), the
  /// cards asking the same are then paired in order (each core sorting and pairing its half of the hash
  /// values), and the pairs' answers compared (and reported) on every core again. The messages are moved,
  /// not copied, into `diagnostics`: there may be a hundred thousand of them.
  static func ambiguousPrompts(_ cards: [Card], into diagnostics: inout [DeckDiagnostic]) {
    let hashes = inRuns(cards.count, minimum: 20_000) { range in
      range.map { PromptKey.hash(kind: cards[$0].kind, prompt: cards[$0].prompt) }
    }
    let pairs = pairsAskingTheSame(hashes) { one, other in
      cards[one].kind == cards[other].kind
        && PromptKey.haveSameComparable(cards[one].prompt, cards[other].prompt)
    }
    // The first card of a prompt is compared with each later one: normalise its answer once.
    var isEarlier = [Bool](repeating: false, count: cards.count)
    for pair in pairs { isEarlier[pair.earlier] = true }
    let firstCards = isEarlier.indices.filter { isEarlier[$0] }
    let normalAnswers = inRuns(firstCards.count, minimum: 5_000) { range in
      range.map { AnswerText.normalize(cards[firstCards[$0]].answer) }
    }
    let normalAnswerByCard = {
      var byCard = [String?](repeating: nil, count: cards.count)
      for (card, answer) in zip(firstCards, normalAnswers) { byCard[card] = answer }
      return byCard
    }()
    let found = inRuns(pairs.count, minimum: 5_000) { range in
      range.compactMap { position -> DeckDiagnostic? in
        let (index, earlier) = pairs[position]
        guard let location = cards[index].location,
          cards[index].answer != cards[earlier].answer,
          let earlierNormal = normalAnswerByCard[earlier],
          !AnswerText.withNormalizedBytes(
            of: cards[index].answer,
            { normal in
              earlierNormal.utf8.count == normal.count && earlierNormal.utf8.elementsEqual(normal)
            })
        else { return nil }
        // Written into one string of the right size.
        let id = cards[index].id.rawValue
        let earlierID = cards[earlier].id.rawValue
        let answer = cards[index].answer
        let earlierAnswer = cards[earlier].answer
        // Short enough to be kept inline: no allocation.
        let line = cards[earlier].location.map { " (line " + String($0.line) + ")" } ?? ""
        var message = ""
        message.reserveCapacity(
          60 + id.utf8.count + earlierID.utf8.count + line.utf8.count + answer.utf8.count
            + earlierAnswer.utf8.count)
        message += "card "
        message += id
        message += " asks the same as "
        message += earlierID
        message += line
        message += " but expects “"
        message += answer
        message += "”, not “"
        message += earlierAnswer
        message += "”"
        return DeckDiagnostic(.error, at: location, message)
      }
    }
    var parts = [diagnostics, found]
    diagnostics = []
    diagnostics = joining(&parts)
  }

  /// Each card (by index) that asks the same as an earlier card, with the first such card, in card order.
  ///
  /// `hashes` are the cards' `PromptKey.hash` values and `same` tells whether two cards ask the same. Equal
  /// questions have equal hashes, so each core takes its share of the hash values, sorts it by hash and
  /// card and pairs within each run of one hash; the two lists (each in card order) are then merged.
  static func pairsAskingTheSame(
    _ hashes: [Int], same: @escaping @Sendable (Int, Int) -> Bool
  ) -> [(card: Int, earlier: Int)] {
    @Sendable func pairs(_ share: Int, of shares: Int) -> [(card: Int, earlier: Int)] {
      var order: [(hash: Int, card: Int)] = []
      order.reserveCapacity(hashes.count / shares + hashes.count / 8)
      for (card, hash) in hashes.enumerated()
      where Int(UInt(bitPattern: hash) % UInt(shares)) == share {
        order.append((hash, card))
      }
      order.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.card < $1.card }
      var pairs: [(card: Int, earlier: Int)] = []
      // The first card of each different question in one run of a hash (almost always one).
      var firsts: [Int] = []
      var start = 0
      while start < order.count {
        var end = start + 1
        while end < order.count, order[end].hash == order[start].hash { end += 1 }
        if end - start > 1 {
          firsts.removeAll(keepingCapacity: true)
          firsts.append(order[start].card)
          for position in (start + 1)..<end {
            let card = order[position].card
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
