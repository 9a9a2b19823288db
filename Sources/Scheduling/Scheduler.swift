public import Foundation

/// The FSRS-6 scheduler: answers a card with a rating and says when to show it next.
///
/// Pure and deterministic: the review time and the card id come in as values, nothing reads the
/// clock or a global random source. With fuzz off it reproduces py-fsrs 6.3.2 (the `fsrs` package)
/// step for step, which the conformance fixture in SchedulingTests checks.
public struct Scheduler: Sendable {
  /// The settings this scheduler was built with.
  public let parameters: FSRSParameters
  private let model: MemoryModel<Double>

  /// A scheduler for `parameters`, which should be validated (the initialiser of
  /// ``FSRSParameters`` does that); invalid values never trap, they just schedule oddly.
  public init(parameters: FSRSParameters = .default) {
    self.parameters = parameters
    model = MemoryModel(weights: parameters.weights)
  }

  /// The card after answering it with `rating` at `now`. `cardID` seeds the fuzz together with
  /// `card.reviewCount`.
  ///
  /// Memory: a new card gets S0 and D0; a later review less than one whole day (floored, as
  /// py-fsrs does) after the previous one uses the same-day stability formula, any other the
  /// recall or forget formula with the retrievability at `now`; difficulty is updated every time.
  /// Steps: see ``FSRSParameters/learningSteps``; a review card rated Again counts a lapse and
  /// moves to relearning step 0. A card reaching review is due `now` plus whole days, fuzzed when
  /// ``FSRSParameters/enableFuzz`` is set (see the fuzz below); steps are never fuzzed.
  ///
  /// The fuzz is Anki's deterministic variant: the fraction f comes from SplitMix64 seeded with
  /// the 64-bit FNV-1a hash of the UTF-8 of `cardID + ":" + String(card.reviewCount)`, so replaying
  /// the same history always yields the same due dates, in any process, on any platform.
  public func review(_ card: CardState, rating: Rating, at now: Date, cardID: String) -> CardState {
    var next = card
    next.memory = nextMemory(of: card, rating: rating, at: now)
    next.lastReview = now
    next.reviewCount = card.reviewCount == .max ? .max : card.reviewCount + 1

    let ladder: LearningSteps
    switch card.phase {
    case .new, .learning:
      next.phase = .learning
      ladder = LearningSteps(delays: parameters.learningSteps)
    case .relearning:
      ladder = LearningSteps(delays: parameters.relearningSteps)
    case .review:
      if rating == .again {
        next.lapses = card.lapses == .max ? .max : card.lapses + 1
        if let delay = parameters.relearningSteps.first {
          next.phase = .relearning
          next.step = 0
          next.due = now.addingTimeInterval(delay)
          return next
        }
      }
      return scheduleReview(next, at: now, cardID: cardID, reviewCount: card.reviewCount)
    }

    switch ladder.outcome(fromStep: card.step ?? 0, rating: rating) {
    case .step(let index, let delay):
      next.step = index
      next.due = now.addingTimeInterval(delay)
      return next
    case .graduate:
      return scheduleReview(next, at: now, cardID: cardID, reviewCount: card.reviewCount)
    }
  }

  /// The state each of the four ratings would lead to (for showing next intervals).
  ///
  /// Each entry equals what ``review(_:rating:at:cardID:)`` returns for that rating, fuzz included.
  public func preview(_ card: CardState, at now: Date, cardID: String) -> [Rating: CardState] {
    var outcomes: [Rating: CardState] = [:]
    for rating in Rating.allCases {
      outcomes[rating] = review(card, rating: rating, at: now, cardID: cardID)
    }
    return outcomes
  }

  /// Probability of recall now (0 for a new card).
  ///
  /// R = (1 + FACTOR·t/S)^(−w20), with t the whole days since the last review, floored and never
  /// negative, so a card reviewed earlier today has R = 1.
  public func retrievability(of card: CardState, at now: Date) -> Double {
    guard card.phase != .new, let memory = card.memory, let lastReview = card.lastReview else {
      return 0
    }
    let elapsedDays = max(0, now.wholeDays(since: lastReview))
    return model.retrievability(elapsedDays: elapsedDays, stability: memory.stability)
  }

  /// Whole-day interval for a stability, before fuzz: rounded, ≥ 1, ≤ maximumInterval.
  ///
  /// Rounding is half-to-even, like Python's `round`, so that py-fsrs and Recall agree on the
  /// rare interval that lands exactly on a half day.
  public func interval(forStability stability: Double) -> Int {
    let days = model.rawInterval(
      stability: stability, desiredRetention: parameters.desiredRetention)
    let rounded = days.isNaN ? 1 : Int(saturating: days, rounding: .toNearestOrEven)
    return min(max(rounded, 1), parameters.maximumInterval)
  }

  private func nextMemory(of card: CardState, rating: Rating, at now: Date) -> MemoryState {
    guard card.phase != .new, let memory = card.memory else {
      return MemoryState(model.initial(rating))
    }
    let sameDay = card.lastReview.map { now.wholeDays(since: $0) < 1 } ?? false
    return MemoryState(
      model.next(
        .init(memory), rating: rating,
        retrievability: sameDay ? nil : retrievability(of: card, at: now)))
  }

  private func scheduleReview(
    _ card: CardState, at now: Date, cardID: String, reviewCount: Int
  ) -> CardState {
    var card = card
    var days = interval(
      forStability: card.memory?.stability ?? MemoryModel<Double>.minimumStability)
    if parameters.enableFuzz {
      let fuzz = IntervalFuzz(maximumInterval: parameters.maximumInterval)
      days = fuzz.fuzzed(days, cardID: cardID, reviewCount: reviewCount)
    }
    card.phase = .review
    card.step = nil
    card.due = now.addingTimeInterval(Double(days) * 86_400)
    return card
  }
}
