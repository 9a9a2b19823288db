import Foundation
import Testing

@testable import Reports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The class page read against a roster shows what the terminal view shows: who needs help and why, who
/// never started, mastery per learner and topic, deck versions and fixed quizzes, and names on request.
@Suite("Class HTML")
struct ClassHTMLTests {
  typealias Fixture = ReportFixture

  static func page(names: Bool = false, behindOnly: Bool = false) -> String {
    ClassHTML.render(
      ClassOverviewTextTests.overview(), calendar: Fixture.calendar, names: names,
      behindOnly: behindOnly)
  }

  @Test("the class's title, its roster's names, who needs help with the reasons, who never started")
  func needsHelp() {
    let page = Self.page()
    #expect(page.contains("<h1>First aid 7B · Mini &lt;deck&gt; &amp; co: the class</h1>"))
    #expect(page.contains("4 learners · study day 2026-11-25"))
    #expect(
      page.contains(
        "<th scope=\"row\"><span class=\"behind\">! Dora Ma</span></th><td class=\"num\">–</td>"
          + "<td class=\"num\">–</td><td>not started</td>"))
    #expect(page.contains("<th scope=\"row\">Ana Lima</th><td class=\"num\">4</td>"))
    #expect(
      page.contains(
        "<li><span class=\"behind\">! Ben Okafor</span>: 1 unit known (target 4 by today)"))
    #expect(page.contains("<li><span class=\"behind\">! Dora Ma</span>: not started</li>"))
    #expect(page.contains("Not on the roster, left out: zed"))
    // Learner ids are not shown where the roster gives a name.
    #expect(!page.contains(">ben<") && !page.contains(">ana<"))
  }

  @Test(
    "mastery per learner and topic, and the fixed quiz with each question and who did not take it")
  func classSections() {
    let page = Self.page()
    #expect(page.contains("<h2>Mastery by learner and topic</h2>"))
    #expect(page.contains("<h2>Fixed quizzes</h2>"))
    #expect(page.contains("<h3>week-1 · Week 1 check</h3>"))
    #expect(page.contains("2 questions · "))
    #expect(page.contains("Question c1?") && page.contains("Question c3?"))
    #expect(page.contains("not taken"))
  }

  @Test("who gave each wrong answer only when asked; --behind keeps only those who need help")
  func namesAndBehind() {
    #expect(!Self.page().contains("Given by"))
    let named = Self.page(names: true)
    #expect(named.contains("<th scope=\"col\">Given by</th>"))
    #expect(named.contains("<td>Ben Okafor</td></tr>"))
    let behind = Self.page(behindOnly: true)
    #expect(!behind.contains("<th scope=\"row\">Ana Lima</th><td class=\"num\">4</td>"))
    #expect(behind.contains("<span class=\"behind\">! Ben Okafor</span>"))
  }

  #if canImport(FoundationXML)
    @Test("the page with every class section parses as XML")
    func parses() throws {
      for names in [false, true] {
        _ = try XMLDocument(data: Data(Self.page(names: names).utf8), options: [])
      }
    }
  #endif
}
