import Foundation

extension Date {
  /// Whole days from `earlier` to this date, floored like Python's `timedelta.days`.
  ///
  /// The difference is first rounded to whole microseconds (Python's resolution), so that two
  /// dates exactly 24 hours apart count as one day even when their `Double` seconds carry binary
  /// rounding error. Negative differences floor towards minus infinity, as in Python.
  func wholeDays(since earlier: Date) -> Int {
    let microseconds = (timeIntervalSince(earlier) * 1_000_000).rounded()
    return Int(saturating: microseconds / 86_400_000_000, rounding: .down)
  }
}
