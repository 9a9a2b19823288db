import Foundation

@testable import Scheduling

/// Review histories drawn from a known weight vector: each card is first seen on a random day, then
/// reviewed when its interval (at 90 % retention, with some spread) falls due; it is recalled with the
/// probability the true weights predict, rated Again when forgotten and Hard / Good / Easy otherwise.
enum SyntheticHistories {
  static let start = Date(timeIntervalSince1970: 1_735_718_400)  // 2025-01-01 08:00 UTC

  static func make(weights: [Double], cards: Int, days: Int, seed: UInt64) -> [CardHistory] {
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
        let given = rating(recalled: generator.nextUnitInterval() < retrievability)
        reviews.append(.init(time: start.addingTimeInterval(Double(day) * 86_400), rating: given))
        memory = MemoryState(
          stability: model.longTermStability(
            difficulty: memory.difficulty, stability: memory.stability,
            retrievability: retrievability, rating: given),
          difficulty: model.nextDifficulty(memory.difficulty, rating: given))
      }
      histories.append(CardHistory(reviews: reviews))
    }
    return histories
  }
}
