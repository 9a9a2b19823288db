import Testing
import Utilities

@Suite("CivilDays")
struct CivilDaysTests {
  @Test("known dates count from 1970-01-01, leap days included")
  func knownDates() {
    #expect(CivilDays.days(year: 1970, month: 1, day: 1) == 0)
    #expect(CivilDays.days(year: 2000, month: 3, day: 1) == 11_017)
    #expect(CivilDays.days(year: 1969, month: 12, day: 31) == -1)
    #expect(CivilDays.date(fromDays: 11_016) == (2000, 2, 29))
  }

  @Test("every day from 1600 to 2400 round-trips, one day after another")
  func roundTrip() {
    let first = CivilDays.days(year: 1600, month: 1, day: 1)
    let last = CivilDays.days(year: 2400, month: 12, day: 31)
    var mismatches = 0
    for days in first...last {
      let date = CivilDays.date(fromDays: days)
      if CivilDays.days(year: date.year, month: date.month, day: date.day) != days {
        mismatches += 1
      }
    }
    #expect(mismatches == 0)
  }
}
