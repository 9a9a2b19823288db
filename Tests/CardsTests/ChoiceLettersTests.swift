import Testing

@testable import Cards

@Suite("ChoiceLetters")
struct ChoiceLettersTests {
  @Test(
    "options are lettered a, b, c, ...",
    arguments: [(0, "a"), (1, "b"), (3, "d"), (25, "z"), (26, "27")])
  func letters(_ index: Int, _ letter: String) {
    #expect(ChoiceLetters.letter(index) == letter)
  }

  @Test(
    "a single lowercase letter within the options picks one",
    arguments: [
      ("a", 4, 0 as Int?), ("d", 4, 3), ("e", 4, nil), ("A", 4, nil), ("ab", 4, nil), ("", 4, nil),
      ("1", 4, nil), ("é", 4, nil),
    ])
  func index(_ text: String, _ count: Int, _ expected: Int?) {
    #expect(ChoiceLetters.index(of: text, count: count) == expected)
  }
}
