/// Forecasts a learner's daily workload under FSRS-6: reviews per day and cards learned, for a desired
/// retention, so that a learner can weigh retention against time.
///
/// A simplified learner, pure and seeded: each due card (at most `reviewsPerDay` a day, oldest due first)
/// is recalled with the retrievability the weights predict; a recalled card is rated Good, a forgotten
/// one Again followed by one same-day Good (the relearning step); up to `newPerDay` new cards a day are
/// introduced with Good and one same-day Good (the learning steps). Intervals come from the scheduler's
/// own rounding and maximum, without fuzz. Days are whole days from "today" (day 0).
public struct WorkloadSimulator: Sendable {
  /// A card already studied.
  public struct Card: Sendable {
    /// Its memory now.
    public var memory: MemoryState
    /// The day of its last review (0 today, negative before).
    public var lastReview: Int
    /// The day it falls due (may be in the past: overdue).
    public var due: Int

    /// A card with this memory, last reviewed and due on these days.
    public init(memory: MemoryState, lastReview: Int, due: Int) {
      self.memory = memory
      self.lastReview = lastReview
      self.due = due
    }
  }

  /// One simulated day.
  public struct Day: Sendable, Equatable {
    /// Reviews of cards already learned.
    public var reviews: Int
    /// Of those, the ones forgotten.
    public var lapses: Int
    /// New cards introduced.
    public var newCards: Int
    /// Cards introduced so far, this day included.
    public var learned: Int
    /// The expected number of learned cards the learner would recall at the end of the day.
    public var expectedRecalled: Double
  }

  private let scheduler: Scheduler
  private let model: MemoryModel<Double>
  private let newPerDay: Int
  private let reviewsPerDay: Int

  /// A simulator for `parameters` (weights, desired retention, maximum interval).
  public init(parameters: FSRSParameters, newPerDay: Int = 20, reviewsPerDay: Int = 200) {
    var parameters = parameters
    parameters.enableFuzz = false
    scheduler = Scheduler(parameters: parameters)
    model = MemoryModel(weights: parameters.weights)
    self.newPerDay = max(0, newPerDay)
    self.reviewsPerDay = max(0, reviewsPerDay)
  }

  /// Simulates `days` days from `cards`, with `newAvailable` cards not yet seen, recall drawn from
  /// a generator seeded with `seed`.
  public func run(cards: [Card], newAvailable: Int, days: Int, seed: UInt64) -> [Day] {
    var generator = SplitMix64(seed: seed)
    var cards = cards
    var remaining = max(0, newAvailable)
    var result: [Day] = []
    for day in 0..<max(0, days) {
      var reviewed = 0
      var lapses = 0
      let due = cards.indices.filter { cards[$0].due <= day }.sorted {
        (cards[$0].due, $0) < (cards[$1].due, $1)
      }
      for index in due.prefix(reviewsPerDay) {
        var card = cards[index]
        let elapsed = max(0, day - card.lastReview)
        let retrievability = model.retrievability(
          elapsedDays: elapsed, stability: card.memory.stability)
        let recalled = generator.nextUnitInterval() < retrievability
        var memory = model.next(
          .init(card.memory), rating: recalled ? .good : .again,
          retrievability: elapsed >= 1 ? retrievability : nil)
        if !recalled {
          lapses += 1
          memory = model.next(memory, rating: .good, retrievability: nil)
        }
        card.memory = MemoryState(memory)
        card.lastReview = day
        card.due = day + scheduler.interval(forStability: card.memory.stability)
        cards[index] = card
        reviewed += 1
      }
      let introduced = min(remaining, newPerDay)
      remaining -= introduced
      for _ in 0..<introduced {
        let memory = MemoryState(
          model.next(model.initial(.good), rating: .good, retrievability: nil))
        cards.append(
          Card(
            memory: memory, lastReview: day,
            due: day + scheduler.interval(forStability: memory.stability)))
      }
      let expected = cards.reduce(0.0) {
        $0
          + model.retrievability(
            elapsedDays: max(0, day + 1 - $1.lastReview), stability: $1.memory.stability)
      }
      result.append(
        Day(
          reviews: reviewed, lapses: lapses, newCards: introduced, learned: cards.count,
          expectedRecalled: expected))
    }
    return result
  }
}
