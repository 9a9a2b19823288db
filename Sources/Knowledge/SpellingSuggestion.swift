/// The closest known name to a misspelt one, for "did you mean …?" in a diagnostic.
///
/// Distances are optimal-string-alignment edits (an insertion, a deletion, a substitution or a swap of
/// neighbours each cost one), as `Cards.EditDistance` counts them; Knowledge cannot import Cards, so it keeps
/// this small copy for the error path.
enum SpellingSuggestion {
  /// The candidate nearest to `name` within a third of its length (at least one edit, at most three); the
  /// first in `candidates` order among equally near ones; nil when none is near enough.
  static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(name.unicodeScalars)
    let limit = max(1, min(3, target.count / 3))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != name {
      let bound = best.map { $0.distance - 1 } ?? limit
      guard bound >= 0, let distance = distance(target, candidate, limit: bound) else { continue }
      best = (candidate, distance)
      if distance == 1 { break }
    }
    return best?.candidate
  }

  /// "; did you mean 'pluto'?" for the closest candidate, or "" when none is near.
  static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
    closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// The distance between `first` and `second`, or nil when it exceeds `limit`.
  static func distance(_ first: [Unicode.Scalar], _ second: String, limit: Int) -> Int? {
    let other = Array(second.unicodeScalars)
    guard abs(first.count - other.count) <= limit else { return nil }
    guard !first.isEmpty, !other.isEmpty else { return max(first.count, other.count) }
    var twoBack = [Int](repeating: 0, count: other.count + 1)
    var previous = Array(0...other.count)
    var current = [Int](repeating: 0, count: other.count + 1)
    for i in 1...first.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...other.count {
        let cost = first[i - 1] == other[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, first[i - 1] == other[j - 2], first[i - 2] == other[j - 1] {
          value = min(value, twoBack[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[other.count] <= limit ? previous[other.count] : nil
  }
}
