import Foundation
import ProgressCore
import Reports
import Scheduling
import Testing
import Utilities

/// Issue 16: answers a learner said were right ("I was right" after a wrong verdict) reach the teacher in
/// the class view as alias suggestions, per card, each counted once per learner.
@Suite("Class view: alias suggestions from overrides")
struct ClassAliasSuggestionTests {
  typealias Fixture = ReportFixture

  static func overridden(_ card: String, _ answer: String, _ time: Date) -> (Date, ProgressEvent) {
    (
      time,
      .review(
        ReviewRecord(
          card: card, rating: .good, milliseconds: 900, suggested: .again, answer: answer,
          verdict: "incorrect", override: ReviewRecord.overriddenRight))
    )
  }

  static let report: ClassStatistics = {
    let dan = [
      overridden("c1", "acetylsalicylic acid", Fixture.at(3, "09:00")),
      overridden("c1", "Acetylsalicylic  acid", Fixture.at(2, "09:00")),  // the same answer again
      Fixture.review("c3", 1, Fixture.at(2, "09:05"), answer: "heparin"),  // wrong, not overridden
    ]
    let eve = [overridden("c1", "acetylsalicylic acid", Fixture.at(1, "10:00"))]
    return ClassStatistics(
      deckID: "mini", deckTitle: "Mini", units: Fixture.units, now: Fixture.now,
      learners: [
        Fixture.input("dan", dan), Fixture.input("eve", eve), Fixture.input("ana", Fixture.ana),
      ])
  }()

  @Test("an overridden answer is listed for its card once per learner; wrong answers are not")
  func listed() throws {
    let suggestions = Self.report.aliasSuggestions
    #expect(suggestions.map(\.card) == ["c1"])
    let card = try #require(suggestions.first)
    #expect(card.overridden.map(\.text) == ["acetylsalicylic acid"])
    #expect(card.overridden.map(\.learners) == [2])
    #expect(card.wrong.isEmpty, "wrong answers have their own section")
  }

  @Test("the text, JSON and HTML class reports show them")
  func rendered() throws {
    let calendar = Fixture.calendar
    let text = ClassText.render(
      Self.report, calendar: calendar, style: TextStyle(isEnabled: false))
    #expect(text.contains("Answers learners said were right"))
    let line = text.split(separator: "\n").first { $0.contains("“acetylsalicylic acid”") }
    #expect(line?.hasSuffix(" 2 learners") == true, "\(line ?? "no line")")
    let json = ReportJSON.classReport(Self.report, calendar: calendar)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let suggestions = try #require(object?["aliasSuggestions"] as? [[String: Any]])
    #expect(suggestions.map { $0["card"] as? String } == ["c1"])
    let answers = try #require(suggestions.first?["answers"] as? [[String: Any]])
    #expect(answers.map { $0["text"] as? String } == ["acetylsalicylic acid"])
    #expect(answers.map { $0["learners"] as? Int } == [2])
    let html = ClassHTML.render(Self.report, calendar: calendar)
    #expect(html.contains("Answers learners said were right"))
    #expect(html.contains("acetylsalicylic acid"))
  }

  @Test("a class without overrides says so")
  func none() {
    let text = ClassText.render(
      Fixture.classReport(), calendar: Fixture.calendar, style: TextStyle(isEnabled: false))
    let section = text.components(separatedBy: "Answers learners said were right").last ?? ""
    #expect(
      section.split(separator: "\n").dropFirst().first?.trimmingCharacters(in: .whitespaces)
        == "none")
  }
}
