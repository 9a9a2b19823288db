import Foundation
import Testing

@testable import Scheduling

@Suite("InitialStabilityFit")
struct InitialStabilityFitTests {
  /// Cards first rated Good, then reviewed once after `days` days, recalled as often as a first
  /// stability of `stability` days predicts on the scheduler's forgetting curve.
  private func secondReviews(stability: Double, days: [Int], cardsPerDay: Int) -> TrainingSet {
    let model = MemoryModel(weights: FSRSParameters.defaultWeights)
    let start = Date(timeIntervalSince1970: 1_767_225_600)
    var histories: [CardHistory] = []
    for elapsed in days {
      let rate = model.retrievability(elapsedDays: elapsed, stability: stability)
      let recalled = Int((rate * Double(cardsPerDay)).rounded())
      for card in 0..<cardsPerDay {
        histories.append(
          CardHistory(reviews: [
            .init(time: start, rating: .good),
            .init(
              time: start.addingTimeInterval(Double(elapsed) * 86_400),
              rating: card < recalled ? .good : .again),
          ]))
      }
    }
    return TrainingSet(histories: histories, heldOutFrom: nil)
  }

  @Test(
    "S0 is fitted on the scheduler's forgetting curve: recall drawn from S0 = 3 days gives back about 3",
    arguments: [[1, 2, 4, 8, 16], [5, 10, 20]])
  func fitsOnTheSchedulersCurve(days: [Int]) throws {
    let set = secondReviews(stability: 3, days: days, cardsPerDay: 1000)
    let fitted = try #require(
      InitialStabilityFit.fit(set, defaults: FSRSParameters.defaultWeights))
    // Within 5 %: the penalty |S0 − default| / 16 pulls a little towards the default, 2.31.
    #expect(abs(fitted[2] - 3) < 0.15, "S0(Good) = \(fitted[2])")
  }
}
