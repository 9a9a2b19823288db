import Foundation

/// The FSRS-6 formulas for stability, difficulty, retrievability and intervals.
///
/// Every expression follows py-fsrs 6.3.2 operation by operation, including `math.e ** x` as
/// `pow(e, x)` rather than `exp(x)`: the two can differ in the last bit, and bit-identical
/// stabilities make interval rounding agree with py-fsrs even next to a half day.
struct MemoryModel: Sendable {
  /// The lowest stability any review can produce, in days.
  static let minimumStability = 0.001
  /// Difficulty is clamped to this range after every review.
  static let difficultyRange = 1.0...10.0
  /// Python's `math.e`, the base py-fsrs raises to a power.
  private static let e = 2.718281828459045

  /// The weights w0…w20, exactly 21 of them (missing ones are the defaults).
  private let w: [Double]
  /// The forgetting curve's exponent, −w20.
  let decay: Double
  /// Chosen so that R(S, S) = 0.9: 0.9^(1/decay) − 1.
  let factor: Double

  /// A model for `weights`; weights beyond the 21st are ignored, missing ones take the defaults.
  init(weights: [Double]) {
    let defaults = FSRSParameters.defaultWeights
    w = defaults.indices.map { weights.indices.contains($0) ? weights[$0] : defaults[$0] }
    decay = -w[20]
    factor = pow(0.9, 1 / decay) - 1
  }

  /// Probability of recall after `elapsedDays` whole days for a card of stability `stability`.
  func retrievability(elapsedDays: Int, stability: Double) -> Double {
    pow(1 + factor * Double(elapsedDays) / stability, decay)
  }

  /// The unrounded interval in days at which retrievability falls to `desiredRetention`.
  func rawInterval(stability: Double, desiredRetention: Double) -> Double {
    (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
  }

  /// S0 = w[G − 1], the stability after a card's first review.
  func initialStability(_ rating: Rating) -> Double {
    max(w[rating.rawValue - 1], Self.minimumStability)
  }

  /// D0(G) = w4 − e^(w5·(G − 1)) + 1, clamped to [1, 10] unless `clamped` is false.
  func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Double {
    let difficulty = w[4] - pow(Self.e, w[5] * Double(rating.rawValue - 1)) + 1
    return clamped ? Self.clampDifficulty(difficulty) : difficulty
  }

  /// The difficulty after a later review: linear damping, then mean reversion to an unclamped
  /// D0(Easy), then clamping.
  func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
    let target = initialDifficulty(.easy, clamped: false)
    let delta = -(w[6] * Double(rating.rawValue - 3))
    let damped = difficulty + (10.0 - difficulty) * delta / 9.0
    return Self.clampDifficulty(w[7] * target + (1 - w[7]) * damped)
  }

  /// The stability after a review at least one day after the previous one.
  func longTermStability(
    difficulty: Double, stability: Double, retrievability: Double, rating: Rating
  ) -> Double {
    let next =
      rating == .again
      ? forgetStability(
        difficulty: difficulty, stability: stability, retrievability: retrievability)
      : recallStability(
        difficulty: difficulty, stability: stability, retrievability: retrievability,
        rating: rating)
    return max(next, Self.minimumStability)
  }

  /// The stability after a review less than a day after the previous one.
  func shortTermStability(_ stability: Double, rating: Rating) -> Double {
    var increase =
      pow(Self.e, w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(stability, -w[19])
    if rating != .again {
      increase = max(increase, 1.0)
    }
    return max(stability * increase, Self.minimumStability)
  }

  private func recallStability(
    difficulty: Double, stability: Double, retrievability: Double, rating: Rating
  ) -> Double {
    let hardPenalty = rating == .hard ? w[15] : 1
    let easyBonus = rating == .easy ? w[16] : 1
    let growth =
      pow(Self.e, w[8]) * (11 - difficulty) * pow(stability, -w[9])
      * (pow(Self.e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus
    return stability * (1 + growth)
  }

  private func forgetStability(
    difficulty: Double, stability: Double, retrievability: Double
  ) -> Double {
    let longTerm =
      w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
      * pow(Self.e, (1 - retrievability) * w[14])
    let shortTerm = stability / pow(Self.e, w[17] * w[18])
    return min(longTerm, shortTerm)
  }

  private static func clampDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
  }
}
