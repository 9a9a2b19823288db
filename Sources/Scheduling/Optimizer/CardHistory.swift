public import Foundation

/// The reviews of one card (or one unit of knowledge) that count for its schedule, in any order (the
/// optimizer sorts them by time).
public struct CardHistory: Sendable, Equatable {
  /// One answered review.
  public struct Review: Sendable, Equatable {
    /// When it was made.
    public var time: Date
    /// The rating given.
    public var rating: Rating
    /// The rung of the presentation answered (numbered as ``Guessing`` numbers them): the optimizer
    /// predicts a right answer with probability g + (1 − g)·R, g the rung's guess rate, and reports its
    /// held-out log loss by rung.
    public var rung: Int

    /// A review at `time` rated `rating`, answered at `rung`; a review that names no rung counts as one
    /// at ``Guessing/producedRung`` (nothing guessed: plain FSRS).
    public init(time: Date, rating: Rating, rung: Int? = nil) {
      self.time = time
      self.rating = rating
      self.rung = rung ?? Guessing.producedRung
    }
  }

  /// The reviews.
  public var reviews: [Review]

  /// A history of `reviews`.
  public init(reviews: [Review]) {
    self.reviews = reviews
  }
}
