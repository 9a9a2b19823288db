import Foundation

/// `recall class` as terminal text: at most 80 columns, colour only when the style says so.
public enum ClassText {
  /// The whole report; `calendar` names the days.
  public static func render(
    _ report: ClassStatistics, calendar: ReportCalendar, style: ReportStyle
  ) -> String {
    let today = calendar.day(of: report.now)
    var lines: [String] = [
      style.bold("Recall class · \(TextCells.inert(report.deckTitle))")
        + style.dim(
          " · \(report.learners.count) learner\(report.learners.count == 1 ? "" : "s") · "
            + calendar.label(ofDay: today)),
      "",
      style.bold(
        TextCells.fit("Learner", 14) + TextCells.right("seen", 5) + "  "
          + TextCells.fit("retention", 17) + TextCells.right("due", 5) + "  "
          + TextCells.fit("last active", 12) + TextCells.right("reviews", 8)
          + TextCells.right("quiz", 6)),
    ]
    for row in report.learners {
      lines.append(
        TextCells.trimmed(
          TextCells.fit(row.learner, 14) + TextCells.right("\(row.cardsSeen)", 5) + "  "
            + TextCells.passes(row.retention, width: 17) + TextCells.right("\(row.due)", 5) + "  "
            + TextCells.fit(TextCells.date(row.lastActive, calendar: calendar), 12)
            + TextCells.right("\(row.reviews)", 8)
            + TextCells.right(row.quizScore.map { TextCells.percent($0) } ?? "–", 6)))
    }
    lines.append(
      style.dim("retention: true retention, all time · due: by the end of today · quiz: mean")
    )
    lines.append("")
    lines.append(
      style.bold("Mastery by topic")
        + style.dim(" (cards with recall probability ≥ 90%, all learners)"))
    for topic in report.topics {
      let bar = TextCells.bar(topic.share, width: 30)
      lines.append(
        "  " + TextCells.fit(topic.topic, 14) + style.green(bar.filled) + style.dim(bar.empty)
          + "  " + TextCells.right("\(topic.mastered)/\(topic.cards * topic.learners)", 9) + " "
          + TextCells.right(TextCells.percent(topic.share), 4))
    }
    lines.append("")
    lines.append(style.bold("Most missed cards") + style.dim(" (wrong answers, all learners)"))
    if report.mostMissed.isEmpty { lines.append("  none") }
    for card in report.mostMissed {
      lines.append(
        "  " + style.red(TextCells.right("\(card.misses)", 3)) + "/"
          + TextCells.fit("\(card.reviews)", 4)
          + TextCells.fit(
            "\(card.learners) learner"
              + (card.learners == 1 ? "" : "s"), 11) + TextCells.fit(card.prompt, 57))
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
                  " \(answer.learners) learner\(answer.learners == 1 ? "" : "s")")))
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
      lines.append(style.dim("    " + TextCells.fit(flag.card, 74)))
    }
    return lines.map(TextCells.trimmed).joined(separator: "\n") + "\n"
  }
}
