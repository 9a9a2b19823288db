import Foundation
import Utilities

/// The parts of `recall class`'s text that read the class against its roster: the learner table with who
/// needs help, the learner × topic grid, the deck versions and the fixed quizzes (``ClassText`` puts them
/// together with the class's misconceptions).
enum ClassOverviewText {
  /// The learner table, each learner who needs help marked `!` (and in red on a terminal).
  static func table(_ overview: ClassOverview, calendar: ReportCalendar, style: TextStyle)
    -> [String]
  {
    var lines = [
      style.bold(
        "  " + TextCells.fit("Learner", 15) + TextCells.right("known", 6)
          + TextCells.right("studied", 8) + "  " + TextCells.fit("retention", 15)
          + TextCells.right("due", 5) + "  " + TextCells.fit("last active", 12)
          + TextCells.right("reviews", 7) + TextCells.right("quiz", 6))
    ]
    for row in overview.rows {
      let marker = row.isBehind ? style.red("!") + " " : "  "
      let name = TextCells.fit(row.name, 15)
      guard let figures = row.figures, row.hasStarted else {
        lines.append(marker + style.red(name) + style.dim(TextCells.right("not started", 17)))
        continue
      }
      lines.append(
        TextCells.trimmed(
          marker + (row.isBehind ? style.red(name) : name)
            + TextCells.right("\(figures.unitsKnown)", 6)
            + TextCells.right("\(figures.unitsStudied)", 8) + "  "
            + TextCells.passes(figures.retention, width: 15)
            + TextCells.right("\(figures.due)", 5) + "  "
            + TextCells.fit(TextCells.date(figures.lastActive, calendar: calendar), 10)
            + TextCells.right("\(figures.reviews)", 9)
            + TextCells.right(figures.quizScore.map { TextCells.percent($0) } ?? "–", 6)))
    }
    let threshold = TextCells.percent(LearnerStatistics.knownThreshold)
    lines.append(
      style.dim(
        "! needs help (below) · known: in review, recall ≥ \(threshold) now · studied: introduced"))
    lines.append(
      style.dim("retention: true retention, all time · due: by the end of today · quiz: mean"))
    return lines
  }

  /// Who needs help and why; the class's median and targets; files left out.
  static func needsHelp(_ overview: ClassOverview, style: TextStyle) -> [String] {
    let behind = overview.rows.filter(\.isBehind)
    let measures = overview.helpMeasures
    var lines = [
      style.bold("Needs help: \(behind.count) of \(plural(overview.rows.count, "learner"))")
        + (measures.isEmpty ? "" : style.dim(" (\(measures.joined(separator: "; ")))"))
    ]
    if behind.isEmpty { lines.append("  nobody") }
    for row in behind {
      var reasons = ClassOverviewText.wrapped(
        ClassOverview.summary(row.reasons), indent: String(repeating: " ", count: 21))
      if let first = reasons.first {
        reasons[0] =
          "  " + style.red("!") + " " + TextCells.fit(row.name, 16) + " " + first.dropFirst(21)
      }
      lines += reasons
    }
    if !overview.notOnRoster.isEmpty {
      let file = overview.classFile == nil ? "" : " (add them to the roster to count them)"
      lines.append(
        style.yellow("Not on the roster, left out: ")
          + TextCells.fit(overview.notOnRoster.joined(separator: ", ") + file, 50))
    }
    if !overview.forked.isEmpty {
      lines.append(style.yellow("Forked histories to settle (the copy held is counted):"))
      lines += wrapped(overview.names(overview.forked), indent: "  ")
    }
    return lines
  }

  /// Mastery (units known of those studied) of each learner in each topic, as many topics a block as fit
  /// 80 columns; red under 50 %, yellow under 80 %.
  static func grid(_ overview: ClassOverview, style: TextStyle) -> [String] {
    let topics = overview.report.topics.map(\.topic)
    guard !topics.isEmpty else { return [] }
    var lines = [
      style.bold("Mastery by learner and topic")
        + style.dim(" (units known of those studied; – none studied)")
    ]
    let perBlock = 10
    for start in stride(from: 0, to: topics.count, by: perBlock) {
      let block = Array(topics[start..<min(start + perBlock, topics.count)])
      lines.append(
        "  " + TextCells.fit("", 16)
          + block.map { TextCells.right(String($0.prefix(5)), 6) }.joined())
      for row in overview.rows {
        let mastery = Dictionary(
          (row.details?.topics ?? []).map { ($0.topic, $0) }
        ) { first, _ in first }
        let cells = block.map { topic -> String in
          guard let share = mastery[topic]?.share else { return TextCells.right("–", 6) }
          let text = TextCells.right(TextCells.percent(share), 6)
          return share < 0.5 ? style.red(text) : share < 0.8 ? style.yellow(text) : text
        }
        lines.append(TextCells.trimmed("  " + TextCells.fit(row.name, 16) + cells.joined()))
      }
    }
    let cut = topics.filter { $0.count > 5 }
    if !cut.isEmpty { lines.append(style.dim("  topics: " + topics.joined(separator: ", "))) }
    return lines
  }

  /// Who last studied which version of the deck, and what changed since.
  static func versions(_ overview: ClassOverview, style: TextStyle) -> [String] {
    guard !overview.versions.isEmpty else { return [] }
    var lines = [style.bold("Deck versions") + style.dim(" (the one each learner last studied)")]
    for group in overview.versions {
      let label =
        group.version.map { $0.label + (group.isCurrent ? " (current)" : "") }
        ?? "not recorded"
      let names = group.isCurrent ? "" : ": " + overview.names(group.learners)
      lines.append(
        "  " + TextCells.fit(label, 22) + " "
          + TextCells.fit(plural(group.learners.count, "learner") + names, 54))
      guard group.version != nil, !group.isCurrent else { continue }
      guard let changes = group.changes else {
        lines.append(
          style.dim(
            "    changes to the current version: not known (that version was never at hand)"))
        continue
      }
      lines += wrapped("since then: " + describe(changes), indent: "    ").map(style.dim)
    }
    return lines
  }

  /// "2 units added (a, b), 1 removed (c); 5 cards added, 2 removed".
  static func describe(_ changes: DeckSnapshot.Changes) -> String {
    guard !changes.isEmpty else { return "the same units and cards (wording may differ)" }
    func list(_ ids: [String]) -> String {
      ids.isEmpty
        ? "" : " (" + ids.prefix(3).joined(separator: ", ") + (ids.count > 3 ? ", …" : "") + ")"
    }
    return
      "\(plural(changes.unitsAdded.count, "unit")) added\(list(changes.unitsAdded)), "
      + "\(changes.unitsRemoved.count) removed\(list(changes.unitsRemoved)); "
      + "\(plural(changes.cardsAdded, "card")) added, \(changes.cardsRemoved) removed"
  }
}

extension ClassOverview {
  /// What "behind" is measured against, in words: the class's median of units known, the target by today.
  var helpMeasures: [String] {
    var measures: [String] = []
    if let median = medianKnown {
      measures.append("class median of units known \(ClassOverview.format(median))")
    }
    if let expected = expectedToday {
      measures.append("target \(Int(expected.rounded(.down))) by today")
    }
    return measures
  }

  /// The names shown for `learners`, joined by commas; after `limit` of them, how many more.
  func names(_ learners: [String], limit: Int = 12) -> String {
    let shown = learners.prefix(limit).map { displayNames[$0] ?? $0 }
    let more = learners.count > limit ? ", and \(learners.count - limit) more" : ""
    return shown.joined(separator: ", ") + more
  }
}
