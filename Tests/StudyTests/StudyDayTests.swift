import Foundation
import Testing

@testable import Study

@Suite("Study day")
struct StudyDayTests {
  let paris = StudyDay(timeZone: TimeZone(identifier: "Europe/Paris") ?? .gmt)

  func date(_ text: String) -> Date {
    ISO8601DateFormatter().date(from: text) ?? .distantPast
  }

  @Test("the day rolls over at 04:00 local time, not at midnight")
  func rollsOverAtFour() {
    // 02:30 in Paris on the 26th (01:30 UTC) still belongs to the 25th's study day.
    #expect(paris.start(of: date("2026-11-26T01:30:00Z")) == date("2026-11-25T03:00:00Z"))
    // 04:00 in Paris (03:00 UTC) starts the 26th's.
    #expect(paris.start(of: date("2026-11-26T03:00:00Z")) == date("2026-11-26T03:00:00Z"))
    #expect(paris.end(of: date("2026-11-26T01:30:00Z")) == date("2026-11-26T03:00:00Z"))
  }

  @Test("a day across a daylight-saving change is 23 hours long")
  func followsDaylightSaving() {
    // Paris moves its clocks forward on 2026-03-29.
    let start = paris.start(of: date("2026-03-28T12:00:00Z"))
    #expect(paris.end(of: start).timeIntervalSince(start) == 23 * 3600)
  }

  @Test("on the days the clocks change, the study day still starts at 04:00 on the local clock")
  func startsAtFourOnChangeDays() {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; 04:00 CEST is 02:00 UTC.
    #expect(paris.start(of: date("2026-03-29T02:30:00Z")) == date("2026-03-29T02:00:00Z"))
    #expect(paris.start(of: date("2026-03-29T01:59:00Z")) == date("2026-03-28T03:00:00Z"))
    // 25 October 2026: 03:00 CEST becomes 02:00 CET; 04:00 CET is 03:00 UTC.
    #expect(paris.start(of: date("2026-10-25T02:30:00Z")) == date("2026-10-24T02:00:00Z"))
    #expect(paris.start(of: date("2026-10-25T03:00:00Z")) == date("2026-10-25T03:00:00Z"))
    #expect(paris.end(of: date("2026-10-24T12:00:00Z")) == date("2026-10-25T03:00:00Z"))
    // The autumn day is 25 hours long.
    let autumn = paris.start(of: date("2026-10-25T12:00:00Z"))
    #expect(paris.end(of: autumn).timeIntervalSince(autumn) == 24 * 3600)
    #expect(autumn.timeIntervalSince(paris.start(of: date("2026-10-24T12:00:00Z"))) == 25 * 3600)
  }
}
