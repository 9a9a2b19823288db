import Foundation
import Scheduling
import Utilities

/// Derives every unit's state from a progress file's events: state is never stored, only replayed. Reviews
/// name the card (presentation) shown; the unit map says which unit's memory it moves.
public struct ProgressReplay: Sendable {
  /// A review that still counts (not taken back by an undo).
  public struct Review: Sendable, Equatable {
    /// When it was made.
    public var time: Date
    /// What was logged.
    public var record: ReviewRecord
  }

  /// The scheduling state of every unit reviewed at least once (cram reviews do not count), by unit id.
  public var states: [String: CardState] = [:]
  /// Units the learner suspended (a suspend event names a card: its unit is suspended).
  public var suspended: Set<String> = []
  /// Flags with their notes, per card.
  public var flags: [String: [String]] = [:]
  /// Tags Recall gave units (`leech`), by unit id.
  public var tags: [String: Set<String>] = [:]
  /// Every review that counts, in order, cram included (for statistics): a view of the entries replayed,
  /// not a copy of them.
  public let reviews: Reviews
  /// The time of the latest review that moved the schedule (cram excluded), if any: nothing is to be
  /// counted for a day that starts after it, however long the history.
  public private(set) var latestReview: Date?
  /// The scheduler in effect after the last event: the one given, with the weights of the latest
  /// `parameters` event when there is one. New reviews are to be scheduled with it.
  public let scheduler: Scheduler
  /// The weights of the latest `parameters` event, nil when the learner never ran `recall optimize`.
  public let fittedWeights: [Double]?
  /// The units the cards belong to.
  public let units: UnitMap
  /// The schedulers of the file, by the positions of its `parameters` events.
  private let regimes: Regimes

  /// Replays `entries` through `scheduler`, the reviews of each card counting for its unit in `units`
  /// (by default every card is a unit of its own).
  public init(entries: [ProgressEntry], scheduler: Scheduler, units: UnitMap = .cards) {
    self.init(entries: entries, scheduler: scheduler, units: units, threads: nil)
  }

  /// Replays `entries` on `threads` threads (nil: one per core for a large file, one otherwise).
  init(entries: [ProgressEntry], scheduler: Scheduler, units: UnitMap, threads: Int?) {
    let events = Events(entries: entries, scheduler: scheduler, units: units)
    suspended = events.suspended
    flags = events.flags
    tags = events.tags
    reviews = events.reviews
    self.units = units
    self.scheduler = events.scheduler
    fittedWeights = events.fittedWeights
    regimes = events.regimes
    let counted = events.reviews.positions
    let threads = threads ?? (counted.count < Self.parallelThreshold ? 1 : concurrentWorkerCount)
    (states, latestReview) = Self.schedule(
      entries, reviews: counted, units: units, regimes: regimes, threads: threads)
  }

  /// The scheduler that replayed the review at `index` of ``reviews``: the one given, or the weights of the
  /// latest `parameters` event before it. For walking the history review by review as the replay did.
  public func scheduler(forReview index: Int) -> Scheduler {
    regimes.schedulers[regimes.regime(at: reviews.entryPosition(index))]
  }

  /// The state of the unit `card` belongs to: replayed, or new and due now.
  public func state(of card: String, now: Date) -> CardState {
    states[units.unit(of: card)] ?? CardState.new(due: now)
  }

  /// Below this many reviews one thread replays them all: a second would not pay for itself.
  static let parallelThreshold = 20_000

  /// Unit states, and the time of the latest review that made them.
  private typealias Replayed = (states: [String: CardState], latest: Date?)

  /// A review to replay: its unit by number, its time and rating, and the scheduler in effect.
  private struct Step: Sendable {
    var card: Int
    var time: Date
    var rating: Rating
    /// 32 bits keep a step at 24 bytes, as it was before parameters events.
    var regime: UInt32
  }

  /// The schedulers of a file: the first until the first `parameters` event, then one per event.
  struct Regimes: Sendable {
    var schedulers: [Scheduler]
    /// The entry positions of the `parameters` events, ascending.
    var positions: [Int]

