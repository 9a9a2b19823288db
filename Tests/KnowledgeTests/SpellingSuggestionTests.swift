import Testing

@testable import Knowledge

@Suite("SpellingSuggestion")
struct SpellingSuggestionTests {
  static let ids = ["pluto", "phobos", "deimos", "moon-of", "has-moon", "io", "europa"]

  @Test(
    "the closest known id within a third of the name's length is suggested",
    arguments: [
      ("plutoo", "pluto"),
      ("phbos", "phobos"),
      ("diemos", "deimos"),  // a swap of neighbours is one edit
      ("moon-off", "moon-of"),
      ("has-mon", "has-moon"),
      ("oi", "io"),
      ("uropa", "europa"),
    ])
  func suggests(_ name: String, _ expected: String) {
    #expect(SpellingSuggestion.closest(to: name, among: Self.ids) == expected)
    #expect(SpellingSuggestion.didYouMean(name, among: Self.ids) == "; did you mean '\(expected)'?")
  }

  @Test(
    "nothing is suggested when no id is near, nor the name itself",
    arguments: ["saturn", "xy", "moons-of-mars", "", "pluto"])
  func noSuggestion(_ name: String) {
    #expect(SpellingSuggestion.closest(to: name, among: Self.ids) == nil)
    #expect(SpellingSuggestion.didYouMean(name, among: Self.ids) == "")
  }

  @Test("of equally near ids, the first given wins")
  func ties() {
    #expect(SpellingSuggestion.closest(to: "cat", among: ["bat", "cot", "car"]) == "bat")
    #expect(SpellingSuggestion.closest(to: "cat", among: ["cot", "bat", "cart"]) == "cot")
    #expect(
      SpellingSuggestion.closest(to: "abcdefghi", among: ["abcdefgxx", "abcdefghx"]) == "abcdefghx")
  }

  @Test("distances count insertions, deletions, substitutions and neighbour swaps once each")
  func distances() {
    func distance(_ first: String, _ second: String, limit: Int = 9) -> Int? {
      SpellingSuggestion.distance(Array(first.unicodeScalars), second, limit: limit)
    }
    #expect(distance("pluto", "pluto") == 0)
    #expect(distance("pluto", "plutoo") == 1)
    #expect(distance("pluto", "plto") == 1)
    #expect(distance("pluto", "pluta") == 1)
    #expect(distance("pluto", "lpuot") == 2)
    #expect(distance("", "abc") == 3)
    #expect(distance("abc", "") == 3)
    #expect(distance("kitten", "sitting") == 3)
    #expect(distance("kitten", "sitting", limit: 2) == nil)
  }
}
