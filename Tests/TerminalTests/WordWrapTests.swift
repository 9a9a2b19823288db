import Testing

@testable import Terminal

@Suite("Word wrap and inert text")
struct WordWrapTests {
  @Test("wraps at spaces within the width, with indents")
  func wraps() {
    let text = WordWrap.wrap(
      "the quick brown fox jumps over the lazy dog", width: 16, indent: "  ", hangingIndent: "    ")
    #expect(text == "  the quick\n    brown fox\n    jumps over\n    the lazy dog")
    for line in text.split(separator: "\n") { #expect(line.count <= 16) }
  }

  @Test("a word longer than a line is kept whole")
  func keepsLongWords() {
    #expect(WordWrap.wrap("a supercalifragilistic b", width: 8) == "a\nsupercalifragilistic\nb")
  }

  @Test("escape sequences and control characters from a deck are shown, not obeyed")
  func makesTextInert() {
    let hostile = "Title\u{1B}[2J\u{1B}]0;pwned\u{7}\r\nnext\u{202E}"
    let shown = InertText.make(hostile)
    #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
    #expect(shown == #"Title\u{1b}[2J\u{1b}]0;pwned\u{7}\u{d}\u{a}next\u{202e}"#)
  }
}
