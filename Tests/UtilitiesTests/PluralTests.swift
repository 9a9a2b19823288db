import Testing
import Utilities

@Suite("plural")
struct PluralTests {
  @Test(
    "a count with its noun: singular for exactly one, plural for anything else",
    arguments: [
      (0, "0 cards"), (1, "1 card"), (2, "2 cards"), (-1, "-1 cards"), (1_000, "1000 cards"),
    ])
  func counted(count: Int, expected: String) {
    #expect(plural(count, "card") == expected)
  }

  @Test("an irregular plural is given; a noun of several words takes the plural on the whole")
  func irregular() {
    #expect(plural(1, "entry", "entries") == "1 entry")
    #expect(plural(3, "entry", "entries") == "3 entries")
    #expect(plural(2, "due review") == "2 due reviews")
  }

  @Test("the noun alone, for text that shows the count elsewhere")
  func nounAlone() {
    #expect(plural("line", count: 1) == "line")
    #expect(plural("line", count: 4) == "lines")
    #expect(plural("day", count: 0, "days") == "days")
  }
}