    /// The scheduler for the entry at `position`: the number of `parameters` events before it.
    func regime(at position: Int) -> Int {
      guard let first = positions.first, position > first else { return 0 }
      var low = 0
      var high = positions.count
      while low < high {
        let middle = (low + high) / 2
        if positions[middle] < position { low = middle + 1 } else { high = middle }
      }
      return low
    }
  }

  /// The reviews of a run of positions with their units numbered, sorted by share.
  private struct Numbered: Sendable {
    var cards = StringInterner(limit: .max)
    /// By share: the reviews, in order.
    var shares: [[Step]]

    init(shares: Int) { self.shares = Array(repeating: [], count: shares) }
  }

  /// What one thread made of its share of the units: their states by number, and the latest review.
  private struct Share: Sendable {
    var states: [CardState?]
    var latest: Date?
  }

  /// Runs the reviews at `positions` of `entries` through the scheduler, unit by unit (cram reviews
  /// excepted).
  ///
  /// Each unit's reviews depend only on each other. With n threads, each first numbers the units of a run of
  /// 1/n of the reviews and sorts those into n shares by the top bits of the hash of their unit id; then,
  /// with the numberings joined into one, each replays the reviews of one share, in order, keeping states in
  /// an array by unit number. Unit ids are hashed once per review, and each unit is replayed by one thread
  /// only; the unit id seeds the interval fuzz.
  private static func schedule(
    _ entries: [ProgressEntry], reviews positions: [Int], units: UnitMap, regimes: Regimes,
    threads: Int
  ) -> Replayed {
    let threads = max(threads, 1)
    let size = (positions.count + threads - 1) / threads
    let runs = (0..<threads).map {
      positions[min($0 * size, positions.count)..<min(($0 + 1) * size, positions.count)]
    }
    let parts = concurrentMap(count: threads) { run in
      var part = Numbered(shares: threads)
      for index in runs[run] {
        guard case .review(let record) = entries[index].event, record.mode != .cram,
          let card = part.cards.number(
            of: units.isIdentity ? record.card : units.unit(of: record.card))
        else { continue }
        // The hash's top bits pick the share (the top bit, for two threads).
        let high = part.cards.hash(ofNumber: card) >> 32
        let share = Int(truncatingIfNeeded: (high * UInt64(threads)) >> 32)
        part.shares[share].append(
          Step(
            card: card, time: entries[index].time, rating: record.rating,
            regime: UInt32(clamping: regimes.regime(at: index))))
      }
      return part
    }
    // One numbering: the first run's, with the cards first met in each later run added after it. (A
    // number is never missing: the table's limit, two billion strings, is beyond any file.)
    var cards = parts.first?.cards ?? StringInterner(limit: .max)
    let renumbered = parts.dropFirst().map { part in
      part.cards.strings.map { cards.number(of: $0) ?? 0 }
    }
    let names = cards.strings
    let shares = concurrentMap(count: threads) { share in
      // The entries are not read again: each step holds what the scheduler needs.
      var states = [CardState?](repeating: nil, count: names.count)
      var latest: Date?
      // Most files have no parameters event: one scheduler, held in a local, as before such events.
      let first = regimes.schedulers[0]
      let single = regimes.schedulers.count == 1
      for (run, part) in parts.enumerated() {
        for step in part.shares[share] {
          let card = run == 0 ? step.card : renumbered[run - 1][step.card]
          if latest.map({ step.time > $0 }) ?? true { latest = step.time }
          let previous = states[card] ?? CardState.new(due: step.time)
          states[card] =
            single
            ? first.review(previous, rating: step.rating, at: step.time, cardID: names[card])
            : regimes.schedulers[Int(step.regime)].review(
              previous, rating: step.rating, at: step.time, cardID: names[card])
        }
      }
      return Share(states: states, latest: latest)
    }
    var states: [String: CardState] = [:]
    states.reserveCapacity(names.count)
    for (number, card) in names.enumerated() {
      if let state = shares.lazy.compactMap({ $0.states[number] }).first { states[card] = state }
    }
    return (states, shares.compactMap(\.latest).max())
  }
}
