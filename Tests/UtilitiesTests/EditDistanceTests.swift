import Testing
import Utilities

@Suite("EditDistance")
struct EditDistanceTests {
  @Test(
    "insertions, deletions, substitutions and neighbour swaps each cost one",
    arguments: [
      ("warfarin", "warfarin", 0),
      ("warfarin", "warfrin", 1),  // deletion
      ("warfarin", "warfarinn", 1),  // insertion
      ("warfarin", "warfarun", 1),  // substitution
      ("warfarin", "wrafarin", 1),  // transposition
      ("diltiazem", "dilitazem", 1),  // transposition
      ("diltiazem", "deltiazim", 2),
      ("ca", "ac", 1),
      ("abc", "ca", 3),  // optimal string alignment: no edit of a swapped pair
      ("", "abc", 3),
      ("abc", "", 3),
      ("", "", 0),
      ("prednisolone", "prednisone", 2),
      ("scleroderma", "scleredema", 2),
      ("caf\u{E9}", "cafe", 1),
      ("stuyd", "study", 1),
      ("pluto", "lpuot", 2),
      ("kitten", "sitting", 3),
    ])
  func distance(_ first: String, _ second: String, _ expected: Int) {
    #expect(EditDistance.distance(first, second, limit: 10) == expected)
    #expect(EditDistance.distance(second, first, limit: 10) == expected, "symmetric")
  }

  @Test(
    "the distance is nil as soon as it must exceed the limit",
    arguments: [
      ("warfarin", "warfxrxn", 1, nil as Int?),
      ("warfarin", "warfxrxn", 2, 2),
      ("colchicine", "kolchisin", 2, nil),
      ("colchicine", "kolchisin", 3, 3),
      ("abc", "abcdef", 2, nil),
      ("abc", "abc", 0, 0),
      ("abc", "abd", 0, nil),
      ("", "ab", 1, nil),
      ("kitten", "sitting", 2, nil),
    ])
  func limit(_ first: String, _ second: String, _ limit: Int, _ expected: Int?) {
    #expect(EditDistance.distance(first, second, limit: limit) == expected)
  }
}
