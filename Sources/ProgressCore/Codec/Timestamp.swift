import Foundation
import Utilities

/// ISO 8601 timestamps in UTC with milliseconds (`2026-11-25T12:00:00.123Z`), written and read by hand:
/// a progress file holds one per event, and Foundation's formatters are far too slow for a million of them.
public enum Timestamp {
  /// `date` as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
  public static func format(_ date: Date) -> String {
    let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
    let milliseconds = Int(((totalMilliseconds % 1000) + 1000) % 1000)
    let seconds = (totalMilliseconds - Int64(milliseconds)) / 1000
    let days = Int(floorDivide(seconds, 86_400))
    let secondOfDay = Int(seconds - Int64(days) * 86_400)
    let (year, month, day) = CivilDays.date(fromDays: days)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day, secondOfDay / 3600,
      secondOfDay / 60 % 60, secondOfDay % 60, milliseconds)
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; nil for anything else.
  public static func parse(_ text: some StringProtocol) -> Date? {
    var text = String(text)
    return text.withUTF8 { parse(utf8: $0) }
  }

  /// Parses a timestamp straight from its UTF-8 bytes (a progress-file reader has them without a `String`).
  ///
  /// It runs once per event of a large file, so it reads the digits in place, with no optionals and no
  /// overflow checks: each digit is its byte minus 48, and any byte that is not a digit is caught once, at
  /// the end.
  static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
    let count = bytes.count
    guard count >= 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 116,
      bytes[13] == 58, bytes[16] == 58
    else { return nil }
    // Bytes below 48 wrap around to large values, so one `> 9` test per digit rejects anything else.
    var notDigits = false
    @inline(__always) func digit(_ index: Int) -> Int {
      let value = bytes[index] &- 48
      notDigits = notDigits || value > 9
      return Int(value)
    }
    @inline(__always) func two(_ index: Int) -> Int { digit(index) &* 10 &+ digit(index &+ 1) }
    let year = two(0) &* 100 &+ two(2)
    let month = two(5)
    let day = two(8)
    let hour = two(11)
    let minute = two(14)
    let second = two(17)
    guard !notDigits, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
      second < 61
    else { return nil }
    var index = 19
    var fraction = 0.0
    if index < count, bytes[index] == 46 {
      index += 1
      var scale = 0.1
      let start = index
      while index < count, bytes[index] &- 48 <= 9 {
        fraction += Double(bytes[index] &- 48) * scale
        scale /= 10
        index += 1
      }
      guard index > start else { return nil }
    }
    var offsetSeconds = 0
    guard index < count else { return nil }
    switch bytes[index] {
    case 90, 122:  // Z
      guard index + 1 == count else { return nil }
    case 43, 45:  // + or -
      guard index + 6 == count, bytes[index + 3] == 58 else { return nil }
      let hours = two(index + 1)
      let minutes = two(index + 4)
      guard !notDigits else { return nil }
      offsetSeconds = (hours * 3600 + minutes * 60) * (bytes[index] == 43 ? 1 : -1)
    default:
      return nil
    }
    let days = CivilDays.days(year: year, month: month, day: day)
    let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offsetSeconds)
    return Date(timeIntervalSince1970: Double(seconds) + fraction)
  }

  private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
  }
}
