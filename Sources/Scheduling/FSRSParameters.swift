public import Foundation

/// The settings of the FSRS-6 scheduler: model weights, desired retention, steps, limits, fuzz.
///
/// The initialiser validates everything; the properties stay mutable for convenience, so code that
/// changes them afterwards should call ``validate()`` again. ``Scheduler`` never traps on invalid
/// values: it substitutes the default for a missing weight and keeps intervals within range.
public struct FSRSParameters: Sendable, Equatable {
  /// The 21 FSRS-6 weights w0…w20, each within ``weightBounds``.
  public var weights: [Double]
  /// The probability of recall at which a review card falls due, strictly between 0 and 1.
  public var desiredRetention: Double
  /// Delays in seconds between the learning steps of a new card; may be empty.
  ///
  /// With no learning steps a card's first review sends it straight to review.
  public var learningSteps: [TimeInterval]
  /// Delays in seconds between the relearning steps after a lapse; may be empty.
  ///
  /// With no relearning steps a lapsed card stays in review, due after its new (short) interval.
  public var relearningSteps: [TimeInterval]
  /// The longest interval, in days, a review card can be scheduled; at least 1.
  public var maximumInterval: Int
  /// Whether review intervals of 3 days or more are spread by Anki's deterministic fuzz.
  public var enableFuzz: Bool

  /// The FSRS-6 default weights w0…w20 (as in py-fsrs 6.3.2 and Anki).
  public static let defaultWeights: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]

  /// The closed range each weight w0…w20 must lie in, the bounds py-fsrs 6.3.2 enforces.
  public static let weightBounds: [ClosedRange<Double>] = [
    0.001...100, 0.001...100, 0.001...100, 0.001...100,  // w0–w3: initial stabilities
    1...10, 0.001...4, 0.001...4, 0.001...0.75,  // w4–w7: difficulty
    0...4.5, 0...0.8, 0.001...3.5,  // w8–w10: stability after recall
    0.001...5, 0.001...0.25, 0.001...0.9, 0...4,  // w11–w14: stability after a lapse
    0...1, 1...6,  // w15 Hard penalty, w16 Easy bonus
    0...2, 0...2, 0...0.8,  // w17–w19: same-day reviews
    0.1...0.8,  // w20: the forgetting curve's decay
  ]

  /// Recall's defaults: FSRS-6 weights, 90 % retention, steps of 1 and 10 minutes, relearning
  /// after 10 minutes, at most 36500 days, fuzz on.
  public static let `default` = FSRSParameters(
    uncheckedWeights: defaultWeights, desiredRetention: 0.9, learningSteps: [60, 600],
    relearningSteps: [600], maximumInterval: 36500, enableFuzz: true)

  /// Creates validated parameters; throws the first problem found.
  ///
  /// - Throws: ``SchedulingError`` when there are not 21 weights, a weight is outside
  ///   ``weightBounds``, the retention is not in (0, 1), a step is not a positive number of
  ///   seconds, or the maximum interval is under 1 day.
  public init(
    weights: [Double] = FSRSParameters.defaultWeights,
    desiredRetention: Double = 0.9,
    learningSteps: [TimeInterval] = [60, 600],
    relearningSteps: [TimeInterval] = [600],
    maximumInterval: Int = 36500,
    enableFuzz: Bool = true
  ) throws(SchedulingError) {
    self.init(
      uncheckedWeights: weights, desiredRetention: desiredRetention, learningSteps: learningSteps,
      relearningSteps: relearningSteps, maximumInterval: maximumInterval, enableFuzz: enableFuzz)
    try validate()
  }

  private init(
    uncheckedWeights weights: [Double], desiredRetention: Double, learningSteps: [TimeInterval],
    relearningSteps: [TimeInterval], maximumInterval: Int, enableFuzz: Bool
  ) {
    self.weights = weights
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    self.enableFuzz = enableFuzz
  }

  /// Checks every setting, in declaration order, and throws the first problem found.
  ///
  /// NaN is always out of bounds. The checks are those of py-fsrs 6.3.2 for the weights, plus the
  /// ranges py-fsrs leaves unchecked (retention, steps, maximum interval).
  public func validate() throws(SchedulingError) {
    let bounds = Self.weightBounds
    guard weights.count == bounds.count else {
      throw .wrongWeightCount(expected: bounds.count, found: weights.count)
    }
    for (index, (weight, range)) in zip(weights, bounds).enumerated() where !range.contains(weight)
    {
      throw .weightOutOfBounds(
        index: index, value: weight, lowerBound: range.lowerBound, upperBound: range.upperBound)
    }
    guard desiredRetention > 0, desiredRetention < 1 else {
      throw .desiredRetentionOutOfBounds(desiredRetention)
    }
    for (index, step) in learningSteps.enumerated() where !Self.isValidStep(step) {
      throw .invalidLearningStep(index: index, seconds: step)
    }
    for (index, step) in relearningSteps.enumerated() where !Self.isValidStep(step) {
      throw .invalidRelearningStep(index: index, seconds: step)
    }
    guard maximumInterval >= 1 else {
      throw .invalidMaximumInterval(maximumInterval)
    }
  }

  private static func isValidStep(_ seconds: TimeInterval) -> Bool {
    seconds > 0 && seconds.isFinite
  }
}
