import Foundation
import Utilities

/// `recall class --html`: one self-contained page for the teacher.
public enum ClassHTML {
  /// The page, without a class file.
  public static func render(_ report: ClassStatistics, calendar: ReportCalendar) -> String {
    render(ClassOverview(report: report, calendar: calendar), calendar: calendar)
  }

  /// The page read against the class, with what the terminal view shows: who needs help and why, mastery
  /// per learner and topic, deck versions and fixed quizzes; with `names`, who gave each of the wrong
  /// answers most given; with `behindOnly`, only the learners who need help in the table and the grid.
  public static func render(
    _ overview: ClassOverview, calendar: ReportCalendar, names: Bool = false,
    behindOnly: Bool = false
  ) -> String {
    let report = overview.report
    var shown = overview
    if behindOnly { shown.rows = overview.rows.filter(\.isBehind) }
    let e = HTMLText.escape
    let today = calendar.day(of: report.now)
    let classTitle = overview.classFile.map { "\(e($0.title)) · " } ?? ""
    var body = """
      <header>
      <h1>\(classTitle)\(e(report.deckTitle)): the class</h1>
      <p class="meta">\(plural(overview.rows.count, "learner")) · \
      study day \(calendar.label(ofDay: today)) (days start at 04:00) · deck <code>\(e(report.deckID))</code></p>
      </header>

      """
    body += "<h2>Learners</h2>\n"
    body += learnerTable(shown, calendar: calendar)
    body += "<h2>Needs help</h2>\n"
    body += needsHelp(overview)
    body += "<h2>Mastery by topic</h2>\n"
    body += SVGCharts.mastery(
      report.topics.map {
        ($0.topic, $0.share, "\($0.known) of \($0.studied) · \($0.units * $0.learners) units")
      })
    body += "<h2>Reviews per day</h2>\n"
    body += SVGCharts.reviews(Array(report.activity.suffix(30)), calendar: calendar)
    body += "<h2>Activity</h2>\n"
    body += SVGCharts.heatmap(report.activity, today: today, calendar: calendar)
    body += "<h2>Forecast</h2>\n"
    body += SVGCharts.forecast(
      report.forecast, labels: report.forecast.indices.map { calendar.label(ofDay: today + $0) })
    body += "<h2>Most missed units</h2>\n"
    body +=
      report.mostMissed.isEmpty
      ? "<p class=\"note\">No wrong answers yet.</p>\n"
      : HTMLText.table(
        caption:
          "Units by the number of learners who answered them wrong at least once (each learner "
          + "counted once per unit), with the wrong answers over all answers",
        header: ["Unit", "Learners who missed it", "Learners who answered it", "Wrong", "Answers"],
        rows: report.mostMissed.map {
          [
            e($0.prompt) + "<br/><code>\(e($0.unit))</code>", "\($0.learners)", "\($0.answered)",
            "\($0.wrong)", "\($0.answers)",
          ]
        }, numeric: [1, 2, 3, 4])
    body += "<h2>Wrong answers most often given</h2>\n"
    if report.wrongAnswers.isEmpty {
      body += "<p class=\"note\">None recorded.</p>\n"
    } else {
      body +=
        "<table>\n<caption>Wrong answers per card: the options chosen, or the text typed (bare "
      body += "option letters of reviews that do not name the option are left out)</caption>\n"
      body += "<thead><tr><th scope=\"col\">Card</th>"
      body += "<th scope=\"col\">Wrong answer</th><th scope=\"col\" class=\"num\">Times</th>"
      body += "<th scope=\"col\" class=\"num\">Learners</th>"
      body +=
        names
        ? "<th scope=\"col\">Given by</th></tr></thead>\n<tbody>\n" : "</tr></thead>\n<tbody>\n"
      for card in report.wrongAnswers {
        for (index, given) in card.answers.enumerated() {
          body += "<tr>"
          if index == 0 {
            body += "<th scope=\"row\" rowspan=\"\(card.answers.count)\">\(e(card.prompt))"
            body += "<br/><span class=\"note\">right: \(e(card.answer))</span></th>"
          }
          body += "<td>\(e(given.text))</td><td class=\"num\">\(given.count)</td>"
          body += "<td class=\"num\">\(given.learners)</td>"
          body +=
            names ? "<td>\(e(overview.names(given.givenBy, limit: 30)))</td></tr>\n" : "</tr>\n"
        }
      }
      body += "</tbody>\n</table>\n"
    }
    body += classSections(shown, overview: overview)
    body += "<h2>Answers learners said were right</h2>\n"
    body +=
      report.aliasSuggestions.isEmpty
      ? "<p class=\"note\">No answer was overridden as right.</p>\n"
      : HTMLText.table(
        caption: "Alias suggestions: answers marked wrong that learners said were right "
          + "(recall deck aliases --suggest prints them as YAML)",
        header: ["Card", "Answer given", "Learners"],
        rows: report.aliasSuggestions.flatMap { card in
          card.overridden.map { given in
            [
              e(card.prompt) + "<br/><span class=\"note\">shown: \(e(card.answer))</span>",
              e(given.text), "\(given.learners)",
            ]
          }
        }, numeric: [2])
    body += "<h2>Flagged cards</h2>\n"
    body +=
      report.flags.isEmpty
      ? "<p class=\"note\">No card was flagged.</p>\n"
      : HTMLText.table(
        caption: "Cards learners marked for the deck’s author, with their notes",
        header: ["Card", "Learner", "Note", "Day"],
        rows: report.flags.map { flag in
          [
            e(flag.prompt.isEmpty ? flag.card : flag.prompt) + "<br/><code>\(e(flag.card))</code>",
            e(overview.displayNames[flag.learner] ?? flag.learner),
            flag.note.isEmpty ? "–" : e(flag.note),
            calendar.label(ofDay: calendar.day(of: flag.time)),
          ]
        }, numeric: [3])
    return HTMLText.page(title: "Recall class · \(report.deckTitle)", body: body)
  }
}
