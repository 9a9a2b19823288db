/// The FSRS-6 formulas for stability, difficulty, retrievability and intervals, and the replay of a
/// review history through them.
///
/// Written once over a ``MemoryScalar``: the scheduler runs it on `Double`, the optimizer on ``Dual``.
/// Every expression follows py-fsrs 6.3.2 operation by operation: the order of operations decides the
/// last bit, and bit-identical stabilities make interval rounding agree with py-fsrs even next to a
/// half day.
///
/// What ``replay(ratings:elapsedDays:reviews:observe:)`` runs is `@inline(__always)`: on ``Dual``
/// (200 bytes) a call that is not inlined copies its arguments through memory, and the optimizer's
/// gradient pass is its hottest loop.
struct MemoryModel<Scalar: MemoryScalar>: Sendable {
  /// A card's stability and difficulty, in the model's scalar.
  struct State {
    var stability: Scalar
    var difficulty: Scalar
  }

  /// The lowest stability any review can produce, in days.
  static var minimumStability: Double { 0.001 }
  /// Difficulty is clamped to this range after every review.
  static var difficultyRange: ClosedRange<Double> { 1...10 }

  /// The weights w0…w20 (the paper's names, hence the short one).
  private let w: [Scalar]
  /// The forgetting curve's exponent, −w20.
  let decay: Scalar
  /// Chosen so that R(S, S) = 0.9: 0.9^(1/decay) − 1.
  let factor: Scalar
  /// D0(Easy) unclamped, towards which every review pulls difficulty.
  private let meanReversionTarget: Scalar
  /// e^(w17·w18): a lapse leaves at most the stability divided by this.
  private let lapseDivisor: Scalar

  /// A model for exactly 21 weights.
  init(w: [Scalar]) {
    self.w = w
    decay = -w[20]
    factor = Scalar.pow(0.9, 1 / decay) - 1
    meanReversionTarget = w[4] - Scalar.exp(w[5] * 3) + 1
    lapseDivisor = Scalar.exp(w[17] * w[18])
  }

  /// Probability of recall after `elapsedDays` whole days for a card of stability `stability`.
  @inline(__always) func retrievability(elapsedDays: Int, stability: Scalar) -> Scalar {
    Scalar.pow(1 + factor * Double(elapsedDays) / stability, decay)
  }

  /// The unrounded interval in days at which retrievability falls to `desiredRetention`.
  func rawInterval(stability: Scalar, desiredRetention: Double) -> Scalar {
    (stability / factor) * (Scalar.pow(desiredRetention, 1 / decay) - 1)
  }

  /// The memory after a card's first review.
  func initial(_ rating: Rating) -> State {
    State(stability: initialStability(rating), difficulty: initialDifficulty(rating))
  }

  /// S0 = w[G − 1], the stability after a card's first review.
  func initialStability(_ rating: Rating) -> Scalar {
    Scalar.max(w[rating.rawValue - 1], Self.minimumStability)
  }

  /// D0(G) = w4 − e^(w5·(G − 1)) + 1, clamped to [1, 10].
  func initialDifficulty(_ rating: Rating) -> Scalar {
    (w[4] - Scalar.exp(w[5] * Double(rating.rawValue - 1)) + 1).clamped(to: Self.difficultyRange)
  }

  /// The memory after a later review: `retrievability` is the one predicted for a review a whole day
  /// or more after the previous one, nil for a same-day review (the short-term formula).
  @inline(__always) func next(_ memory: State, rating: Rating, retrievability: Scalar?) -> State {
    let stability =
      if let retrievability {
        longTermStability(
          difficulty: memory.difficulty, stability: memory.stability,
          retrievability: retrievability, rating: rating)
      } else {
        shortTermStability(memory.stability, rating: rating)
      }
    return State(
      stability: stability, difficulty: nextDifficulty(memory.difficulty, rating: rating))
  }

  /// The difficulty after a later review: linear damping, then mean reversion to an unclamped
  /// D0(Easy), then clamping.
  @inline(__always) func nextDifficulty(_ difficulty: Scalar, rating: Rating) -> Scalar {
    let delta = -(w[6] * Double(rating.rawValue - 3))
    let damped = difficulty + (10 - difficulty) * delta / 9
    return (w[7] * meanReversionTarget + (1 - w[7]) * damped).clamped(to: Self.difficultyRange)
  }

