import Foundation

extension TrainingSet {
  /// Retrievability is kept inside this range in the loss, so that a certain prediction that turns out
  /// wrong costs a large but finite amount.
  static let retrievabilityRange = 1e-6...(1 - 1e-6)

  /// The recency-weighted log loss of the training items of `cards`, and its gradient with respect to
  /// the 21 weights (lanes 0…20 of the partials), in one forward pass per card with dual numbers.
  ///
  /// The memory model is the scheduler's (``MemoryModel``), written over ``Dual``: the same clamps and
  /// floors, so a finite difference of ``loss(weights:role:)`` agrees with this gradient.
  func weightedLossAndGradient(weights: [Double], cards: some Sequence<Int>) -> (
    loss: Double, gradient: Dual.Partials
  ) {
    let w = (0..<21).map { Dual.variable(weights[$0], index: $0) }
    let decay = -w[20]
    let factor = Dual.pow(0.9, 1 / decay) - 1
    let meanReversionTarget = w[4] - Dual.exp(w[5] * 3) + 1
    let forgetCap = Dual.exp(w[17] * w[18])
    var loss = 0.0
    var gradient = Dual.Partials.zero
    for card in cards {
      let start = cardStarts[card]
      let end = cardStarts[card + 1]
      guard end - start > 1 else { continue }
      // Skip cards without a training item: their passes would add nothing.
      var hasItem = false
      for index in start + 1..<end where roles[index] == .training {
        hasItem = true
        break
      }
      guard hasItem else { continue }
      let first = Int(ratings[start])
      var stability = Dual.max(w[first - 1], MemoryModel.minimumStability)
      var difficulty = Self.clampDifficulty(w[4] - Dual.exp(w[5] * Double(first - 1)) + 1)
      for index in start + 1..<end {
        let rating = Int(ratings[index])
        let days = Double(elapsed[index])
        if days > 0 {
          let retrievability = Dual.pow(1 + factor * days / stability, decay)
          if roles[index] == .training {
            let weight = self.weights[index]
            let r = min(
              max(retrievability.value, Self.retrievabilityRange.lowerBound),
              Self.retrievabilityRange.upperBound)
            if rating > 1 {
              loss -= weight * Foundation.log(r)
              if r == retrievability.value { gradient -= (weight / r) * retrievability.partials }
            } else {
              loss -= weight * Foundation.log(1 - r)
              if r == retrievability.value {
                gradient += (weight / (1 - r)) * retrievability.partials
              }
            }
          }
          if rating == 1 {
            let longTerm =
              w[11] * Dual.pow(difficulty, -w[12]) * (Dual.pow(stability + 1, w[13]) - 1)
              * Dual.exp((1 - retrievability) * w[14])
            stability = Dual.min(longTerm, stability / forgetCap)
          } else {
            var growth =
              Dual.exp(w[8]) * (11 - difficulty) * Dual.pow(stability, -w[9])
              * (Dual.exp((1 - retrievability) * w[10]) - 1)
            if rating == 2 { growth = growth * w[15] }
            if rating == 4 { growth = growth * w[16] }
            stability = stability * (1 + growth)
          }
        } else {
          var increase =
            Dual.exp(w[17] * (Double(rating - 3) + w[18])) * Dual.pow(stability, -w[19])
          if rating != 1 { increase = Dual.max(increase, 1.0) }
          stability = stability * increase
        }
        stability = Dual.max(stability, MemoryModel.minimumStability)
        let delta = -(w[6] * Double(rating - 3))
        let damped = difficulty + (10 - difficulty) * delta / 9
        difficulty = Self.clampDifficulty(
          w[7] * meanReversionTarget + (1 - w[7]) * damped)
      }
    }
    return (loss, gradient)
  }

  private static func clampDifficulty(_ difficulty: Dual) -> Dual {
    Dual.min(Dual.max(difficulty, MemoryModel.difficultyRange.lowerBound), 10.0)
  }

  /// One item's prediction and outcome, with the fsrs-rs bin it falls in for RMSE(bins).
  struct Prediction: Sendable {
    var retrievability: Double
    var recalled: Bool
    var weight: Double
    var bin: Bin
  }

  /// fsrs-rs's bin of an item: elapsed days, review count and lapse count, each on a geometric scale.
  struct Bin: Hashable, Sendable {
    var days: Int
    var length: Int
    var lapses: Int
  }

  /// The predictions for the items of `role`, with the scheduler's own memory model (plain doubles).
  func predictions(weights: [Double], role: Role, cards: Range<Int>? = nil) -> [Prediction] {
    let model = MemoryModel(weights: weights)
    var result: [Prediction] = []
    for card in cards ?? 0..<cardCount {
      let start = cardStarts[card]
      let end = cardStarts[card + 1]
      guard end - start > 1 else { continue }
      let first = Rating(rawValue: Int(ratings[start])) ?? .good
      var memory = MemoryState(
        stability: model.initialStability(first), difficulty: model.initialDifficulty(first))
      var longTermReviews = 0
      var lapses = 0
      for index in start + 1..<end {
        let rating = Rating(rawValue: Int(ratings[index])) ?? .good
        let days = Int(elapsed[index])
        if days > 0 {
          let retrievability = model.retrievability(
            elapsedDays: days, stability: memory.stability)
          longTermReviews += 1
          if roles[index] == role {
            result.append(
              Prediction(
                retrievability: retrievability, recalled: rating != .again,
                weight: self.weights[index],
                bin: Self.bin(days: days, longTermReviews: longTermReviews, lapses: lapses)))
          }
          memory.stability = model.longTermStability(
            difficulty: memory.difficulty, stability: memory.stability,
            retrievability: retrievability, rating: rating)
          if rating == .again { lapses += 1 }
        } else {
          memory.stability = model.shortTermStability(memory.stability, rating: rating)
        }
        memory.difficulty = model.nextDifficulty(memory.difficulty, rating: rating)
      }
    }
    return result
  }

  /// The bin of fsrs-rs's RMSE(bins) (its `r_matrix_index`): elapsed days rounded on a scale of 3.62,
  /// the number of long-term reviews (this one included) plus one on a scale of 1.89, and earlier lapses
  /// on a scale of 1.73 (0 stays 0).
  static func bin(days: Int, longTermReviews: Int, lapses: Int) -> Bin {
    func scaled(_ value: Double, base: Double, factor: Double, multiplier: Double) -> Int {
      Int(
        (factor
          * Foundation.pow(base, (Foundation.log(value) / Foundation.log(base)).rounded(.down))
          * multiplier).rounded())
    }
    let daysBin = scaled(Double(days), base: 3.62, factor: 2.48, multiplier: 100)
    let lengthBin = scaled(Double(longTermReviews + 1), base: 1.89, factor: 1.99, multiplier: 1)
    let lapseBin = lapses == 0 ? 0 : scaled(Double(lapses), base: 1.73, factor: 1.65, multiplier: 1)
    return Bin(days: daysBin, length: lengthBin, lapses: lapseBin)
  }
}
