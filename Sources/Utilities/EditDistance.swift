/// The optimal-string-alignment distance between two texts, counted in Unicode scalars: an insertion, a
/// deletion, a substitution or a swap of neighbours costs one edit each (`stuyd` is one edit from `study`),
/// and no edit touches a swapped pair again (so `abc` is three edits from `ca`, not two).
///
/// Answer checking uses it to forgive typos, and the deck loader and the command line to suggest the name
/// that was meant.
public enum EditDistance {
  /// The distance between `first` and `second`, or nil as soon as it must exceed `limit`.
  public static func distance(_ first: String, _ second: String, limit: Int) -> Int? {
    let a = Array(first.unicodeScalars)
    let b = Array(second.unicodeScalars)
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty || b.isEmpty {
      return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil
    }
    var twoBack = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, twoBack[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      // Every later row is at least this row's minimum: the distance can only exceed the limit.
      if rowMinimum > limit { return nil }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
