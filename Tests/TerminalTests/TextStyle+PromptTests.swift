import Testing
import Utilities

@testable import Terminal

@Suite("TextStyle prompt")
struct TextStylePromptTests {
  @Test("a coloured prompt marks its escape codes invisible to readline; a plain one is left alone")
  func prompt() {
    #expect(
      TextStyle(isEnabled: true).prompt("answer> ")
        == "\u{01}\u{1B}[36m\u{02}answer> \u{01}\u{1B}[0m\u{02}")
    #expect(TextStyle.plain.prompt("answer> ") == "answer> ")
  }
}
