import Testing
import Utilities

@Suite("String.includes")
struct StringIncludesTests {
  /// The plain definition: some position of `text` where `other`'s bytes follow.
  static func reference(_ text: String, _ other: String) -> Bool {
    let text = Array(text.utf8)
    let other = Array(other.utf8)
    guard other.count <= text.count else { return false }
    return (0...(text.count - other.count)).contains { Array(text[$0..<$0 + other.count]) == other }
  }

  @Test(
    "finds a text where its bytes occur, at the start, the end or inside",
    arguments: [
      ("{subject} is treated with {object}.", "{object}", true),
      ("{subject} is treated with {object}.", "{qualifier}", false),
      ("calcinosis cutis", "calcinosis cutis", true), ("calcinosis", "calcinosis cutis", false),
      ("abc", "", true), ("", "", true), ("", "a", false), ("aaab", "aab", true),
      ("aab", "abb", false),
      ("x-ray of the hands", "x-ray", true), ("the hands", "hands", true),
      ("café au lait", "é au", true), ("cafe\u{301}", "\u{E9}", false),
    ])
  func cases(text: String, other: String, expected: Bool) {
    #expect(text.includes(other) == expected)
    #expect(Self.reference(text, other) == expected)
  }

  @Test("agrees with the plain definition on every pair of pieces of a text, substrings included")
  func exhaustive() {
    let pieces = ["", "a", "ab", "ba", "aba", "é", "aé", "{object}", "of", " of ", "one of two"]
    for text in pieces.flatMap({ first in pieces.map { first + $0 } }) {
      for other in pieces {
        #expect(text.includes(other) == Self.reference(text, other), "\(text) / \(other)")
        #expect(text.dropFirst(0).includes(other[...]) == Self.reference(text, other))
      }
    }
  }
}
