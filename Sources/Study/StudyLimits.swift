/// How much a learner studies per day.
public struct StudyLimits: Sendable, Equatable {
  /// New cards introduced per day.
  public var newCards: Int
  /// Reviews per day.
  public var reviews: Int

  /// Creates limits; the defaults are Recall's (20 new, 200 reviews).
  public init(newCards: Int = 20, reviews: Int = 200) {
    self.newCards = newCards
    self.reviews = reviews
  }
}
