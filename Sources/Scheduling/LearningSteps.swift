import Foundation

/// The ladder of short steps a learning or relearning card climbs before it graduates to review.
///
/// Mirrors py-fsrs 6.3.2: Again goes back to step 0; Hard repeats the step, except on step 0
/// where it waits the mean of the first two steps (1.5 × the only step when there is one); Good
/// climbs a step or graduates after the last one; Easy graduates at once. With no steps, or a
/// step index beyond the ladder (steps shortened since), every rating but Again graduates.
struct LearningSteps: Sendable {
  /// What answering a card on the ladder does to it.
  enum Outcome: Equatable {
    /// The card stays on the ladder at step `index`, due `delay` seconds after the review.
    case step(index: Int, delay: TimeInterval)
    /// The card leaves the ladder and is scheduled in days from its stability.
    case graduate
  }

  /// The delays, in seconds, of each step.
  let delays: [TimeInterval]

  /// Where a card at step `step` goes when answered with `rating`.
  func outcome(fromStep step: Int, rating: Rating) -> Outcome {
    guard let first = delays.first else { return .graduate }
    let step = max(step, 0)
    if step >= delays.count && rating != .again {
      return .graduate
    }
    switch rating {
    case .again:
      return .step(index: 0, delay: first)
    case .hard:
      if step == 0 {
        let delay = delays.count >= 2 ? (first + delays[1]) / 2.0 : first * 1.5
        return .step(index: 0, delay: delay)
      }
      return .step(index: step, delay: delays[step])
    case .good:
      let next = step + 1
      return next == delays.count ? .graduate : .step(index: next, delay: delays[next])
    case .easy:
      return .graduate
    }
  }
}
