import Foundation
import Reports
import TestSupport
import Testing
import Utilities

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The three renderings of the fixture reports: JSON against its schema, HTML as well-formed XHTML with
/// every chart, terminal text within 80 columns.
@Suite("Report rendering")
struct ReportRenderingTests {
  typealias Fixture = ReportFixture
  static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/schemas")
    .path

  let stats = [
    Fixture.statistics("ana", Fixture.ana), Fixture.statistics("ben", Fixture.ben),
    Fixture.statistics("chloe", Fixture.chloe),
  ]
  let report = Fixture.classReport()

  func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  @Test("stats --json matches docs/schemas/stats.schema.json for every learner")
  func statsSchema() throws {
    let checker = try SchemaChecker(path: Self.schemas + "/stats.schema.json")
    for learner in stats {
      #expect(checker.problems(try json(ReportJSON.stats(learner))) == [])
    }
  }

  @Test("class --json matches docs/schemas/class.schema.json")
  func classSchema() throws {
    let checker = try SchemaChecker(path: Self.schemas + "/class.schema.json")
    #expect(
      checker.problems(try json(ReportJSON.classReport(report, calendar: Fixture.calendar))) == [])
  }

  @Test("the schema check is not a rubber stamp: a missing field, a wrong type, an extra key")
  func schemaRejects() throws {
    let checker = try SchemaChecker(path: Self.schemas + "/stats.schema.json")
    var object = try #require(try json(ReportJSON.stats(stats[0])) as? [String: Any])
    object["units"] = nil
    object["streak"] = ["current": "four", "longest": 4]
    object["extra"] = true
    let problems = checker.problems(object)
    #expect(problems.contains("$: missing units"))
    #expect(problems.contains { $0.hasPrefix("$.streak.current:") })
    #expect(problems.contains("$: unexpected extra"))
  }

  @Test("stats --json carries the hand-counted figures")
  func statsValues() throws {
    let object = try #require(try json(ReportJSON.stats(stats[0])) as? [String: Any])
    let today = try #require(object["today"] as? [String: Any])
    #expect(today["reviews"] as? Int == 4)
    #expect(today["seconds"] as? Int == 14)
    #expect(today["date"] as? String == "2026-11-25")
    #expect(object["version"] as? Int == 2)
    let units = try #require(object["units"] as? [[String: Any]])
    #expect(units.count == 7)
    #expect(units[6]["state"] as? String == "new")
    #expect(units[6]["due"] is NSNull)
    #expect(units[6]["known"] as? Bool == false)
    #expect(units[1]["lapses"] as? Int == 1)
    #expect(units[1]["retrievability"] as? Int == 1)
    #expect(units[1]["known"] as? Bool == true)
    #expect(units[1]["kind"] as? String == "handwritten")
    let counts = try #require(object["counts"] as? [String: Any])
    #expect(counts["known"] as? Int == 4 && counts["studied"] as? Int == 6)
    let topics = try #require(object["topics"] as? [[String: Any]])
    #expect(topics[1]["known"] as? Int == 1 && topics[1]["studied"] as? Int == 2)
    #expect(topics[1]["share"] as? Double == 0.5)
    let retention = try #require(object["retention"] as? [[String: Any]])
    let allTime = try #require(retention[4]["all"] as? [String: Any])
    #expect(allTime["passed"] as? Int == 5 && allTime["reviewed"] as? Int == 6)
    #expect(allTime["rate"] as? Double == 0.8333)
  }

  #if canImport(FoundationXML)
    func parse(_ html: String) throws -> XMLDocument {
      try XMLDocument(data: Data(html.utf8), options: [])
    }

    @Test(
      "the HTML reports parse as XML and hold each chart with a title, a description and a table")
    func htmlCharts() throws {
      let pages = [
        StatsHTML.render(stats[0]), StatsHTML.render(stats[1]),
        ClassHTML.render(report, calendar: Fixture.calendar),
      ]
      for page in pages {
        let document = try parse(page)
        for chart in ["forecast", "reviews", "heatmap", "mastery"] {
          let figure = try document.nodes(forXPath: "//*[local-name()='figure'][@id='\(chart)']")
          #expect(figure.count == 1, "\(chart)")
          let svg = try document.nodes(
            forXPath:
              "//*[local-name()='figure'][@id='\(chart)']/*[local-name()='svg'][@role='img']")
          #expect(svg.count == 1, "\(chart)")
          let title = try document.nodes(
            forXPath: "//*[local-name()='title'][@id='\(chart)-title']")
          let desc = try document.nodes(forXPath: "//*[local-name()='desc'][@id='\(chart)-desc']")
          #expect(title.count == 1 && desc.count == 1)
          let description = desc.first?.stringValue ?? ""
          #expect(description.count > 20)
          let table = try document.nodes(
            forXPath: "//*[local-name()='figure'][@id='\(chart)']//*[local-name()='table']")
          #expect(table.count == 1, "\(chart) has a data table")
        }
        #expect(try document.nodes(forXPath: "//*[local-name()='script']").isEmpty)
        #expect(
          !page.contains("http://")
            || !page.replacingOccurrences(
              of: "xmlns=\"http://www.w3.org/", with: ""
            ).contains("http://"))
        #expect(!page.contains("https://"))
        #expect(page.contains("@media print"))
      }
    }

    @Test("deck and learner text is escaped in HTML")
    func htmlEscapes() throws {
      let page = ClassHTML.render(report, calendar: Fixture.calendar)
      let document = try parse(page)
      #expect(!page.contains("<b>answer</b>"))
      #expect(page.contains("the &lt;b&gt;answer&lt;/b&gt; &amp; &quot;wording&quot;"))
      let heading = try document.nodes(forXPath: "//*[local-name()='h1']").first?.stringValue
      #expect(heading == "Mini <deck> & co: the class")
    }
  #endif

  func visibleWidth(_ line: String) -> Int {
    line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression).count
  }

  @Test("terminal text: at most 80 columns, escape codes only with colour on")
  func text() {
    let outputs =
      stats.flatMap { learner in
        [true, false].map { StatsText.render(learner, style: TextStyle(isEnabled: $0)) }
      }
      + [true, false].map {
        ClassText.render(report, calendar: Fixture.calendar, style: TextStyle(isEnabled: $0))
      }
    for (index, output) in outputs.enumerated() {
      for line in output.split(separator: "\n") {
        #expect(visibleWidth(String(line)) <= 80, "\(line)")
      }
      #expect(output.contains("\u{1B}[") == (index % 2 == 0))
    }
  }

  @Test("terminal text shows the hand-counted figures and makes deck text inert")
  func textFigures() {
    var input = Fixture.input("ana", Fixture.ana)
    input.deckTitle = "Mini \u{1B}[2J deck"
    let text = StatsText.render(LearnerStatistics(input: input), style: .plain)
    #expect(!text.contains("\u{1B}"))
    #expect(text.contains("Today    4 reviews · 2 right (50%) · 0m 14s answering"))
    #expect(text.contains("Streak   4 days (longest 4)"))
    #expect(text.contains("Units    known 4 · fading 0 · learning 1 · new 1 · suspended 1\n"))
    #expect(text.contains("         of 7 units: 7 cards\n"))
    #expect(text.contains("         in review 4: young 2 · mature 2; leeches 0\n"))
    #expect(
      text.contains("  treatment     ██████████████████████████████      2/2 100%  2 of 2 studied"))
    #expect(text.contains("  all time      100%  5/5             0%  0/1            83%  5/6"))
    let classText = ClassText.render(report, calendar: Fixture.calendar, style: .plain)
    // ben: c2 known of c1 and c2 studied; eight first answers of the day, all Again.
    #expect(classText.contains("\n  ben                 1       2    0%  0/8"))
    #expect(classText.contains("\n    2/2   9/22 wrong    Question c1? — answer c1\n"))
    #expect(classText.contains("“aspirin”"))
    #expect(classText.contains("“the <b>answer</b> & \"wording\"”"))
  }
}
