import Foundation

/// Study days roll over at 04:00 local time, so a session past midnight still counts as the evening's day.
public struct StudyDay: Sendable {
  /// The hour a new study day begins.
  public static let rolloverHour = 4

  /// The time zone days are counted in.
  public var timeZone: TimeZone

  /// Creates a day counter for `timeZone`.
  public init(timeZone: TimeZone) { self.timeZone = timeZone }

  /// The start of the study day that contains `date`.
  public func start(of date: Date) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let shifted = date.addingTimeInterval(-Double(Self.rolloverHour) * 3600)
    let midnight = calendar.startOfDay(for: shifted)
    return calendar.date(byAdding: .hour, value: Self.rolloverHour, to: midnight)
      ?? midnight.addingTimeInterval(Double(Self.rolloverHour) * 3600)
  }

  /// The start of the next study day after the one containing `date`.
  public func end(of date: Date) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let start = start(of: date)
    return calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
  }
}
