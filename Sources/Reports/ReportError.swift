/// Why a report could not be made.
public enum ReportError: Error, CustomStringConvertible, Equatable {
  /// No learner in the progress directory has a file for the deck.
  case noLearners(directory: String, deck: String)
  /// The learner has no progress file for the deck yet.
  case noProgress(path: String)

  /// The message for the user.
  public var description: String {
    switch self {
    case .noLearners(let directory, let deck):
      "\(directory): no learner has a progress file for \(deck) (looked for */\(deck).jsonl)"
    case .noProgress(let path):
      "\(path): no progress yet (the first study session creates it)"
    }
  }
}
