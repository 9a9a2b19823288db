import Foundation
import Testing

@testable import Scheduling

/// Weights unlike the defaults: a faster-decaying curve, different first stabilities and growth (the
/// hidden memory of the optimizer and guessing tests).
let trueWeights: [Double] = [
  0.4, 1.8, 4.0, 12.0, 6.0, 0.6, 2.0, 0.02, 1.5, 0.25, 1.1, 1.8, 0.1, 0.35, 1.4, 0.5, 2.4, 0.5,
  0.2, 0.1, 0.35,
]

@Suite("ParameterOptimizer")
struct ParameterOptimizerTests {
  @Test("the dual-number gradient agrees with central finite differences for all 21 weights")
  func gradientMatchesFiniteDifferences() {
    let set = TrainingSet(histories: GradientCheck.histories(guessing: false), heldOutFrom: nil)
    #expect(set.trainingItems > 100)
    GradientCheck.expectAgreement(set)
  }

  @Test("fitting recovers weights drawn from: better than the defaults on held-out reviews")
  func recoversKnownWeights() throws {
    let histories = SyntheticHistories.make(weights: trueWeights, cards: 3000, days: 365, seed: 11)
    let result = try ParameterOptimizer().fit(histories, current: FSRSParameters.defaultWeights)
    #expect(result.trainingItems > 5000)
    #expect(result.isBetter)
    #expect(result.fitted.logLoss < result.current.logLoss - 0.005)
    #expect(result.fitted.rmseBins < result.current.rmseBins)
    // Within 1 % of the log loss of the true weights on the same held-out reviews.
    let cutoff = try #require(TrainingSet.cutoff(histories: histories, heldOutFraction: 0.2))
    let truth = FitMetrics(
      TrainingSet(histories: histories, heldOutFrom: cutoff).predictions(
        weights: trueWeights, role: .heldOut))
    #expect(result.fitted.logLoss < truth.logLoss * 1.01)
    #expect(zip(result.weights, FSRSParameters.weightBounds).allSatisfy { $1.contains($0) })
    // The forgetting curve's decay moves towards the truth.
    #expect(abs(result.weights[20] - 0.35) < abs(FSRSParameters.defaultWeights[20] - 0.35))
  }

  @Test("a fit is the same on every run, with one thread or two")
  func deterministic() throws {
    let histories = SyntheticHistories.make(weights: trueWeights, cards: 400, days: 200, seed: 5)
    var single = ParameterOptimizer.Configuration()
    single.threads = 1
    let first = try ParameterOptimizer().fit(histories, current: FSRSParameters.defaultWeights)
    let second = try ParameterOptimizer().fit(histories, current: FSRSParameters.defaultWeights)
    let third = try ParameterOptimizer(configuration: single).fit(
      histories, current: FSRSParameters.defaultWeights)
    #expect(first.weights == second.weights)
    for (a, b) in zip(first.weights, third.weights) { #expect(abs(a - b) < 1e-9) }
  }

  @Test("too little history is refused with a message that says how much is needed")
  func tooLittleHistory() {
    let histories = SyntheticHistories.make(weights: trueWeights, cards: 10, days: 30, seed: 1)
    #expect {
      try ParameterOptimizer().fit(histories, current: FSRSParameters.defaultWeights)
    } throws: { error in
      guard case .notEnoughHistory(_, _, 64, 16) = error as? SchedulingError else { return false }
      return "\(error)".contains("Not enough review history") && "\(error)".contains("at least 64")
    }
  }

  @Test("pretraining fills missing first ratings as fsrs-rs does")
  func fillsInitialStabilities() {
    let filled = InitialStabilityFit.fill(
      [1: 0.4, 3: 2.3, 4: 10.9], counts: [1: 1, 2: 1, 3: 1, 4: 1],
      defaults: FSRSParameters.defaultWeights)
    #expect(abs(filled[1] - 0.8052433) < 1e-6)
    #expect(filled[0] == 0.4 && filled[2] == 2.3 && filled[3] == 10.9)
    let ordered = InitialStabilityFit.fill(
      [1: 3, 2: 1, 3: 4, 4: 9], counts: [1: 10, 2: 1, 3: 5, 4: 5],
      defaults: FSRSParameters.defaultWeights)
    #expect(ordered == [3, 3, 4, 9])
  }

  @Test("RMSE(bins) uses fsrs-rs's bins")
  func bins() {
    #expect(
      TrainingSet.bin(days: 1, longTermReviews: 1, lapses: 0)
        == .init(days: 248, length: 4, lapses: 0))
    #expect(
      TrainingSet.bin(days: 10, longTermReviews: 3, lapses: 2)
        == .init(days: 898, length: 7, lapses: 3))
  }
}
