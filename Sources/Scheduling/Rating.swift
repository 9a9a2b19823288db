/// How well the learner recalled a card: FSRS's grade G.
///
/// The raw values 1–4 are the grades of the FSRS papers and of py-fsrs, and they are what progress
/// files store, so they must never change.
public enum Rating: Int, Sendable, Codable, CaseIterable, Comparable {
  /// The learner did not recall the answer (a lapse when the card was in review).
  case again = 1
  /// The learner recalled the answer with serious difficulty.
  case hard = 2
  /// The learner recalled the answer after some hesitation.
  case good = 3
  /// The learner recalled the answer at once.
  case easy = 4

  /// Orders ratings from the worst (`again`) to the best (`easy`).
  public static func < (lhs: Rating, rhs: Rating) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
