import Synchronization

/// The words readline may complete the current word to, and the generator state readline's
/// completion protocol needs between calls.
///
/// readline calls its generator through a C function pointer that carries no context, so the state
/// lives in the process-wide ``shared`` mutex rather than in the reader.
struct CompletionCandidates {
  /// The candidates for the line being read, set by ``ReadlineLineReader`` before each read.
  static let shared = Mutex(CompletionCandidates())

  /// Every word that may be offered, in the caller's order.
  var words: [String] = []
  /// The words matching the text being completed, found on the generator's first call.
  private var matches: [String] = []
  /// How many of ``matches`` have been handed to readline.
  private var nextMatch = 0

  /// The words that start with `prefix`, in order, duplicates removed.
  func words(startingWith prefix: String) -> [String] {
    var seen = Set<String>()
    return words.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
  }

  /// Follows readline's generator protocol: `state == 0` starts a new completion of `text`;
  /// every call returns the next match, or `nil` when there are no more.
  mutating func next(completing text: String, state: Int32) -> String? {
    if state == 0 {
      matches = words(startingWith: text)
      nextMatch = 0
    }
    guard nextMatch < matches.count else { return nil }
    defer { nextMatch += 1 }
    return matches[nextMatch]
  }
}
