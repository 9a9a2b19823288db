import Testing
import Utilities

@testable import Reports

/// Wrong answers are tidied byte by byte when they are ASCII: the result is the one `Character` by
/// `Character` gives.
@Suite("Tidied answers")
struct StringTidiedTests {
  @Test(
    "answers are lowercased, their white space runs made one space and trimmed",
    arguments: [
      ("  Heparin ", "heparin"), ("Low\t\tDose\r\nAspirin", "low dose aspirin"), ("", ""),
      (" \n ", ""), ("Vitamin-K  (oral)", "vitamin-k (oral)"), ("ÜBER  Café", "über café"),
      ("A\u{00A0}B", "a b"),
    ])
  func tidied(answer: String, expected: String) {
    #expect(answer.tidied == expected)
    #expect(String.tidiedByCharacter(answer) == expected)
  }

  @Test("every ASCII character, alone and between letters, tidies as Character by Character does")
  func everyASCIICharacter() {
    for byte in UInt8(0)..<0x80 {
      let character = String(decoding: [byte], as: UTF8.self)
      for text in [character, "A\(character)b", "\(character)\(character)Z \(character)"] {
        #expect(text.tidied == String.tidiedByCharacter(text), "byte \(byte)")
      }
    }
  }

  @Test("random ASCII answers tidy as Character by Character does")
  func randomAnswers() {
    var random = SplitMix64(seed: 18)
    let alphabet = Array("aZ \t\r\n\u{0B}\u{0C}.-'09Qx")
    for _ in 0..<2_000 {
      let text = String(
        (0..<Int(random.next() % 12)).map { _ in
          alphabet[Int(random.next() % UInt64(alphabet.count))]
        })
      #expect(text.tidied == String.tidiedByCharacter(text), "\(Array(text.utf8))")
    }
  }
}
