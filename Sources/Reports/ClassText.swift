import Foundation
import Utilities

/// `recall class` as terminal text: at most 80 columns, colour only when the style says so.
public enum ClassText {
  /// The whole report, without a class file; `calendar` names the days.
  public static func render(
    _ report: ClassStatistics, calendar: ReportCalendar, style: TextStyle
  ) -> String {
    render(ClassOverview(report: report, calendar: calendar), calendar: calendar, style: style)
  }

  /// The whole report read against the class: with `names`, who gave each of the wrong answers most
  /// given; with `behindOnly`, only the learners who need help in the table and the grid.
  public static func render(
    _ overview: ClassOverview, calendar: ReportCalendar, style: TextStyle, names: Bool = false,
    behindOnly: Bool = false
  ) -> String {
    let report = overview.report
    var shown = overview
    if behindOnly { shown.rows = overview.rows.filter(\.isBehind) }
    let classTitle = overview.classFile.map { "\(TextCells.inert($0.title)) · " } ?? ""
    var lines: [String] = [
      style.bold("Recall class · \(classTitle)\(TextCells.inert(report.deckTitle))")
        + style.dim(
          " · \(plural(overview.rows.count, "learner")) · "
            + calendar.label(ofDay: calendar.day(of: report.now))),
      "",
    ]
    lines += ClassOverviewText.table(shown, calendar: calendar, style: style)
    lines.append("")
    lines += ClassOverviewText.needsHelp(overview, style: style)
    lines.append("")
    lines.append(
      style.bold("Wrong answers given by the most learners")
        + style.dim(" (the class's misconceptions)"))
    if report.wrongAnswers.isEmpty { lines.append("  none recorded") }
    for card in report.wrongAnswers {
      lines.append("  " + TextCells.fit(card.prompt, 76))
      lines.append(style.dim("    right: ") + TextCells.fit(card.answer, 65))
      for answer in card.answers {
        lines.append(
          "    " + style.red(TextCells.right(plural(answer.learners, "learner"), 11)) + " "
            + TextCells.trimmed(
              TextCells.fit("“\(answer.text)”", 52) + style.dim(" \(answer.count)×")))
        if names {
          lines += ClassOverviewText.wrapped(
            overview.names(answer.givenBy, limit: 30), indent: "                ")
        }
      }
    }
    lines.append("")
    lines.append(
      style.bold("Most missed units")
        + style.dim(" (learners who missed / answered it; wrong / all answers)"))
    if report.mostMissed.isEmpty { lines.append("  none") }
    for unit in report.mostMissed {
      lines.append(
        "  " + style.red(TextCells.right("\(unit.learners)", 3)) + "/"
          + TextCells.fit("\(unit.answered)", 4)
          + TextCells.fit("\(unit.wrong)/\(unit.answers) wrong", 14)
          + TextCells.fit(unit.prompt, 52))
    }
    lines.append("")
    lines.append(
      style.bold("Mastery by topic")
        + style.dim(" (units known of those studied, all learners)"))
    for topic in report.topics {
      let bar = TextCells.bar(topic.share ?? 0, width: 24)
      lines.append(
        "  " + TextCells.fit(topic.topic, 14) + style.green(bar.filled) + style.dim(bar.empty)
          + "  " + TextCells.right("\(topic.known)/\(topic.studied)", 9) + " "
          + TextCells.right(TextCells.percent(topic.share), 4) + "  "
          + style.dim("\(topic.studied)/\(topic.units * topic.learners) studied"))
    }
    for section in [
      ClassOverviewText.grid(shown, style: style),
      ClassOverviewText.versions(overview, style: style),
      ClassOverviewText.quizzes(overview, style: style),
    ] where !section.isEmpty {
      lines.append("")
      lines += section
    }
    lines.append("")
    lines.append(
      style.bold("Answers learners said were right")
        + style.dim(" (aliases to consider: deck aliases --suggest)"))
    if report.aliasSuggestions.isEmpty { lines.append("  none") }
    for card in report.aliasSuggestions {
      lines.append("  " + TextCells.fit(card.prompt, 76))
      lines.append(style.dim("    shown: ") + TextCells.fit(card.answer, 65))
      for answer in card.overridden {
        lines.append(
          "    "
            + TextCells.trimmed(
              TextCells.fit("“\(answer.text)”", 60)
                + style.dim(" \(plural(answer.learners, "learner"))")))
      }
    }
    lines.append("")
    lines.append(style.bold("Flagged cards") + style.dim(" (with the learners' notes)"))
    if report.flags.isEmpty { lines.append("  none") }
    for flag in report.flags {
      lines.append(
        "  "
          + TextCells.fit(
            "\(TextCells.date(flag.time, calendar: calendar)) \(overview.displayNames[flag.learner] ?? flag.learner): "
              + (flag.prompt.isEmpty ? flag.card : flag.prompt), 76))
      if !flag.note.isEmpty { lines.append("    " + TextCells.fit("“\(flag.note)”", 74)) }
      let id = flag.unit == flag.card ? flag.card : "\(flag.card) · unit \(flag.unit)"
      lines.append(style.dim("    " + TextCells.fit(id, 74)))
    }
    return lines.map(TextCells.trimmed).joined(separator: "\n") + "\n"
  }
}
