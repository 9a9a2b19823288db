import Foundation
import Testing

@testable import Cards

@Suite("AnswerText")
struct AnswerTextTests {
  @Test(
    "answers are compared in one normal form",
    arguments: [
      ("Diltiazem", "diltiazem"),
      ("DILTIAZEM", "diltiazem"),
      ("  systemic   sclerosis \n", "systemic sclerosis"),
      ("systemic-sclerosis", "systemic sclerosis"),
      ("Diltiazem.", "diltiazem"),
      ("diltiazem!?", "diltiazem"),
      ("“diltiazem”", "diltiazem"),
      ("the elbows", "elbow"),
      ("The Elbows!", "elbow"),
      ("an elbow", "elbow"),
      ("a knee", "knee"),
      ("the", "the"),
      ("a", "a"),
      ("elbows", "elbow"),
      ("bodies", "body"),
      ("glass", "glass"),
      ("lupus", "lupus"),
      ("psoriasis", "psoriasis"),
      ("gas", "gas"),
      ("x-rays", "x ray"),
      ("systemic sclerosis (SSc)", "systemic sclerosis"),
      ("CT [computed tomography] scan", "ct scan"),
      ("(SSc)", "ssc"),
      ("CO2 laser", "co2 laser"),
      ("2.5 mg", "2.5 mg"),
      ("24-hour urine calcium", "24 hour urine calcium"),
      ("dose 2.", "dose 2"),
      ("", ""),
      ("...", ""),
    ])
  func normalizes(_ input: String, _ expected: String) {
    #expect(AnswerText.normalize(input) == expected)
  }

  @Test(
    "composed and decomposed accents normalise to the same composed text",
    arguments: [
      ("caf\u{E9} au lait", "cafe\u{301} au lait"),
      ("Sj\u{F6}gren syndrome", "Sjo\u{308}gren syndrome"),
      ("\u{C5}ngstr\u{F6}m", "A\u{30A}ngstro\u{308}m"),
    ])
  func unicodeForms(_ composed: String, _ decomposed: String) {
    let normalized = AnswerText.normalize(decomposed)
    #expect(normalized == AnswerText.normalize(composed))
    #expect(
      Array(normalized.unicodeScalars) == Array(composed.lowercased().unicodeScalars),
      "NFC, scalar for scalar")
  }

  @Test(
    "digits are detected so that numbers are never typo-tolerated",
    arguments: [("co2 laser", true), ("24 hour", true), ("vitamin d", false), ("", false)])
  func digits(_ text: String, _ hasDigit: Bool) {
    #expect(AnswerText.containsDigit(text) == hasDigit)
  }
}

@Suite("AnswerText fast path")
struct AnswerTextFastPathTests {
  @Test(
    "the ASCII fast path gives the same normal form as the Unicode path, on every text of the decks"
  )
  func asciiPathAgrees() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
    var texts = [
      "The Elbows", "a (b) c", "(only)", "knees.", "2.5 mg", "x-ray", "CO2 laser", "stories", "bus",
      "an apple", "a", "[note] rest", "  spaced   out  ", "U.S.", "anti-dsDNA", "3.", "it's",
    ]
    for name in ["calcinosis-cutis", "first-aid-burns"] {
      let text = try String(
        contentsOf: root.appendingPathComponent("Decks/\(name).yaml"), encoding: .utf8)
      texts += text.split(whereSeparator: \.isNewline).map(String.init)
    }
    for text in texts where text.utf8.allSatisfy({ $0 < 0x80 }) {
      #expect(AnswerText.normalizeASCII(text) == AnswerText.normalizeUnicode(text), "\(text)")
    }
  }
}
