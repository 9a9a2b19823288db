import Foundation
import Knowledge

extension DeckLinter {
  /// What the lint checks read of the cards one run of facts produces, kept without `Card` values: each
  /// card's kind, location and question hash, and its comparable prompt, id and answer as UTF-8 bytes in one
  /// buffer; the facts that gave no card; the entities to report that a typed answer names.
  ///
  /// The workers of `CardGenerator.factRuns` fill one digest per run of facts right after making each fact's
  /// cards and drop the cards there: no pass over hundreds of thousands of cards afterwards, and each card's
  /// strings are freed by the thread that made them, while they are still in its cache
  /// (docs/performance.md, "Lint").
  struct CardDigest: Sendable {
    /// Each card's kind.
    var kinds: [CardKind] = []
    /// Each card's `PromptKey.hash`.
    var hashes: [Int] = []
    /// Where each card comes from in the deck file.
    var locations: [SourceLocation?] = []
    /// The comparable prompt, the id and the answer of each card, one after the other.
    var bytes: [UInt8] = []
    /// Where each of those texts ends in `bytes`: three per card.
    var ends: [Int] = []
    /// The facts (by index) that gave no card, in order.
    var factsWithoutCards: [Int] = []
    /// The sibling keys of cards that do not come from a run of facts (those of a fact's cards are its id).
    var otherSiblingKeys: Set<String> = []
    /// The entities of `candidates` some typed key names.
    var typed: Set<String> = []
    /// The entities worth finding in typed keys (see `DeckLinter.entitiesToTypeWithoutAliases`).
    let candidates: Set<String>

    /// An empty digest looking for `candidates` in typed keys.
    init(candidates: Set<String>) {
      self.candidates = candidates
    }

    /// The digest of `cards`, in order, which do not come from a run of facts.
    init(_ cards: [Card], candidates: Set<String> = []) {
      self.init(candidates: candidates)
      for card in cards {
        add(card)
        otherSiblingKeys.insert(card.siblingKey)
      }
    }

    /// The number of cards.
    var count: Int { kinds.count }

