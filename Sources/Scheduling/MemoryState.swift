/// The two memory variables FSRS-6 keeps for a reviewed card.
///
/// Stability is in days (at least 0.001): the time after which recall probability falls to 90 %.
/// Difficulty lies in [1, 10]; higher means stability grows more slowly.
public struct MemoryState: Sendable, Equatable, Codable {
  /// Days until the probability of recall falls to 90 %; never below 0.001 after a review.
  public var stability: Double
  /// How hard the card is, from 1 (easiest) to 10 (hardest).
  public var difficulty: Double

  /// Creates a memory state from a stability in days and a difficulty in [1, 10], unchecked.
  public init(stability: Double, difficulty: Double) {
    self.stability = stability
    self.difficulty = difficulty
  }
}
