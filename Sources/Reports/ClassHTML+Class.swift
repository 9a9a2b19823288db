import Foundation
import Utilities

/// The parts of the class page that read the class: the learner table with who needs help, mastery per
/// learner and topic, deck versions and fixed quizzes (the same figures as ``ClassOverviewText``).
extension ClassHTML {
  /// The learner table, in the overview's order; a learner who needs help is marked with `!`.
  static func learnerTable(_ overview: ClassOverview, calendar: ReportCalendar) -> String {
    let e = HTMLText.escape
    let threshold = HTMLText.percent(LearnerStatistics.knownThreshold)
    return HTMLText.table(
      caption:
        "<span class=\"behind\">!</span> needs help (see below). "
        + "Known: units in review with a probability of recall of \(threshold) or more now. "
        + "Studied: units introduced. Retention: true retention, all time. "
        + "Due: units due by the end of today. Quiz: mean score of the learner’s quizzes.",
      header: [
        "Learner", "Units known", "Units studied", "Retention", "Due", "Last active", "Reviews",
        "Quiz mean",
      ],
      rows: overview.rows.map { row in
        let name =
          row.isBehind
          ? "<span class=\"behind\">! \(e(row.name))</span>" : e(row.name)
        guard let figures = row.figures, row.hasStarted else {
          return [name, "–", "–", "not started", "–", "never", "0", "–"]
        }
        return [
          name, "\(figures.unitsKnown)", "\(figures.unitsStudied)",
          HTMLText.passes(figures.retention), "\(figures.due)",
          figures.lastActive.map { calendar.label(ofDay: calendar.day(of: $0)) } ?? "never",
          "\(figures.reviews)", HTMLText.percent(figures.quizScore),
        ]
      }, numeric: [1, 2, 4, 5, 6, 7])
  }

  /// Who needs help, each with the reasons, against the class's median and target; and the files of
  /// learners not on the roster.
  static func needsHelp(_ overview: ClassOverview) -> String {
    let e = HTMLText.escape
    let behind = overview.rows.filter(\.isBehind)
    let measures = overview.helpMeasures
    var html =
      "<p>\(behind.count) of \(plural(overview.rows.count, "learner"))"
      + (measures.isEmpty ? "" : " (\(measures.joined(separator: "; ")))") + "</p>\n"
    if !behind.isEmpty {
      html += "<ul class=\"help\">\n"
      for row in behind {
        html +=
          "<li><span class=\"behind\">! \(e(row.name))</span>: "
          + "\(e(ClassOverview.summary(row.reasons)))</li>\n"
      }
      html += "</ul>\n"
    }
    if !overview.notOnRoster.isEmpty {
      html +=
        "<p class=\"note\">Not on the roster, left out: "
        + "\(e(overview.notOnRoster.joined(separator: ", "))) (add them to the roster to count them)</p>\n"
    }
    if !overview.forked.isEmpty {
      html +=
        "<p class=\"note\">Forked histories to settle (the copy held is counted): "
        + "\(e(overview.names(overview.forked)))</p>\n"
    }
    return html
  }

  /// Mastery per learner and topic, deck versions and fixed quizzes, each when there is something to show.
  static func classSections(_ shown: ClassOverview, overview: ClassOverview) -> String {
    grid(shown) + versions(overview) + quizzes(overview)
  }

  /// Units known of those studied, per learner (a row) and topic (a column); under half is marked low,
  /// under four fifths middling.
  static func grid(_ overview: ClassOverview) -> String {
    let e = HTMLText.escape
    let topics = overview.report.topics.map(\.topic)
    guard !topics.isEmpty, !overview.rows.isEmpty else { return "" }
    let rows = overview.rows.map { row -> [String] in
      let mastery = Dictionary((row.details?.topics ?? []).map { ($0.topic, $0) }) { first, _ in
        first
      }
      return [e(row.name)]
        + topics.map { topic in
          guard let share = mastery[topic]?.share else { return "–" }
          let text = HTMLText.percent(share)
          return share < 0.5
            ? "<span class=\"low\">\(text)</span>"
            : share < 0.8 ? "<span class=\"middling\">\(text)</span>" : text
        }
    }
    return "<h2>Mastery by learner and topic</h2>\n"
      + HTMLText.table(
        caption: "Units known of those studied in each topic (– none studied yet); "
          + "<span class=\"low\">under 50%</span>, <span class=\"middling\">under 80%</span>",
        header: ["Learner"] + topics.map(e), rows: rows, numeric: Set(1...topics.count))
  }

  /// The deck version each learner last studied, and what changed since the older ones.
  static func versions(_ overview: ClassOverview) -> String {
    let e = HTMLText.escape
    guard !overview.versions.isEmpty else { return "" }
    return "<h2>Deck versions</h2>\n"
      + HTMLText.table(
        caption: "The version of the deck each learner last studied",
        header: ["Version", "Learners", "Changes to the current version"],
        rows: overview.versions.map { group in
          let label =
            group.version.map { $0.label + (group.isCurrent ? " (current)" : "") }
            ?? "not recorded"
          let changes: String
          if group.isCurrent || group.version == nil {
            changes = "–"
          } else if let known = group.changes {
            changes = ClassOverviewText.describe(known)
          } else {
            changes = "not known (that version was never at hand)"
          }
          return [
            e(label),
            e(
              plural(group.learners.count, "learner")
                + (group.isCurrent ? "" : ": " + overview.names(group.learners))),
            e(changes),
          ]
        })
  }

  /// Each fixed quiz: who took it and their first finished score, who did not, and each question's results.
  static func quizzes(_ overview: ClassOverview) -> String {
    let e = HTMLText.escape
    guard !overview.quizzes.isEmpty else { return "" }
    var html = "<h2>Fixed quizzes</h2>\n"
    for results in overview.quizzes {
      let quiz = results.quiz
      let title = quiz.title == quiz.name ? quiz.name : "\(quiz.name) · \(quiz.title)"
      let mean = results.mean.map { " · mean \(HTMLText.percent($0))" } ?? ""
      html += "<h3>\(e(title))</h3>\n"
      html +=
        "<p class=\"meta\">\(plural(results.questions.count, "question")) · "
        + "\(results.results.count) of \(plural(overview.rows.count, "learner")) took it\(mean)</p>\n"
      let taken = overview.rows.filter { results.results[$0.learner] != nil }
        .sorted {
          (results.results[$0.learner]?.score ?? 0) < (results.results[$1.learner]?.score ?? 0)
        }
      let missing = overview.rows.filter { results.results[$0.learner] == nil }
      html += HTMLText.table(
        caption: "First finished sitting of each learner, lowest score first",
        header: ["Learner", "Score"],
        rows: taken.map { [e($0.name), HTMLText.percent(results.results[$0.learner]?.score)] }
          + missing.map { [e($0.name), "not taken"] },
        numeric: [1], className: "narrow")
      guard !results.tallies.isEmpty else { continue }
      html += HTMLText.table(
        caption: "Each question’s answers: right, partly right, wrong and unanswered",
        header: ["#", "Question", "Right", "Partly", "Wrong", "None"],
        rows: results.tallies.enumerated().map { offset, tally in
          [
            "\(offset + 1)", e(tally.question.prompt), "\(tally.correct)", "\(tally.partial)",
            "\(tally.wrong)", "\(tally.unanswered)",
          ]
        }, numeric: [0, 2, 3, 4, 5])
    }
    return html
  }
}
