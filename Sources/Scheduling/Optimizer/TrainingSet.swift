import Foundation

/// Review histories flattened for the optimizer: one array entry per review, cards one after another.
///
/// Items follow fsrs-rs: every review at least one whole day after the previous one of its card (so never a
/// card's first review) is an item, whose label is "recalled" (rating above Again) and whose prediction is
/// the retrievability before it. Same-day reviews are no items but still move the memory state (FSRS-6's
/// short-term formula), as in fsrs-rs. Elapsed days are floored whole days, as the scheduler counts them.
///
/// Unlike fsrs-rs, an item carries the guess rate g of its rung (a recognition presentation, where a right
/// answer can be picked without recall, has g > 0): its prediction is g + (1 − g)·R. With g = 0 (typed
/// answers, lists, reviews that name no rung) it is R itself.
struct TrainingSet: Sendable {
  /// What a review is to the optimizer.
  enum Role: UInt8, Sendable {
    /// Only moves the memory state (a first or a same-day review).
    case history
    /// An item fitted on.
    case training
    /// An item held out for evaluation.
    case heldOut
  }

  /// By review: the rating, 1…4.
  var ratings: [UInt8] = []
  /// By review: whole days since the card's previous review (0 for its first).
  var elapsed: [Int32] = []
  /// By review: its role.
  var roles: [Role] = []
  /// By review: the chance of a right answer without recall (``Guessing/rate(rung:)``).
  var guessRates: [Double] = []
  /// By review: the rung of the presentation answered.
  var rungs: [Int8] = []
  /// By review: the item's weight in the training loss (recency weighting; 0 unless a training item).
  var weights: [Double] = []
  /// Card c's reviews are `cardStarts[c]..<cardStarts[c + 1]`.
  var cardStarts: [Int] = [0]
  /// How many training and held-out items there are.
  var trainingItems = 0
  var heldOutItems = 0

  var cardCount: Int { cardStarts.count - 1 }

  /// Flattens `histories`; items at or after `heldOutFrom` are held out, earlier ones are trained on.
  init(histories: [CardHistory], heldOutFrom cutoff: Date?) {
    var itemTimes: [(time: Date, index: Int)] = []
    for history in histories where !history.reviews.isEmpty {
      let reviews = history.reviews.sorted { $0.time < $1.time }
      var previous: Date?
      for review in reviews {
        let days = previous.map { max(0, review.time.wholeDays(since: $0)) } ?? 0
        ratings.append(UInt8(review.rating.rawValue))
        elapsed.append(Int32(clamping: days))
        guessRates.append(Guessing.rate(rung: review.rung))
        rungs.append(Int8(clamping: review.rung))
        weights.append(0)
        if previous != nil, days > 0 {
          let heldOut = cutoff.map { review.time >= $0 } ?? false
          roles.append(heldOut ? .heldOut : .training)
          if heldOut {
            heldOutItems += 1
          } else {
            trainingItems += 1
            itemTimes.append((review.time, ratings.count - 1))
          }
        } else {
          roles.append(.history)
        }
        previous = review.time
      }
      cardStarts.append(ratings.count)
    }
    // fsrs-rs's recency weighting: the k-th of n training items by time weighs 0.25 + 0.75·(k/(n−1))³.
    itemTimes.sort { ($0.time, $0.index) < ($1.time, $1.index) }
    let last = Double(max(itemTimes.count - 1, 1))
    for (rank, item) in itemTimes.enumerated() {
      let fraction = Double(rank) / last
      weights[item.index] = 0.25 + 0.75 * fraction * fraction * fraction
    }
  }

  /// The time from which the latest `fraction` of all items lie (nil when there are no items).
  static func cutoff(histories: [CardHistory], heldOutFraction fraction: Double) -> Date? {
    var times: [Date] = []
    for history in histories {
      let reviews = history.reviews.sorted { $0.time < $1.time }
      for (previous, review) in zip(reviews, reviews.dropFirst())
      where review.time.wholeDays(since: previous.time) > 0 {
        times.append(review.time)
      }
    }
    guard !times.isEmpty else { return nil }
    times.sort()
    let index = min(times.count - 1, Int((Double(times.count) * (1 - fraction)).rounded(.down)))
    return times[index]
  }
}