    /// Adds what the checks read of `card`.
    mutating func add(_ card: borrowing Card) {
      let start = bytes.count
      PromptKey.appendComparable(card.prompt, to: &bytes)
      hashes.append(
        bytes.withUnsafeBufferPointer {
          PromptKey.hash(kind: card.kind, comparable: UnsafeBufferPointer(rebasing: $0[start...]))
        })
      ends.append(bytes.count)
      Self.append(card.id.rawValue, to: &bytes)
      ends.append(bytes.count)
      Self.append(card.answer, to: &bytes)
      ends.append(bytes.count)
      kinds.append(card.kind)
      locations.append(card.location)
      if !candidates.isEmpty, typed.count < candidates.count,
        case .typed(_, let entities) = card.key
      {
        if candidates.count - typed.count < entities.count {
          for id in candidates where !typed.contains(id) && entities.contains(id) {
            typed.insert(id)
          }
        } else {
          for id in entities where candidates.contains(id) { typed.insert(id) }
        }
      }
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
      var text = text
      text.makeContiguousUTF8()
      if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
        bytes.append(contentsOf: text.utf8)
      }
    }
  }

  /// The digests of every run of a deck's cards as one, addressed by the card's position in the deck's card
  /// list. Each run's texts stay where its worker wrote them; they are read through `withTexts`, which hands
  /// out the buffers once (reading shared arrays card by card would retain them each time, and both cores
  /// retaining the same array is slow).
  struct DigestedCards: Sendable {
    /// Every card's `PromptKey.hash`, in order.
    let hashes: [Int]
    /// Every card's kind.
    let kinds: [CardKind]
    /// Where every card comes from in the deck file.
    let locations: [SourceLocation?]
    /// The facts that gave no card, by index, in order.
    let factsWithoutCards: [Int]
    /// The sibling keys of the cards that do not come from a run of facts.
    let otherSiblingKeys: Set<String>
    /// The entities to report that some typed key names.
    let typed: Set<String>
    /// Each run's texts (see `CardDigest`).
    private let texts: [[UInt8]]
    /// Where each card's three texts end in its run's texts.
    private let ends: [Int]
    /// The run of each card, and the position of each run's first card.
    private let runOfCard: [UInt16]
    private let firsts: [Int]

    /// The digests of `parts`, in order (each emptied).
    init(_ parts: inout [CardDigest]) {
      var hashes: [Int] = []
      var kinds: [CardKind] = []
      var ends: [Int] = []
      var runOfCard: [UInt16] = []
      var firsts: [Int] = []
      var locations: [[SourceLocation?]] = []
      var texts: [[UInt8]] = []
      var factsWithoutCards: [Int] = []
      var otherSiblingKeys: Set<String> = []
      var typed: Set<String> = []
      let total = parts.reduce(0) { $0 + $1.count }
      hashes.reserveCapacity(total)
      kinds.reserveCapacity(total)
      ends.reserveCapacity(total * 3)
      runOfCard.reserveCapacity(total)
      for index in parts.indices {
        firsts.append(hashes.count)
        runOfCard += repeatElement(UInt16(index), count: parts[index].count)
        hashes += parts[index].hashes
        kinds += parts[index].kinds
        ends += parts[index].ends
        factsWithoutCards += parts[index].factsWithoutCards
        otherSiblingKeys.formUnion(parts[index].otherSiblingKeys)
        typed.formUnion(parts[index].typed)
        locations.append(parts[index].locations)
        texts.append(parts[index].bytes)
      }
      parts.removeAll()
      self.hashes = hashes
      self.kinds = kinds
      self.locations = .joining(moving: &locations, filler: nil)
      self.texts = texts
      self.ends = ends
      self.runOfCard = runOfCard
      self.firsts = firsts
      self.factsWithoutCards = factsWithoutCards
      self.otherSiblingKeys = otherSiblingKeys
      self.typed = typed
    }

    /// The number of cards.
    var count: Int { hashes.count }

    /// The cards' texts, read without retaining anything; valid only inside `withTexts`.
    struct Texts {
      let runs: [UnsafeBufferPointer<UInt8>]
      let ends: UnsafeBufferPointer<Int>
      let runOfCard: UnsafeBufferPointer<UInt16>
      let firsts: UnsafeBufferPointer<Int>

      /// Text `text` (0: comparable prompt, 1: id, 2: answer) of card `card`.
      func text(_ text: Int, of card: Int) -> UnsafeBufferPointer<UInt8> {
        let run = Int(runOfCard[card])
        let slot = card * 3 + text
        let start = text == 0 && card == firsts[run] ? 0 : ends[slot - 1]
        return runs.withUnsafeBufferPointer {
          UnsafeBufferPointer(rebasing: $0[run][start..<ends[slot]])
        }
      }

      /// Text `text` of card `card` as a string.
      func string(_ text: Int, of card: Int) -> String {
        String(decoding: self.text(text, of: card), as: UTF8.self)
      }

      /// Whether text `text` of two cards is the same bytes.
      func same(_ text: Int, of one: Int, _ other: Int) -> Bool {
        let (first, second) = (self.text(text, of: one), self.text(text, of: other))
        guard first.count == second.count else { return false }
        guard let firstStart = first.baseAddress, let secondStart = second.baseAddress,
          !first.isEmpty
        else { return true }
        return memcmp(firstStart, secondStart, first.count) == 0
      }
    }

    /// The cards' texts, given to `body`.
    func withTexts<Result>(_ body: (Texts) -> Result) -> Result {
      var runs: [UnsafeBufferPointer<UInt8>] = []
      runs.reserveCapacity(texts.count)
      // Each run's buffer is valid inside its own closure: the closures are nested, one per run.
      func nest(_ index: Int) -> Result {
        guard index < texts.count else {
          return ends.withUnsafeBufferPointer { ends in
            runOfCard.withUnsafeBufferPointer { runOfCard in
              firsts.withUnsafeBufferPointer { firsts in
                body(Texts(runs: runs, ends: ends, runOfCard: runOfCard, firsts: firsts))
              }
            }
          }
        }
        return texts[index].withUnsafeBufferPointer { bytes in
          runs.append(bytes)
          return nest(index + 1)
        }
      }
      return nest(0)
    }

    /// Text `text` of card `card` as a string (see `Texts.text`).
    func text(_ text: Int, of card: Int) -> String {
      withTexts { $0.string(text, of: card) }
    }
  }
}
