import Testing
import Utilities

@Suite("TextStyle")
struct TextStyleTests {
  @Test("each style wraps text in its ANSI code and a reset")
  func codes() {
    let style = TextStyle(isEnabled: true)
    let styled = [
      (style.bold("due"), "1"), (style.dim("due"), "2"), (style.red("due"), "31"),
      (style.green("due"), "32"), (style.yellow("due"), "33"), (style.cyan("due"), "36"),
    ]
    for (text, code) in styled { #expect(text == "\u{1B}[\(code)mdue\u{1B}[0m") }
  }

  @Test("plain text, and empty text even when enabled, gets no escape codes")
  func plain() {
    let plain = TextStyle.plain
    #expect(!plain.isEnabled)
    #expect(plain.bold("due") == "due")
    #expect(plain.red("") == "")
    #expect(TextStyle(isEnabled: true).green("") == "")
    #expect(TextStyle(isEnabled: true).dim("") == "")
  }
}
