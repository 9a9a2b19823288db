import Foundation
import Knowledge
import Testing

@testable import Reports

/// The gradebook file: Canvas's identity columns first, numbers a gradebook takes, blanks for no figure.
@Suite("Gradebook CSV")
struct ClassCSVTests {
  typealias Overview = ClassOverviewTests

  @Test("one row per learner, Canvas's five identity columns, then figures and each quiz's score")
  func gradebook() {
    let quiz = ClassFile.FixedQuiz(
      name: "week-1", title: "Week 1, \"final\"", units: [], tags: [], questions: 2, minutes: nil,
      seed: 1, ask: "choose", location: Overview.location)
    let details = [
      ClassOverviewVersionsTests.details(
        "ana",
        quizzes: [
          ClassOverviewVersionsTests.attempt(1, [("q1", "correct")], result: 2.625)
        ])
    ]
    let file = Overview.classFile(
      [
        ClassFile.Member(
          id: "ana", name: "Lima, Ana", sis: "1042", login: "alima", location: Overview.location),
        Overview.member("ben", "Ben Okafor"),
      ], quizzes: [quiz])
    let overview = ClassOverview(
      report: Overview.report(
        [Overview.row("ana", known: 40, passed: 87, reviewed: 100, reviews: 512)], details: details),
      classFile: file, calendar: ReportFixture.calendar, sort: .name)
    let csv = ClassCSV.render(overview, calendar: ReportFixture.calendar)
    #expect(
      csv.components(separatedBy: "\r\n") == [
        #"Student,ID,SIS User ID,SIS Login ID,Section,Units known,True retention (%),Reviews,Last active,"Week 1, ""final"" (%)""#,
        #"Ben Okafor,,,ben,,0,,0,,"#,
        #""Lima, Ana",,1042,alima,,40,87,512,2026-11-25,87.5"#,
        "",
      ])
  }
}