  /// The stability after a review at least one day after the previous one.
  @inline(__always) func longTermStability(
    difficulty: Scalar, stability: Scalar, retrievability: Scalar, rating: Rating
  ) -> Scalar {
    let next =
      rating == .again
      ? forgetStability(
        difficulty: difficulty, stability: stability, retrievability: retrievability)
      : recallStability(
        difficulty: difficulty, stability: stability, retrievability: retrievability,
        rating: rating)
    return Scalar.max(next, Self.minimumStability)
  }

  /// The stability after a review less than a day after the previous one.
  @inline(__always) func shortTermStability(_ stability: Scalar, rating: Rating) -> Scalar {
    var increase =
      Scalar.exp(w[17] * (Double(rating.rawValue - 3) + w[18])) * Scalar.pow(stability, -w[19])
    if rating != .again {
      increase = Scalar.max(increase, 1)
    }
    return Scalar.max(stability * increase, Self.minimumStability)
  }

  /// The memory after the reviews `reviews` (not empty) of flattened histories: ratings 1…4 (any
  /// other value counts as Good) and whole days since the previous review (0 for the first review
  /// and for same-day reviews).
  ///
  /// `observe(index, retrievability)` sees each review a day or more after the previous one, with
  /// the retrievability predicted for it, before the review moves the memory.
  @inline(__always) func replay(
    ratings: [UInt8], elapsedDays: [Int32], reviews: Range<Int>,
    observe: (_ index: Int, _ retrievability: Scalar) -> Void = { _, _ in }
  ) -> State {
    var memory = initial(Rating(rawValue: Int(ratings[reviews.lowerBound])) ?? .good)
    for index in reviews.dropFirst() {
      let rating = Rating(rawValue: Int(ratings[index])) ?? .good
      let days = Int(elapsedDays[index])
      // Two calls rather than one with an optional: each inlines to its own branch.
      if days > 0 {
        let retrievability = self.retrievability(elapsedDays: days, stability: memory.stability)
        observe(index, retrievability)
        memory = next(memory, rating: rating, retrievability: retrievability)
      } else {
        memory = next(memory, rating: rating, retrievability: nil)
      }
    }
    return memory
  }

  @inline(__always) private func recallStability(
    difficulty: Scalar, stability: Scalar, retrievability: Scalar, rating: Rating
  ) -> Scalar {
    var growth =
      Scalar.exp(w[8]) * (11 - difficulty) * Scalar.pow(stability, -w[9])
      * (Scalar.exp((1 - retrievability) * w[10]) - 1)
    // The hard penalty and easy bonus; py-fsrs multiplies by 1 otherwise, which changes no bit.
    if rating == .hard { growth = growth * w[15] }
    if rating == .easy { growth = growth * w[16] }
    return stability * (1 + growth)
  }

  @inline(__always) private func forgetStability(
    difficulty: Scalar, stability: Scalar, retrievability: Scalar
  ) -> Scalar {
    let longTerm =
      w[11] * Scalar.pow(difficulty, -w[12]) * (Scalar.pow(stability + 1, w[13]) - 1)
      * Scalar.exp((1 - retrievability) * w[14])
    return Scalar.min(longTerm, stability / lapseDivisor)
  }
}

extension MemoryModel<Double> {
  /// A model for `weights`; weights beyond the 21st are ignored, missing ones take the defaults.
  init(weights: [Double]) {
    let defaults = FSRSParameters.defaultWeights
    self.init(w: defaults.indices.map { weights.indices.contains($0) ? weights[$0] : defaults[$0] })
  }
}

extension MemoryState {
  /// The memory state of a model's `state` on doubles.
  init(_ state: MemoryModel<Double>.State) {
    self.init(stability: state.stability, difficulty: state.difficulty)
  }
}

extension MemoryModel<Double>.State {
  /// The model's state for `memory`.
  init(_ memory: MemoryState) {
    self.init(stability: memory.stability, difficulty: memory.difficulty)
  }
}
