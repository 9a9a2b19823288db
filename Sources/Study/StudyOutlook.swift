import Foundation

/// What is left of the study day when a session ends, for its closing lines: the cards still waiting, those
/// held back or set aside, and when the next card falls due.
public struct StudyOutlook: Sendable, Equatable {
  /// The first card not yet due, and how many fall due within a day of it.
  public struct NextDue: Sendable, Equatable {
    /// When the first card falls due.
    public var date: Date
    /// Cards falling due from then until a day later.
    public var count: Int
  }

  /// Learning and relearning cards due now.
  public var learning = 0
  /// Reviews due now, within today's limit.
  public var reviews = 0
  /// New cards today's limit still allows.
  public var newCards = 0
  /// Due reviews beyond today's limit.
  public var overLimit = 0
  /// Due cards waiting until tomorrow because another card of their fact was answered today.
  public var heldBack = 0
  /// Due cards this session skipped or set aside: the next session shows them.
  public var setAside = 0
  /// The first card not yet due, if any.
  public var next: NextDue?

  /// Cards this session would still show now.
  public var waiting: Int { learning + reviews + newCards }
}
