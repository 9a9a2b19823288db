public import Foundation
import Utilities

/// Fits the 21 FSRS-6 weights to review histories, the way fsrs-rs (Anki's optimizer) does.
///
/// 1. Items (``TrainingSet``): one per review at least a whole day after its card's previous review;
///    the latest ``Configuration/heldOutFraction`` of items by time are held out, the rest trained on.
///    A right answer is predicted with probability g + (1 − g)·R, g the guess rate of the review's rung
///    (``CardHistory/Review/rung``, ``Guessing``; 0 unless the answer could be picked from the
///    question), so easy recognition successes do not inflate the fitted memory; with every g = 0 this
///    is fsrs-rs's likelihood, bit for bit.
/// 2. Pretraining of w0…w3 from first-rating groups (``InitialStabilityFit``).
/// 3. Adam (β 0.9 / 0.999, ε 1e-8) on the recency-weighted log loss summed over a batch, plus fsrs-rs's
///    L2 penalty towards the starting weights, Σ (w − w_start)² / σ² · batch / items, with fsrs-rs's σ;
///    learning rate 0.04 on a cosine schedule over all steps; 5 epochs of batches of about 512 items;
///    after each step the weights are clipped to ``FSRSParameters/weightBounds``. The epoch with the
///    lowest training loss (penalty included) wins, as in fsrs-rs.
///
/// Gradients are exact, by forward-mode dual numbers (``Dual``) over the 21 weights. Unlike fsrs-rs,
/// which recomputes each item's history from its first review, a batch is a set of whole cards whose
/// histories are run once, every training item of the card scored along the way. Batches are split over
/// two threads whose gradients are added in a fixed order, and cards are shuffled by a seeded SplitMix64,
/// so a fit is the same on every run.
public struct ParameterOptimizer: Sendable {
  /// The optimizer's settings; the defaults are fsrs-rs's.
  public struct Configuration: Sendable {
    /// Passes over the training items.
    public var epochs = 5
    /// Items per Adam step (whole cards are added until a batch reaches this).
    public var batchSize = 512
    /// Adam's initial learning rate.
    public var learningRate = 0.04
    /// The share of items, latest first, held out to compare parameters.
    public var heldOutFraction = 0.2
    /// Fewer training items than this: too little history to fit.
    public var minimumTrainingItems = 64
    /// Fewer held-out items than this: too little history to tell whether a fit is better.
    public var minimumHeldOutItems = 16
    /// Seeds the shuffling of cards.
    public var seed: UInt64 = 2023
    /// Threads computing a batch's gradient (1 or 2).
    public var threads = 2

    /// The fsrs-rs settings.
    public init() {}
  }

  /// What a fit found.
  public struct Result: Sendable {
    /// The fitted weights (within bounds).
    public var weights: [Double]
    /// The starting weights on the held-out reviews.
    public var current: FitMetrics
    /// The fitted weights on the held-out reviews.
    public var fitted: FitMetrics
    /// The starting weights on the held-out reviews of each rung.
    public var currentByRung: [Int: FitMetrics]
    /// The fitted weights on the held-out reviews of each rung.
    public var fittedByRung: [Int: FitMetrics]
    /// Training items used.
    public var trainingItems: Int
    /// Whether the fitted weights predict the held-out reviews better (lower log loss).
    public var isBetter: Bool { fitted.logLoss < current.logLoss }
  }

  /// fsrs-rs's standard deviations of the weights across collections, which scale its L2 penalty.
  static let weightDeviations: [Double] = [
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
    1.03, 0.31, 0.32, 0.14, 0.27,
  ]

  /// The settings.
  public var configuration: Configuration

