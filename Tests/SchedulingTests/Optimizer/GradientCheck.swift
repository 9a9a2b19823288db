import Foundation
import Testing

@testable import Scheduling

/// The optimizer's gradient checked against the loss it differentiates, written out in plain doubles.
enum GradientCheck {
  /// The recency-weighted training loss: −w·ln p for a right answer, −w·ln(1 − p) for a wrong one,
  /// p = g + (1 − g)·R clamped to [1e-6, 1 − 1e-6], g the guess rate of the review's rung as the tests
  /// write it out (0 where nothing is guessed), not as the code under test reads it.
  static func loss(_ set: TrainingSet, _ weights: [Double]) -> Double {
    set.predictions(weights: weights, role: .training).reduce(0) { sum, prediction in
      let g = SyntheticHistories.guessRates[prediction.rung]
      let p = min(max(g + (1 - g) * prediction.retrievability, 1e-6), 1 - 1e-6)
      return sum - prediction.weight * (prediction.recalled ? log(p) : log(1 - p))
    }
  }

  /// Synthetic histories of the hidden memory `trueWeights`; every third card also has two same-day reviews
  /// (10 and 20 minutes after its first, at rungs 0 and 1 when `guessing`), so that the short-term formula
  /// is exercised.
  static func histories(guessing: Bool) -> [CardHistory] {
    var histories = SyntheticHistories.make(
      weights: trueWeights, cards: 60, days: 200, seed: 3, guessing: guessing)
    for index in stride(from: 0, to: histories.count, by: 3) {
      let first = histories[index].reviews[0]
      histories[index].reviews.insert(
        .init(time: first.time.addingTimeInterval(600), rating: .good, rung: guessing ? 0 : nil),
        at: 1)
      histories[index].reviews.insert(
        .init(time: first.time.addingTimeInterval(1200), rating: .again, rung: guessing ? 1 : nil),
        at: 2)
    }
    return histories
  }

  /// Expects the dual-number gradient of `set`'s loss to agree with central finite differences for all 21
  /// weights, and its value with `loss`.
  static func expectAgreement(_ set: TrainingSet) {
    let weights = FSRSParameters.defaultWeights.enumerated().map { index, value in
      index == 7 ? 0.05 : value  // off its lower bound, so both sides of the difference are valid
    }
    let (value, gradient) = set.weightedLossAndGradient(weights: weights, cards: 0..<set.cardCount)
    #expect(abs(value - loss(set, weights)) < 1e-9 * max(1, value))
    for index in 0..<21 {
      let step = 1e-6 * max(1, abs(weights[index]))
      var plus = weights
      var minus = weights
      plus[index] += step
      minus[index] -= step
      let numeric = (loss(set, plus) - loss(set, minus)) / (2 * step)
      #expect(
        abs(gradient[index] - numeric) <= 1e-4 * max(1, abs(numeric)),
        "w\(index): dual \(gradient[index]) vs finite difference \(numeric)")
    }
  }
}
