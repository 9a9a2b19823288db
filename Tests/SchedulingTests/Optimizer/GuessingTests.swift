import Foundation
import Testing

@testable import Scheduling

/// The guess-adjusted likelihood: a right answer at rung r has probability g(r) + (1 − g(r))·R.
@Suite("Guessing and the guess-adjusted likelihood")
struct GuessingTests {
  /// The histories without their rungs: every review read as one logged before rungs were.
  private func withoutRungs(_ histories: [CardHistory]) -> [CardHistory] {
    histories.map { history in
      CardHistory(reviews: history.reviews.map { .init(time: $0.time, rating: $0.rating) })
    }
  }

  @Test(
    "guess rates: ½ true/false, ¼ choice, 1/10 select, none where the answer is produced",
    arguments: [(0, 0.5), (1, 0.25), (2, 0.1), (3, 0), (4, 0), (5, 0), (-1, 0), (9, 0)])
  func rates(rung: Int, rate: Double) {
    #expect(Guessing.rate(rung: rung) == rate)
  }

  @Test("a review that names no rung counts as one at the produce rung, where nothing is guessed")
  func reviewWithoutRung() {
    let review = CardHistory.Review(time: SyntheticHistories.start, rating: .good)
    #expect(review.rung == 4)
    #expect(Guessing.rate(rung: review.rung) == 0)
    #expect(CardHistory.Review(time: SyntheticHistories.start, rating: .good, rung: 0).rung == 0)
  }

  @Test("a prediction at a rung is g + (1 − g)·R: R itself where nothing is guessed")
  func predictions() throws {
    let histories = SyntheticHistories.make(
      weights: trueWeights, cards: 80, days: 120, seed: 4, guessing: true)
    let set = TrainingSet(histories: histories, heldOutFrom: nil)
    let predictions = set.predictions(weights: FSRSParameters.defaultWeights, role: .training)
    #expect(Set(predictions.map(\.rung)) == Set(0...5))
    for prediction in predictions {
      let g = SyntheticHistories.guessRates[prediction.rung]
      #expect(prediction.guessRate == g)
      #expect(prediction.probability == g + (1 - g) * prediction.retrievability)
      if g == 0 { #expect(prediction.probability == prediction.retrievability) }
    }
  }

  @Test(
    "the gradient of the guess-adjusted loss agrees with central finite differences, all weights")
  func gradientMatchesFiniteDifferences() {
    let set = TrainingSet(histories: GradientCheck.histories(guessing: true), heldOutFrom: nil)
    #expect(set.trainingItems > 100)
    #expect(set.guessRates.contains(0.5) && set.guessRates.contains(0.25))
    GradientCheck.expectAgreement(set)
  }

  @Test(
    "with nothing to guess, loss and gradient are plain FSRS's (fsrs-rs's likelihood) bit for bit")
  func plainLikelihoodUnchanged() {
    let histories = SyntheticHistories.make(weights: trueWeights, cards: 60, days: 200, seed: 8)
    let set = TrainingSet(histories: histories, heldOutFrom: nil)
    #expect(set.guessRates.allSatisfy { $0 == 0 })
    let weights = FSRSParameters.defaultWeights
    // The likelihood of R alone, as the optimizer computed it before rungs.
    let model = MemoryModel(w: (0..<21).map { Dual.variable(weights[$0], index: $0) })
    var expectedLoss = 0.0
    var expectedGradient = Dual.Partials.zero
    for card in 0..<set.cardCount {
      _ = model.replay(
        ratings: set.ratings, elapsedDays: set.elapsed,
        reviews: set.cardStarts[card]..<set.cardStarts[card + 1]
      ) { index, retrievability in
        guard set.roles[index] == .training else { return }
        let weight = set.weights[index]
        let r = retrievability.value
        let recalled = set.ratings[index] > 1
        let clamped = min(max(r, 1e-6), 1 - 1e-6)
        expectedLoss += weight * (recalled ? -log(clamped) : -log(1 - clamped))
        if (1e-6...(1 - 1e-6)).contains(r) {
          expectedGradient +=
            (recalled ? -(weight / r) : weight / (1 - r)) * retrievability.partials
        }
      }
    }
    let (value, gradient) = set.weightedLossAndGradient(weights: weights, cards: 0..<set.cardCount)
    #expect(value == expectedLoss)
    for index in 0..<21 { #expect(gradient[index] == expectedGradient[index], "w\(index)") }
  }

  @Test("pretraining reads guessed second reviews as weaker evidence: S0 from what was recalled")
  func pretrainingDiscountsGuesses() throws {
    // Cards first rated Good, asked again as a true/false statement after 1…16 days: recalled as a
    // first stability of 3 days predicts, and half of the rest guessed right.
    let model = MemoryModel(weights: FSRSParameters.defaultWeights)
    let start = SyntheticHistories.start
    var histories: [CardHistory] = []
    for elapsed in [1, 2, 4, 8, 16] {
      let right = 0.5 + 0.5 * model.retrievability(elapsedDays: elapsed, stability: 3)
      let rightCount = Int((right * 1000).rounded())
      for card in 0..<1000 {
        histories.append(
          CardHistory(reviews: [
            .init(time: start, rating: .good),
            .init(
              time: start.addingTimeInterval(Double(elapsed) * 86_400),
              rating: card < rightCount ? .good : .again, rung: 0),
          ]))
      }
    }
    let adjusted = try #require(
      InitialStabilityFit.fit(
        TrainingSet(histories: histories, heldOutFrom: nil),
        defaults: FSRSParameters.defaultWeights))
    let plain = try #require(
      InitialStabilityFit.fit(
        TrainingSet(histories: withoutRungs(histories), heldOutFrom: nil),
        defaults: FSRSParameters.defaultWeights))
    #expect(abs(adjusted[2] - 3) < 0.15, "S0(Good) = \(adjusted[2])")
    #expect(plain[2] > 2 * adjusted[2], "plain S0(Good) = \(plain[2])")
  }