  /// An optimizer with `configuration`.
  public init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
  }

  /// Fits weights to `histories`, starting from `current` (the learner's weights now), holding out the
  /// latest reviews, and scores both on them.
  ///
  /// - Throws: ``SchedulingError/notEnoughHistory(trainingItems:heldOutItems:neededTraining:neededHeldOut:)``
  ///   when there are too few items to train on or to check against.
  public func fit(_ histories: [CardHistory], current: [Double]) throws(SchedulingError) -> Result {
    let cutoff = TrainingSet.cutoff(
      histories: histories, heldOutFraction: configuration.heldOutFraction)
    return try fit(histories, current: current, heldOutFrom: cutoff ?? .distantFuture)
  }

  /// Fits weights to the reviews of `histories` before `cutoff` and scores both on the later ones.
  public func fit(
    _ histories: [CardHistory], current: [Double], heldOutFrom cutoff: Date
  ) throws(SchedulingError) -> Result {
    let set = TrainingSet(histories: histories, heldOutFrom: cutoff)
    guard set.trainingItems >= configuration.minimumTrainingItems,
      set.heldOutItems >= configuration.minimumHeldOutItems
    else {
      throw .notEnoughHistory(
        trainingItems: set.trainingItems, heldOutItems: set.heldOutItems,
        neededTraining: configuration.minimumTrainingItems,
        neededHeldOut: configuration.minimumHeldOutItems)
    }
    let weights = train(set, from: current)
    let before = set.predictions(weights: current, role: .heldOut)
    let after = set.predictions(weights: weights, role: .heldOut)
    return Result(
      weights: weights, current: FitMetrics(before), fitted: FitMetrics(after),
      currentByRung: FitMetrics.byRung(before), fittedByRung: FitMetrics.byRung(after),
      trainingItems: set.trainingItems)
  }

  /// Fits weights to every item of `histories` (nothing held out), starting from `start`.
  public func fitAll(_ histories: [CardHistory], from start: [Double]) -> [Double] {
    train(TrainingSet(histories: histories, heldOutFrom: nil), from: start)
  }

  /// Scores `weights` on every item of `histories`.
  public static func evaluate(weights: [Double], histories: [CardHistory]) -> FitMetrics {
    FitMetrics(
      TrainingSet(histories: histories, heldOutFrom: nil).predictions(
        weights: weights, role: .training))
  }

  /// Pretraining then Adam, as described on the type.
  func train(_ set: TrainingSet, from current: [Double]) -> [Double] {
    let bounds = FSRSParameters.weightBounds
    var start = Self.clip(current.count == 21 ? current : FSRSParameters.defaultWeights)
    if let initial = InitialStabilityFit.fit(set, defaults: start) {
      start.replaceSubrange(0..<4, with: initial)
      start = Self.clip(start)
    }
    guard set.trainingItems > 0 else { return start }
    let batches = Batches(set: set, size: configuration.batchSize, seed: configuration.seed)
    let steps = batches.perEpoch * configuration.epochs
    var w = start
    var firstMoment = [Double](repeating: 0, count: 21)
    var secondMoment = [Double](repeating: 0, count: 21)
    let total = Double(set.trainingItems)
    var best = (loss: Double.infinity, weights: start)
    var step = 0
    for epoch in 0..<configuration.epochs {
      for batch in batches.epoch(epoch) {
        let (_, lossGradient) = gradient(set, weights: w, cards: batch.cards)
        let share = Double(batch.items) / total
        step += 1
        let rate =
          configuration.learningRate * 0.5 * (1 + cos(Double.pi * Double(step - 1) / Double(steps)))
        let correction1 = 1 - pow(0.9, Double(step))
        let correction2 = 1 - pow(0.999, Double(step))
        for i in 0..<21 {
          let deviation = Self.weightDeviations[i]
          let g = lossGradient[i] + 2 * (w[i] - start[i]) / (deviation * deviation) * share
          firstMoment[i] = 0.9 * firstMoment[i] + 0.1 * g
          secondMoment[i] = 0.999 * secondMoment[i] + 0.001 * g * g
          let update =
            (firstMoment[i] / correction1) / ((secondMoment[i] / correction2).squareRoot() + 1e-8)
          w[i] = (w[i] - rate * update).clamped(to: bounds[i])
        }
      }
      let loss = trainingLoss(set, weights: w, start: start)
      if loss < best.loss { best = (loss, w) }
    }
    // fsrs-rs keeps S0 increasing with the rating after training too.
    let ordered = InitialStabilityFit.fill(
      [1: best.weights[0], 2: best.weights[1], 3: best.weights[2], 4: best.weights[3]],
      counts: [:], defaults: best.weights)
    var result = best.weights
    for i in 0..<4 { result[i] = ordered[i].clamped(to: bounds[i]) }
    return result
  }

  /// The weighted training loss over all items plus the full penalty (fsrs-rs's epoch check).
  private func trainingLoss(_ set: TrainingSet, weights: [Double], start: [Double]) -> Double {
    var loss = 0.0
    for prediction in set.predictions(weights: weights, role: .training) {
      loss += prediction.weight * prediction.logLoss
    }
    for i in 0..<21 {
      let difference = (weights[i] - start[i]) / Self.weightDeviations[i]
      loss += difference * difference
    }
    return loss
  }

  /// The loss and gradient of the cards of one batch, with two threads in halves computed at once.
  ///
  /// Always two halves, not one part per core: the order of the sum fixes the last bits of the fit, which
  /// must be the same on every machine.
  private func gradient(_ set: TrainingSet, weights: [Double], cards: [Int]) -> (
    Double, Dual.Partials
  ) {
    guard configuration.threads > 1, cards.count > 1 else {
      let part = set.weightedLossAndGradient(weights: weights, cards: cards)
      return (part.loss, part.gradient)
    }
    let middle = cards.count / 2
    let halves = [cards[..<middle], cards[middle...]]
    let parts = concurrentMap(count: 2) { index in
      set.weightedLossAndGradient(weights: weights, cards: halves[index])
    }
    return parts.reduce((0.0, Dual.Partials.zero)) { sum, part in
      (sum.0 + part.loss, sum.1 + part.gradient)
    }
  }

  private static func clip(_ weights: [Double]) -> [Double] {
    zip(weights, FSRSParameters.weightBounds).map { $0.clamped(to: $1) }
  }
}
