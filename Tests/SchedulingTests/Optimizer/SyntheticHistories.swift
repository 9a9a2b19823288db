import Foundation
import Utilities

@testable import Scheduling

/// Review histories drawn from a known weight vector: each card is first seen on a random day, then
/// reviewed when its interval (at 90 % retention, with some spread) falls due; it is recalled with the
/// probability the true weights predict, rated Again when forgotten and Hard / Good / Easy otherwise.
///
/// With `guessing`, each later review is at a rung drawn from 0…5 and logged with it; an answer not
/// recalled at a recognition rung is still right (Good) as often as the rung's guess rate, ½ · ¼ · 1/10,
/// while the true memory moves as what was recalled (Again).
enum SyntheticHistories {
  static let start = Date(timeIntervalSince1970: 1_735_718_400)  // 2025-01-01 08:00 UTC

  /// The chance of a right guess at rungs 0…5, written out here rather than read from ``Guessing``.
  static let guessRates = [0.5, 0.25, 0.1, 0, 0, 0]

  static func make(
    weights: [Double], cards: Int, days: Int, seed: UInt64, guessing: Bool = false
  ) -> [CardHistory] {
    var generator = SplitMix64(seed: seed)
    let model = MemoryModel(weights: weights)
    func rating(recalled: Bool) -> Rating {
      guard recalled else { return .again }
      let f = generator.nextUnitInterval()
      return f < 0.15 ? .hard : f < 0.9 ? .good : .easy
    }
    var histories: [CardHistory] = []
    for _ in 0..<cards {
      var day = Int(generator.next() % UInt64(max(days / 2, 1)))
      var reviews: [CardHistory.Review] = []
      let firstRating = Rating(rawValue: 1 + Int(generator.next() % 4)) ?? .good
      reviews.append(
        .init(time: start.addingTimeInterval(Double(day) * 86_400), rating: firstRating))
      var memory = MemoryState(
        stability: model.initialStability(firstRating),
        difficulty: model.initialDifficulty(firstRating))
      while true {
        let spread = 0.7 + 0.6 * generator.nextUnitInterval()
        let interval = max(
          1,
          Int(
            (model.rawInterval(stability: memory.stability, desiredRetention: 0.9) * spread)
              .rounded()))
        day += interval
        guard day < days else { break }
        let retrievability = model.retrievability(
          elapsedDays: interval, stability: memory.stability)
        let recalled = generator.nextUnitInterval() < retrievability
        var given = rating(recalled: recalled)
        var rung: Int?
        if guessing {
          let drawn = Int(generator.next() % 6)
          if !recalled, generator.nextUnitInterval() < guessRates[drawn] { given = .good }
          rung = drawn
        }
        let remembered = recalled ? given : .again
        reviews.append(
          .init(time: start.addingTimeInterval(Double(day) * 86_400), rating: given, rung: rung))
        memory = MemoryState(
          stability: model.longTermStability(
            difficulty: memory.difficulty, stability: memory.stability,
            retrievability: retrievability, rating: remembered),
          difficulty: model.nextDifficulty(memory.difficulty, rating: remembered))
      }
      histories.append(CardHistory(reviews: reviews))
    }
    return histories
  }
}
