import Foundation
import Testing

@testable import Scheduling

@Suite("Date.wholeDays(since:)")
struct DateWholeDaysTests {
  @Test(
    "whole days are floored like Python's timedelta.days",
    arguments: [
      (0.0, 0), (86_399, 0), (86_399.999_999, 0), (86_400, 1), (86_401, 1), (172_799, 1),
      (-1, -1), (-86_400, -1), (-86_401, -2), (400 * 86_400, 400),
    ] as [(TimeInterval, Int)])
  func floored(seconds: TimeInterval, days: Int) {
    let start = Date(timeIntervalSince1970: 1_735_722_000.123_456)
    #expect(start.addingTimeInterval(seconds).wholeDays(since: start) == days)
  }

  @Test("dates with fractional seconds exactly a day apart count as one day")
  func fractionalSeconds() {
    let start = Date(timeIntervalSinceReferenceDate: 757_382_400.1)
    let end = Date(timeIntervalSinceReferenceDate: 757_468_800.1)
    #expect(end.wholeDays(since: start) == 1)
  }
}
