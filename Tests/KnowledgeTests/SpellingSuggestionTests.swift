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
}
