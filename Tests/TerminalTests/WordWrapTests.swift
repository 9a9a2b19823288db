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

@Suite("Fitting printed lines to the terminal")
struct FitTests {
  @Test("a line that fits is left exactly as it is, spacing and all")
  func leavesFittingLines() {
    let line = "  treatment     3/4 (75%)"
    #expect(WordWrap.fit(line, width: 40) == line)
  }

  @Test("a long line breaks at spaces, continuing at the line's own indent")
  func breaksAtSpaces() {
    let line = "  Antibodies against double-stranded DNA mark systemic lupus erythematosus."
    let fitted = WordWrap.fit(line, width: 30)
    #expect(
      fitted
        == "  Antibodies against\n  double-stranded DNA mark\n  systemic lupus\n  erythematosus.")
  }

  @Test("escape sequences take no columns")
  func escapesAreInvisible() {
    let bold = "\u{1B}[1mbold words here\u{1B}[0m"
    #expect(WordWrap.columns(bold) == 15)
    #expect(WordWrap.columns("\u{01}\u{1B}[36m\u{02}answer> \u{01}\u{1B}[0m\u{02}") == 8)
    #expect(WordWrap.fit(bold, width: 15) == bold)
  }

  @Test("a hanging indent can be given for the continuation lines")
  func hangingIndent() {
    let fitted = WordWrap.fit(
      "  :hint     a first letter or two wrong options", width: 30, hangingIndent: "            ")
    #expect(fitted == "  :hint     a first letter or\n            two wrong options")
  }

  @Test("joined items are never broken inside an item")
  func joinsWholeItems() {
    let items = ["1 Again 1m", "2 Hard 6m", "[3 Good 10m]", "4 Easy 8d"]
    #expect(
      WordWrap.join(items, separator: " · ", width: 30)
        == "1 Again 1m · 2 Hard 6m ·\n[3 Good 10m] · 4 Easy 8d")
    #expect(
      WordWrap.join(items, separator: " · ", width: 80)
        == "1 Again 1m · 2 Hard 6m · [3 Good 10m] · 4 Easy 8d")
  }
}
