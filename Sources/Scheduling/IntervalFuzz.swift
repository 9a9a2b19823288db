import Utilities

/// Anki's deterministic interval fuzz: spreads review intervals so cards learnt together do not
/// stay due together, yet replaying the same history always gives the same due dates.
///
/// For an interval of I days, delta = 1 plus 0.15 per day of I within [2.5, 7], 0.10 per day
/// within [7, 20] and 0.05 per day beyond 20; the fuzzed interval is floor(lower + f·(1 + upper −
/// lower)) with lower = max(2, round(I − delta)) and upper = min(round(I + delta), the maximum
/// interval). The fraction f in [0, 1) is the first output of ``SplitMix64`` seeded with the 64-bit
/// FNV-1a hash of the UTF-8 text `"<card id>:<review count before this review>"`. Intervals under
/// 2.5 days are never fuzzed.
struct IntervalFuzz: Sendable {
  /// The longest interval the fuzz may produce, in days.
  let maximumInterval: Int

  /// The seed for the review of `cardID` that follows `reviewCount` earlier reviews.
  static func seed(cardID: String, reviewCount: Int) -> UInt64 {
    // The text's bytes fed piece by piece: a replay seeds a fuzz for most of its reviews, and making the
    // text would allocate a string for each.
    var hash = FNV1aHash()
    hash.add(contentsOf: cardID.utf8)
    hash.add(UInt8(ascii: ":"))
    hash.add(contentsOf: String(reviewCount).utf8)
    return hash.value
  }

  /// The days the fuzz may pick for an interval of `days`, or `nil` when it is too short to fuzz.
  func range(forInterval days: Int) -> ClosedRange<Int>? {
    let interval = Double(days)
    guard interval >= 2.5 else { return nil }
    let delta =
      1.0 + 0.15 * max(min(interval, 7.0) - 2.5, 0.0) + 0.10 * max(min(interval, 20.0) - 7.0, 0.0)
      + 0.05 * max(interval - 20.0, 0.0)
    let upper = min(Int(saturating: interval + delta, rounding: .toNearestOrEven), maximumInterval)
    let lower = min(max(2, Int(saturating: interval - delta, rounding: .toNearestOrEven)), upper)
    return lower...upper
  }

  /// The fuzzed interval for `days`, determined by `cardID` and the review count before the review.
  func fuzzed(_ days: Int, cardID: String, reviewCount: Int) -> Int {
    guard let range = range(forInterval: days) else { return days }
    var generator = SplitMix64(seed: Self.seed(cardID: cardID, reviewCount: reviewCount))
    let fraction = generator.nextUnitInterval()
    let offset = Int(saturating: fraction * Double(range.count), rounding: .down)
    return min(range.lowerBound + offset, range.upperBound)
  }
}
