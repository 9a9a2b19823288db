import Utilities

/// The closest known name to a misspelt one, for "did you mean …?" in a diagnostic.
///
/// Distances are ``EditDistance``'s, as answer checking counts typos; the limit is this type's own: a third
/// of the name's length, so that a short id is never matched to an unrelated one.
enum SpellingSuggestion {
  /// The candidate nearest to `name` within a third of its length (at least one edit, at most three); the
  /// first in `candidates` order among equally near ones; nil when none is near enough.
  static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    let limit = max(1, min(3, name.unicodeScalars.count / 3))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != name {
      let bound = best.map { $0.distance - 1 } ?? limit
      guard bound >= 0, let distance = EditDistance.distance(name, candidate, limit: bound) else {
        continue
      }
      best = (candidate, distance)
      if distance == 1 { break }
    }
    return best?.candidate
  }

  /// "; did you mean 'pluto'?" for the closest candidate, or "" when none is near.
  static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
    closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }
}
