import Foundation

/// Study days roll over at 04:00 local time, so a session past midnight still counts as the evening's day.
public struct StudyDay: Sendable {
  /// The hour a new study day begins.
  public static let rolloverHour = 4

  /// The time zone days are counted in.
  public var timeZone: TimeZone

  /// Creates a day counter for `timeZone`.
  public init(timeZone: TimeZone) { self.timeZone = timeZone }

  /// The start of the study day that contains `date`: 04:00 on the local clock, also on the days daylight saving
  /// time begins or ends (four absolute hours after midnight would be 05:00 or 03:00 on those days).
  public func start(of date: Date) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let midnight = calendar.startOfDay(for: date)
    let rollover = rollover(on: midnight, calendar: calendar)
    if date >= rollover { return rollover }
    let dayBefore = calendar.date(byAdding: .day, value: -1, to: midnight) ?? midnight - 86_400
    return self.rollover(on: calendar.startOfDay(for: dayBefore), calendar: calendar)
  }

  /// 04:00 local on the calendar day that begins at `midnight`.
  private func rollover(on midnight: Date, calendar: Calendar) -> Date {
    calendar.date(bySettingHour: Self.rolloverHour, minute: 0, second: 0, of: midnight)
      ?? midnight.addingTimeInterval(Double(Self.rolloverHour) * 3600)
  }

  /// The start of the next study day after the one containing `date`.
  public func end(of date: Date) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let start = start(of: date)
    let nextDay = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: start))
    return nextDay.map { rollover(on: calendar.startOfDay(for: $0), calendar: calendar) }
      ?? start.addingTimeInterval(86_400)
  }
}
