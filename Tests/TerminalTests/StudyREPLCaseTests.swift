import Cards
import Foundation
import TestSupport
import Testing

@testable import Terminal

/// Cases in the study REPL: the vignette in plain type and the question after it, four options, no lesson
/// first, and feedback that says why each wrong option is wrong; the mark of a teacher's note.
@Suite("Study REPL: clinical cases and teacher's notes")
struct StudyREPLCaseTests {
  static func harness(_ card: String) throws -> REPLHarness {
    try REPLHarness(yaml: PlanetsCasesDeckText.yaml, cards: { $0.id.rawValue == card })
  }

  @Test("a case shows its vignette, then its question and options; it is asked without a lesson")
  func showsCase() throws {
    let harness = try Self.harness("red-planet.case")
    let card = try #require(harness.firstCard)
    let earth = try #require(card.choices.firstIndex(of: "Earth"))
    let text = try harness.run(
      [.line(ChoiceLetters.letter(earth)), .line(""), .line(":quit")], width: 100)
    #expect(!text.contains("Learn: "))
    let options = card.choices.enumerated().map { "  \(ChoiceLetters.letter($0))) \($1)\n" }
      .joined()
    #expect(
      text.contains(
        "[1] new · case · cases\n"
          + "A small planet with two tiny moons, one of them Phobos, looks red in the night sky.\n"
          + "Which planet is it?\n" + options + "answer (a–d)> "))
    #expect(text.contains("✗ Not quite"))
    #expect(
      text.contains(
        "  Two small moons and a rocky surface point to Mars.\n  Not Earth: the Moon orbits Earth.\n"
      ))
    #expect(text.contains("  Not Jupiter: Jupiter belongs to the gas giants.\n"))
    #expect(text.contains("  Sources: The planets; Moons\n"))
    #expect(harness.log.reviews.map(\.card) == ["red-planet.case"])
    #expect(harness.log.reviews.map(\.rung) == [Rung.choose.rawValue])
  }

  @Test("a case's vignette and reasons are wrapped line by line to the terminal's width")
  func wrapsCase() throws {
    let harness = try Self.harness("which-planet.saturn.case")
    let text = try harness.run([.line("a"), .line(""), .line(":quit")], width: 40)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { WordWrap.columns($0) <= 40 || !$0.contains(" ") }, "\(text)")
    #expect(text.contains("An astronomer describes a planet of the\nsolar system."))
    #expect(text.contains("\nWhich planet is it?\n"))
    #expect(!text.contains("\\u{a}"))
  }

  @Test("a teacher's note is marked under the source, with its reference")
  func marksTeacherNote() throws {
    let harness = try Self.harness("earth-moon.recall.forward")
    let text = try harness.run([.line("the Moon"), .line(""), .line(":quit")], teaching: false)
    #expect(
      text.contains(
        "  Earth has one natural satellite, the Moon.\n  Source: Moons\n"
          + "  Teacher's note, beyond the source: A teacher's atlas of the solar system\n"))
  }
}
