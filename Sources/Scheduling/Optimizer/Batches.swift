import Utilities

/// The batches of an epoch: cards shuffled by a seeded generator, then cut into runs of whole cards that
/// hold at least `size` training items (the last run may hold fewer).
struct Batches: Sendable {
  /// A batch: its cards and how many training items they hold.
  struct Batch: Sendable {
    var cards: [Int]
    var items: Int
  }

  private let itemsPerCard: [Int]
  private let cardsWithItems: [Int]
  private let size: Int
  private let seed: UInt64
  /// Batches in every epoch (the same count each time, for the learning-rate schedule).
  let perEpoch: Int

  init(set: TrainingSet, size: Int, seed: UInt64) {
    var itemsPerCard = [Int](repeating: 0, count: set.cardCount)
    for card in 0..<set.cardCount {
      for index in set.cardStarts[card]..<set.cardStarts[card + 1]
      where set.roles[index] == .training {
        itemsPerCard[card] += 1
      }
    }
    self.itemsPerCard = itemsPerCard
    cardsWithItems = (0..<set.cardCount).filter { itemsPerCard[$0] > 0 }
    self.size = max(size, 1)
    self.seed = seed
    perEpoch = Self.cut(cardsWithItems, itemsPerCard: itemsPerCard, size: self.size).count
  }

  /// The batches of epoch `epoch` (0-based).
  func epoch(_ epoch: Int) -> [Batch] {
    var generator = SplitMix64(seed: seed &+ UInt64(epoch) &* 0x9E37_79B9)
    var cards = cardsWithItems
    // Fisher–Yates with the seeded generator (the standard library's shuffle may change between versions).
    if cards.count > 1 {
      for index in stride(from: cards.count - 1, to: 0, by: -1) {
        let other = Int(generator.next() % UInt64(index + 1))
        cards.swapAt(index, other)
      }
    }
    let batches = Self.cut(cards, itemsPerCard: itemsPerCard, size: size)
    return batches
  }

  private static func cut(_ cards: [Int], itemsPerCard: [Int], size: Int) -> [Batch] {
    var batches: [Batch] = []
    var current = Batch(cards: [], items: 0)
    for card in cards {
      current.cards.append(card)
      current.items += itemsPerCard[card]
      if current.items >= size {
        batches.append(current)
        current = Batch(cards: [], items: 0)
      }
    }
    if !current.cards.isEmpty { batches.append(current) }
    return batches
  }
}
