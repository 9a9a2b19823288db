public import Foundation

/// Everything the scheduler knows about one card: its phase, memory, due date and counters.
///
/// A card's state is derived by replaying its review events, from ``new(due:)``, through
/// ``Scheduler/review(_:rating:at:cardID:)``; it is a value, never stored twice.
public struct CardState: Sendable, Equatable {
  /// The card's place in the state machine.
  public var phase: CardPhase
  /// The index into the learning or relearning steps; `nil` when new or in review.
  public var step: Int?
  /// Stability and difficulty; `nil` while the card is new.
  public var memory: MemoryState?
  /// When the card should next be shown.
  public var due: Date
  /// When the card was last answered; `nil` while new.
  public var lastReview: Date?
  /// How many reviews have been answered so far; together with the card id it seeds the fuzz.
  public var reviewCount: Int
  /// How many times the card was rated Again while in review.
  public var lapses: Int

  /// Creates a card state from all of its parts, unchecked (for replay, storage and tests).
  public init(
    phase: CardPhase,
    step: Int? = nil,
    memory: MemoryState? = nil,
    due: Date,
    lastReview: Date? = nil,
    reviewCount: Int = 0,
    lapses: Int = 0
  ) {
    self.phase = phase
    self.step = step
    self.memory = memory
    self.due = due
    self.lastReview = lastReview
    self.reviewCount = reviewCount
    self.lapses = lapses
  }

  /// A card never reviewed, due at `due` (usually the moment it was introduced).
  public static func new(due: Date) -> CardState {
    CardState(phase: .new, due: due)
  }
}
