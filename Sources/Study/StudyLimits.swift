/// How much a learner studies per day.
public struct StudyLimits: Sendable, Equatable {
  /// New units of knowledge introduced per day.
  public var newUnits: Int
  /// Reviews per day (each unit answered on a day counts once).
  public var reviews: Int

  /// Creates limits; the defaults are Recall's (20 new, 200 reviews).
  public init(newUnits: Int = 20, reviews: Int = 200) {
    self.newUnits = newUnits
    self.reviews = reviews
  }
}
