import Foundation

/// Short human texts for intervals: `1m`, `10m`, `3h`, `2d`, `3.5mo`, `1.2y`.
public enum IntervalText {
  /// The interval from `now` to `due`.
  public static func between(_ now: Date, _ due: Date) -> String {
    format(seconds: max(0, due.timeIntervalSince(now)))
  }

  /// An interval given in seconds.
  public static func format(seconds: Double) -> String {
    let minutes = seconds / 60
    if minutes < 0.5 { return "<1m" }
    if minutes.rounded() < 60 { return "\(Int(minutes.rounded()))m" }
    let hours = minutes / 60
    if hours.rounded() < 24 { return "\(Int(hours.rounded()))h" }
    let days = hours / 24
    if days.rounded() < 30 { return "\(Int(days.rounded()))d" }
    if days < 365 { return trimmed(days / 30.4375) + "mo" }
    return trimmed(days / 365.25) + "y"
  }

  private static func trimmed(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
  }
}
