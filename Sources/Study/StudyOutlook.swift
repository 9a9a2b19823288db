import Foundation

/// What is left of the study day when a session ends, for its closing lines: the units still waiting, those
/// held back or set aside, and when the next unit falls due.
public struct StudyOutlook: Sendable, Equatable {
  /// The first unit not yet due, and how many fall due within a day of it.
  public struct NextDue: Sendable, Equatable {
    /// When the first unit falls due.
    public var date: Date
    /// Units falling due from then until a day later.
    public var count: Int
  }

  /// Learning and relearning units due now.
  public var learning = 0
  /// Reviews due now (units), within today's limit.
  public var reviews = 0
  /// New units today's limit still allows.
  public var newUnits = 0
  /// Due reviews (units) beyond today's limit.
  public var overLimit = 0
  /// Due units waiting until tomorrow because another unit of their fact was answered today.
  public var heldBack = 0
  /// Due units this session skipped or set aside: the next session shows them.
  public var setAside = 0
  /// The first unit not yet due, if any.
  public var next: NextDue?

  /// Units this session would still show now.
  public var waiting: Int { learning + reviews + newUnits }
}
