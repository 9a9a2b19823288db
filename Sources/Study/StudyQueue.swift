import Cards
import Foundation
import ProgressCore
import Scheduling

/// Chooses the next card: learning cards when due first, then due reviews, then new cards, within the daily
/// limits; suspended cards never. Once a card of a fact has been answered on a study day, its siblings (the
/// other cards of that fact) wait for the next day, but a due card waits behind its siblings for one study
/// day at most: one that a sibling already held back on an earlier day is shown whatever its siblings do.
public struct StudyQueue: Sendable {
  /// How far ahead a learning card may be shown when nothing else is left (as Anki's "learn ahead").
  public static let learnAhead: TimeInterval = 20 * 60

  let cards: [Card]
  let limits: StudyLimits
  let day: StudyDay
  /// Card states by card id, updated as the session goes; absent means never reviewed.
  public private(set) var states: [String: CardState]
  var suspended: Set<String>
  /// The cards answered this study day, by sibling key.
  var answeredToday: [String: Set<String>] = [:]
  /// Due cards that a sibling already held back on an earlier study day: never held back again.
  var heldBackBefore: Set<String> = []
  var newToday = 0
  var reviewsToday = 0
  let dayStart: Date

  /// Builds the queue from the deck's cards and the replayed progress at `now`.
  public init(
    cards: [Card], replay: ProgressReplay, limits: StudyLimits, day: StudyDay, now: Date
  ) {
    self.cards = Self.studyOrder(cards)
    self.limits = limits
    self.day = day
    states = replay.states
    suspended = replay.suspended
    dayStart = day.start(of: now)
    heldBackBefore = Self.heldBack(
      cards: cards, states: states, suspended: suspended, reviews: replay.reviews, day: day,
      before: dayStart)
    // Only reviews made today count below. The first session of a day finds none, and need not go through
    // a history of a million reviews to learn it.
    guard let latest = replay.latestReview, latest >= dayStart else { return }
    let siblingKeys = Dictionary(cards.map { ($0.id.rawValue, $0.siblingKey) }) { first, _ in first
    }
    var seenBeforeToday: Set<String> = []
    var seenToday: Set<String> = []
    for review in replay.reviews where review.record.mode != .cram {
      let id = review.record.card
      guard review.time >= dayStart else {
        seenBeforeToday.insert(id)
        continue
      }
      if let key = siblingKeys[id] { answeredToday[key, default: []].insert(id) }
      if seenToday.insert(id).inserted {
        // A card first seen today used up one of today's new cards; any other, one of its reviews.
        if seenBeforeToday.contains(id) { reviewsToday += 1 } else { newToday += 1 }
      }
    }
  }

  /// Deck order by fact, but within one fact's cards a fixed pseudo-random order, so the first card a learner
  /// meets of each fact is not always the same kind.
  static func studyOrder(_ cards: [Card]) -> [Card] {
    var groupIndex: [String: Int] = [:]
    for card in cards where groupIndex[card.siblingKey] == nil {
      groupIndex[card.siblingKey] = groupIndex.count
    }
    func mix(_ text: String) -> UInt64 {
      text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
    return cards.sorted {
      let left = groupIndex[$0.siblingKey] ?? 0
      let right = groupIndex[$1.siblingKey] ?? 0
      return left != right ? left < right : mix($0.id.rawValue) < mix($1.id.rawValue)
    }
  }

  /// Cards due for review now (not counting learning cards), within today's limit.
  public func dueCount(now: Date) -> Int {
    let due = cards.filter { card in
      guard let state = states[card.id.rawValue], isAvailable(card) else { return false }
      return state.phase == .review && state.due <= now
    }.count
    return min(due, max(0, limits.reviews - reviewsToday))
  }

  /// Learning and relearning cards due now or later today.
  public func learningCount(now: Date) -> Int {
    cards.filter { card in
      guard let state = states[card.id.rawValue], isAvailable(card) else { return false }
      return state.phase == .learning || state.phase == .relearning
    }.count
  }

  /// New cards that today's limit still allows (one per fact; none of the facts in `skipped`).
  public func newCount(skipping skipped: Set<String> = []) -> Int {
    let unseen = cards.filter {
      states[$0.id.rawValue] == nil && isAvailable($0) && !skipped.contains($0.siblingKey)
    }
    var keys: Set<String> = []
    let distinct = unseen.filter { keys.insert($0.siblingKey).inserted }.count
    return min(distinct, max(0, limits.newCards - newToday))
  }

  /// The next card to show at `now`, or nil when the day's work is done; cards whose sibling key is in
  /// `skipped`, and the cards in `setAside`, are passed over.
  public func next(
    now: Date, skipping skipped: Set<String> = [], setAside: Set<String> = []
  ) -> Card? {
    var learning: (Card, Date)?
    var review: (Card, Date)?
    var firstNew: Card?
    for card in cards
    where isAvailable(card) && !skipped.contains(card.siblingKey)
      && !setAside.contains(card.id.rawValue)
    {
      guard let state = states[card.id.rawValue] else {
        if firstNew == nil, newToday < limits.newCards { firstNew = card }
        continue
      }
      switch state.phase {
      case .learning, .relearning:
        if state.due < (learning?.1 ?? .distantFuture) { learning = (card, state.due) }
      case .review where state.due <= now && reviewsToday < limits.reviews:
        if state.due < (review?.1 ?? .distantFuture) { review = (card, state.due) }
      default: break
      }
    }
    if let learning, learning.1 <= now { return learning.0 }
    if let review { return review.0 }
    if let firstNew { return firstNew }
    if let learning, learning.1 <= now.addingTimeInterval(Self.learnAhead) { return learning.0 }
    return nil
  }

  /// A card is available unless suspended or held back: a sibling was answered today, the card itself was
  /// not, and no sibling has held it back on an earlier day.
  func isAvailable(_ card: Card) -> Bool {
    let id = card.id.rawValue
    guard !suspended.contains(id) else { return false }
    guard let answered = answeredToday[card.siblingKey], !answered.contains(id) else { return true }
    return heldBackBefore.contains(id)
  }

  /// Takes a suspended card out of the queue.
  public mutating func suspend(_ card: String) { suspended.insert(card) }

  /// Takes a review into account: the new state, today's counts and the sibling it buries.
  public mutating func apply(card: Card, newState: CardState, wasNew: Bool, wasReview: Bool) {
    states[card.id.rawValue] = newState
    if wasNew { newToday += 1 } else if wasReview { reviewsToday += 1 }
    answeredToday[card.siblingKey, default: []].insert(card.id.rawValue)
  }
}
