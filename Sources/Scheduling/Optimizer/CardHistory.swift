public import Foundation

/// The reviews of one card that count for its schedule, in any order (the optimizer sorts them by time).
public struct CardHistory: Sendable, Equatable {
  /// One answered review.
  public struct Review: Sendable, Equatable {
    /// When it was made.
    public var time: Date
    /// The rating given.
    public var rating: Rating

    /// A review at `time` rated `rating`.
    public init(time: Date, rating: Rating) {
      self.time = time
      self.rating = rating
    }
  }

  /// The reviews.
  public var reviews: [Review]

  /// A history of `reviews`.
  public init(reviews: [Review]) {
    self.reviews = reviews
  }
}
