import Foundation

/// Study days for reports: a day runs from 04:00 to 04:00 local time, as in a study session (`StudyDay` in
/// Study, which Reports does not import), so a review at 01:30 counts for the evening before.
///
/// Days are numbered: day 0 began at 04:00 on 1 January 1970 in the time zone's offset of the moment counted,
/// so two reviews are on the same study day exactly when their numbers are equal, and a number converts back
/// to a calendar date for display.
public struct ReportCalendar: Sendable {
  /// The hour a new study day begins (the same as `StudyDay.rolloverHour`; a test checks they agree).
  public static let rolloverHour = 4

  /// The time zone days are counted in.
  public var timeZone: TimeZone

  /// Creates a calendar for `timeZone`.
  public init(timeZone: TimeZone) { self.timeZone = timeZone }

  /// The number of the study day that contains `date`.
  public func day(of date: Date) -> Int {
    let local =
      date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
      - Double(Self.rolloverHour * 3600)
    return Int((local / 86_400).rounded(.down))
  }

  /// Study day numbers for many moments, mostly in time order (a file's reviews): the time zone's offset,
  /// slow to look up, is looked up once per quarter hour of time rather than once per moment (offsets
  /// change only on quarter-hour boundaries).
  public struct DayCounter {
    private let calendar: ReportCalendar
    private var quarter = Int.min
    private var offset = 0

    /// A counter for `calendar`.
    public init(_ calendar: ReportCalendar) { self.calendar = calendar }

    /// The same as ``ReportCalendar/day(of:)``.
    public mutating func day(of date: Date) -> Int {
      let seconds = date.timeIntervalSince1970
      let block = Int((seconds / 900).rounded(.down))
      if block != quarter {
        quarter = block
        offset = calendar.timeZone.secondsFromGMT(for: date)
      }
      let local = seconds + Double(offset) - Double(ReportCalendar.rolloverHour * 3600)
      return Int((local / 86_400).rounded(.down))
    }
  }

  /// The calendar date (YYYY-MM-DD) a study day is named after.
  public func label(ofDay day: Int) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? timeZone
    let parts = calendar.dateComponents(
      [.year, .month, .day], from: Date(timeIntervalSince1970: Double(day) * 86_400))
    return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
  }

  /// The weekday of a study day, 0 for Monday to 6 for Sunday.
  public func weekday(ofDay day: Int) -> Int {
    // 1 January 1970 was a Thursday (3 counting from Monday).
    ((day + 3) % 7 + 7) % 7
  }

  /// The moment a study day begins.
  public func start(ofDay day: Int) -> Date {
    let guess = Date(timeIntervalSince1970: Double(day) * 86_400 + Double(Self.rolloverHour * 3600))
    return guess.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: guess)))
  }
}
