import Foundation
import Utilities

/// `recall class` as terminal text: at most 80 columns, colour only when the style says so.
public enum ClassText {
  /// The whole report; `calendar` names the days.
  public static func render(
    _ report: ClassStatistics, calendar: ReportCalendar, style: TextStyle
  ) -> String {
    let today = calendar.day(of: report.now)
    var lines: [String] = [
      style.bold("Recall class · \(TextCells.inert(report.deckTitle))")
        + style.dim(
          " · \(plural(report.learners.count, "learner")) · "
            + calendar.label(ofDay: today)),
      "",
      style.bold(
        TextCells.fit("Learner", 12) + TextCells.right("known", 6) + TextCells.right("studied", 8)
          + "  " + TextCells.fit("retention", 17) + TextCells.right("due", 5) + "  "
          + TextCells.fit("last active", 12) + TextCells.right("reviews", 8)
          + TextCells.right("quiz", 6)),
    ]
    for row in report.learners {
      lines.append(
        TextCells.trimmed(
          TextCells.fit(row.learner, 12) + TextCells.right("\(row.unitsKnown)", 6)
            + TextCells.right("\(row.unitsStudied)", 8) + "  "
            + TextCells.passes(row.retention, width: 17) + TextCells.right("\(row.due)", 5) + "  "
            + TextCells.fit(TextCells.date(row.lastActive, calendar: calendar), 12)
            + TextCells.right("\(row.reviews)", 8)
            + TextCells.right(row.quizScore.map { TextCells.percent($0) } ?? "–", 6)))
    }
    let threshold = TextCells.percent(LearnerStatistics.knownThreshold)
    lines.append(
      style.dim("known: units in review, recall ≥ \(threshold) now · studied: units introduced"))
    lines.append(
      style.dim("retention: true retention, all time · due: by the end of today · quiz: mean")
    )
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
      style.bold("Wrong answers most often given") + style.dim(" (the class's misconceptions)"))
    if report.wrongAnswers.isEmpty { lines.append("  none recorded") }
    for card in report.wrongAnswers {
      lines.append("  " + TextCells.fit(card.prompt, 76))
      lines.append(style.dim("    right: ") + TextCells.fit(card.answer, 65))
      for answer in card.answers {
        lines.append(
          "    " + style.red(TextCells.right("\(answer.count)×", 4)) + " "
            + TextCells.trimmed(
              TextCells.fit("“\(answer.text)”", 56)
                + style.dim(
                  " \(plural(answer.learners, "learner"))")))
      }
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
            "\(TextCells.date(flag.time, calendar: calendar)) \(flag.learner): "
              + (flag.prompt.isEmpty ? flag.card : flag.prompt), 76))
      if !flag.note.isEmpty { lines.append("    " + TextCells.fit("“\(flag.note)”", 74)) }
      let id = flag.unit == flag.card ? flag.card : "\(flag.card) · unit \(flag.unit)"
      lines.append(style.dim("    " + TextCells.fit(id, 74)))
    }
    return lines.map(TextCells.trimmed).joined(separator: "\n") + "\n"
  }
}