  @Test("fitted to histories with guesses, the guess-adjusted fit predicts held-out answers better")
  func guessAdjustedFitIsBetter() throws {
    let histories = SyntheticHistories.make(
      weights: trueWeights, cards: 3000, days: 365, seed: 11, guessing: true)
    let cutoff = try #require(TrainingSet.cutoff(histories: histories, heldOutFraction: 0.2))
    let optimizer = ParameterOptimizer()
    let adjusted = try optimizer.fit(
      histories, current: FSRSParameters.defaultWeights, heldOutFrom: cutoff)
    let plain = try optimizer.fit(
      withoutRungs(histories), current: FSRSParameters.defaultWeights, heldOutFrom: cutoff)
    // Both scored as the answers were made: g + (1 − g)·R.
    let set = TrainingSet(histories: histories, heldOutFrom: cutoff)
    let truth = FitMetrics(set.predictions(weights: trueWeights, role: .heldOut))
    let plainScored = FitMetrics(set.predictions(weights: plain.weights, role: .heldOut))
    #expect(adjusted.isBetter)
    #expect(adjusted.fitted.logLoss < plainScored.logLoss)
    #expect(adjusted.fitted.logLoss < truth.logLoss * 1.01)
    // Read as plain recall, the guesses inflate the fitted memory: where nothing can be guessed, the
    // plain fit predicts more recall than the learner shows; the adjusted one comes close.
    func meanPrediction(_ weights: [Double]) -> (predicted: Double, observed: Double) {
      let produced = set.predictions(weights: weights, role: .heldOut).filter { $0.guessRate == 0 }
      let count = Double(produced.count)
      return (
        produced.map(\.retrievability).reduce(0, +) / count,
        Double(produced.filter(\.recalled).count) / count
      )
    }
    let (plainMean, observed) = meanPrediction(plain.weights)
    let (adjustedMean, _) = meanPrediction(adjusted.weights)
    #expect(plainMean > adjustedMean)
    #expect(abs(adjustedMean - observed) < abs(plainMean - observed))
  }

  @Test("the held-out metrics by rung split the held-out reviews, rung by rung")
  func metricsByRung() throws {
    let histories = SyntheticHistories.make(
      weights: trueWeights, cards: 400, days: 200, seed: 5, guessing: true)
    let result = try ParameterOptimizer().fit(histories, current: FSRSParameters.defaultWeights)
    #expect(Set(result.currentByRung.keys) == Set(0...5))
    #expect(Set(result.fittedByRung.keys) == Set(0...5))
    #expect(result.currentByRung.values.map(\.reviews).reduce(0, +) == result.current.reviews)
    #expect(result.fittedByRung.values.map(\.reviews).reduce(0, +) == result.fitted.reviews)
    let plain = try ParameterOptimizer().fit(
      withoutRungs(histories), current: FSRSParameters.defaultWeights)
    #expect(Set(plain.currentByRung.keys) == [4])
    #expect(plain.currentByRung[4]?.reviews == plain.current.reviews)
  }
}
