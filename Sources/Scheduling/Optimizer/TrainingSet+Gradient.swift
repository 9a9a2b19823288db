import Foundation

extension TrainingSet {
  /// Retrievability is kept inside this range in the loss, so that a certain prediction that turns out
  /// wrong costs a large but finite amount.
  static let retrievabilityRange = 1e-6...(1 - 1e-6)

  /// An item's log loss: −ln p when recalled, −ln(1 − p) when forgotten, p (the probability of a right
  /// answer) within ``retrievabilityRange``.
  static func logLoss(probability: Double, recalled: Bool) -> Double {
    let p = probability.clamped(to: retrievabilityRange)
    return recalled ? -Foundation.log(p) : -Foundation.log(1 - p)
  }

  /// The probability of a right answer when the memory's retrievability is `retrievability` and a right
  /// answer comes by chance with `guessRate`: g + (1 − g)·R (exactly R when g = 0).
  @inline(__always) static func probability(retrievability: Double, guessRate: Double) -> Double {
    guessRate + (1 - guessRate) * retrievability
  }

  /// The recency-weighted log loss of the training items of `cards`, and its gradient with respect to
  /// the 21 weights (lanes 0…20 of the partials), in one forward pass per card: the scheduler's
  /// ``MemoryModel`` run on ``Dual`` weights. An item's loss is that of p = g + (1 − g)·R, so its
  /// gradient is the loss's slope in p times dp/dR = 1 − g times R's partials.
  func weightedLossAndGradient(weights: [Double], cards: some Sequence<Int>) -> (
    loss: Double, gradient: Dual.Partials
  ) {
    let model = MemoryModel(w: (0..<21).map { Dual.variable(weights[$0], index: $0) })
    var loss = 0.0
    var gradient = Dual.Partials.zero
    for card in cards {
      let reviews = cardStarts[card]..<cardStarts[card + 1]
      // Cards without a training item would add nothing.
      guard reviews.dropFirst().contains(where: { roles[$0] == .training }) else { continue }
      _ = model.replay(ratings: ratings, elapsedDays: elapsed, reviews: reviews) {
        index, retrievability in
        guard roles[index] == .training else { return }
        let weight = self.weights[index]
        let guessRate = guessRates[index]
        let p = Self.probability(retrievability: retrievability.value, guessRate: guessRate)
        let recalled = ratings[index] > 1
        loss += weight * Self.logLoss(probability: p, recalled: recalled)
        // A clamped prediction has no derivative. With g = 0 the slope is weight / R exactly (the
        // factor 1 − g is 1), so a fit without guessing is bit for bit plain FSRS's.
        if Self.retrievabilityRange.contains(p) {
          let scaled = weight * (1 - guessRate)
          let slope = recalled ? -(scaled / p) : scaled / (1 - p)
          gradient += slope * retrievability.partials
        }
      }
    }
    return (loss, gradient)
  }

  /// One item's prediction and outcome, with the fsrs-rs bin it falls in for RMSE(bins).
  struct Prediction: Sendable {
    /// The memory's retrievability before the review.
    var retrievability: Double
    /// The chance of a right answer without recall.
    var guessRate: Double = 0
    /// The rung of the presentation answered.
    var rung = Guessing.producedRung
    var recalled: Bool
    var weight: Double
    var bin: Bin

    /// The predicted probability of a right answer, g + (1 − g)·R.
    var probability: Double {
      TrainingSet.probability(retrievability: retrievability, guessRate: guessRate)
    }

    /// The item's unweighted log loss.
    var logLoss: Double { TrainingSet.logLoss(probability: probability, recalled: recalled) }
  }

  /// fsrs-rs's bin of an item: elapsed days, review count and lapse count, each on a geometric scale.
  struct Bin: Hashable, Comparable, Sendable {
    var days: Int
    var length: Int
    var lapses: Int

    static func < (a: Bin, b: Bin) -> Bool {
      (a.days, a.length, a.lapses) < (b.days, b.length, b.lapses)
    }
  }

  /// The predictions for the items of `role`, with the scheduler's own memory model (plain doubles).
  func predictions(weights: [Double], role: Role, cards: Range<Int>? = nil) -> [Prediction] {
    let model = MemoryModel(weights: weights)
    var result: [Prediction] = []
    for card in cards ?? 0..<cardCount {
      let reviews = cardStarts[card]..<cardStarts[card + 1]
      guard reviews.count > 1 else { continue }
      var longTermReviews = 0
      var lapses = 0
      _ = model.replay(ratings: ratings, elapsedDays: elapsed, reviews: reviews) {
        index, retrievability in
        let days = Int(elapsed[index])
        let recalled = ratings[index] > 1
        longTermReviews += 1
        if roles[index] == role {
          result.append(
            Prediction(
              retrievability: retrievability, guessRate: guessRates[index],
              rung: Int(rungs[index]), recalled: recalled, weight: self.weights[index],
              bin: Self.bin(days: days, longTermReviews: longTermReviews, lapses: lapses)))
        }
        if !recalled { lapses += 1 }
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
