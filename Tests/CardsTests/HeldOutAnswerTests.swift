import Foundation
import TestSupport
import Testing

@testable import Cards

/// The held-out answers (`Fixtures/held-out-answers.tsv`, written before the rules were tuned): how often
/// answer checking agrees with the teacher on the decks as shipped (and on the retired calcinosis cards
/// that some answers were written for).
@Suite("Agreement with a teacher on held-out answers")
struct HeldOutAnswerTests {
  struct Row {
    var deck: GradingDeck
    var card: String
    var answer: String
    var teacher: String
  }

  static func rows() throws -> [Row] {
    let url = packageRoot.appendingPathComponent("Tests/CardsTests/Fixtures/held-out-answers.tsv")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    return try lines.dropFirst().filter { !$0.hasPrefix("#") && !$0.hasPrefix("deck\t") }.map {
      let fields = $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      try #require(fields.count == 5, "\($0)")
      let deck = try #require(GradingDeck(rawValue: fields[0]), "\(fields[0])")
      return Row(deck: deck, card: fields[1], answer: fields[2], teacher: fields[3])
    }
  }

  @Test("at least 95 % of the answers a teacher accepts are accepted, and none a teacher rejects")
  func agreement() throws {
    let fixture = try GradingFixture.shared.get()
    let rows = try Self.rows()
    #expect(rows.count >= 150)
    var accepted = 0
    var teacherRight = 0
    var wronglyAccepted: [String] = []
    var notAskedAgain: [String] = []
    for row in rows {
      let grade = try fixture.grade(row.answer, card: row.card, in: row.deck)
      if row.teacher == "right" {
        teacherRight += 1
        if grade.isCorrect { accepted += 1 }
      } else if grade.isCorrect {
        wronglyAccepted.append("\(row.card) ← \(row.answer): \(grade.reason)")
      }
      if row.teacher == "retry", !grade.isRetry {
        notAskedAgain.append("\(row.card) ← \(row.answer): \(grade.verdict.rawValue)")
      }
    }
    let share = Double(accepted) / Double(max(teacherRight, 1))
    #expect(share >= 0.95, "accepted \(accepted) of \(teacherRight)")
    #expect(wronglyAccepted.isEmpty, "\(wronglyAccepted)")
    #expect(notAskedAgain.isEmpty, "\(notAskedAgain)")
  }
}
