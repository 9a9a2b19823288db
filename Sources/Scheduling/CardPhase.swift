/// Where a card stands in the FSRS-6 state machine.
///
/// py-fsrs has no separate new state (a fresh card is Learning at step 0 without a memory state);
/// Recall keeps `new` so that queues can count new cards, and reviews a new card exactly as py-fsrs
/// reviews a fresh Learning card. The raw values are stable strings for files and reports.
public enum CardPhase: String, Sendable, Codable {
  /// Never reviewed: no stability or difficulty yet.
  case new
  /// Reviewed at least once and going through the short learning steps (minutes apart).
  case learning
  /// Graduated: scheduled in whole days from its stability.
  case review
  /// Forgotten while in review and going through the relearning steps.
  case relearning
}
