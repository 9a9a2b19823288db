import Foundation
import Testing

@testable import ProgressCore

@Suite("Timestamp")
struct TimestampTests {
  @Test(
    "formats UTC with milliseconds",
    arguments: [
      (0.0, "1970-01-01T00:00:00.000Z"),
      (1_735_722_000.25, "2025-01-01T09:00:00.250Z"),
      (951_782_400.0, "2000-02-29T00:00:00.000Z"),
      (-86_400.5, "1969-12-30T23:59:59.500Z"),
    ])
  func formats(seconds: Double, expected: String) {
    #expect(Timestamp.format(Date(timeIntervalSince1970: seconds)) == expected)
  }

  @Test("reads back what it writes, to the millisecond")
  func roundTrips() throws {
    for seconds in stride(from: -1e9, to: 4e9, by: 12_345_678.901) {
      let date = Date(timeIntervalSince1970: (seconds * 1000).rounded(.down) / 1000)
      let parsed = try #require(Timestamp.parse(Timestamp.format(date)))
      #expect(abs(parsed.timeIntervalSince(date)) < 0.0005)
    }
  }

  @Test("reads offsets and fractions of any length")
  func readsVariants() {
    #expect(
      Timestamp.parse("2025-01-01T10:00:00+01:00") == Date(timeIntervalSince1970: 1_735_722_000))
    #expect(Timestamp.parse("2025-01-01T09:00:00Z") == Date(timeIntervalSince1970: 1_735_722_000))
    #expect(
      Timestamp.parse("2025-01-01T09:00:00.5Z") == Date(timeIntervalSince1970: 1_735_722_000.5))
  }

  @Test(
    "rejects what is not a timestamp",
    arguments: [
      "", "2025-01-01", "2025-13-01T00:00:00Z", "2025-01-01T25:00:00Z", "2025-01-01T00:00:00",
      "2025-01-01T00:00:00Zjunk", "2025-01-01T00:00:00.Z", "yesterday",
    ])
  func rejects(text: String) {
    #expect(Timestamp.parse(text) == nil)
  }
}
