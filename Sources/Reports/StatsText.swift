import Cards
import Foundation
import Utilities

/// `recall stats` as terminal text: at most 80 columns, colour only when the style says so.
public enum StatsText {
  /// The whole report.
  public static func render(_ stats: LearnerStatistics, style: TextStyle) -> String {
    var lines: [String] = []
    let calendar = stats.calendar
    lines.append(
      style.bold("Recall stats · \(TextCells.inert(stats.deckTitle))")
        + style.dim(
          " · learner \(TextCells.inert(stats.learner)) · \(calendar.label(ofDay: stats.today))"))
    lines.append("")
    lines.append(style.bold("Today    ") + stats.todayTally.summary)
    let streak = stats.currentStreak
    lines.append(
      style.bold("Streak   ")
        + "\(plural(streak, "day")) (longest \(stats.longestStreak))")
    lines += units(stats.counts, style: style)
    if let last = stats.quizzes.last {
      let score = last.questions == 0 ? nil : last.correct / Double(last.questions)
      lines.append(
        style.bold("Quizzes  ")
          + "\(stats.quizzes.count) taken · last \(TextCells.date(last.time, calendar: calendar)): "
          + "\(Card.format(last.correct))/\(last.questions) (\(TextCells.percent(score)))")
    }
    lines.append("")
    lines += retention(stats, style: style)
    lines.append("")
    lines += forecast(stats.forecast, style: style)
    lines.append("")
    lines += heatmap(stats, style: style)
    lines.append("")
    lines += topics(stats.topics, style: style)
    if !stats.hardest.isEmpty {
      lines.append("")
      lines += hardest(stats.hardest, style: style)
    }
    return lines.map(TextCells.trimmed).joined(separator: "\n") + "\n"
  }

  /// The units by state (a partition of the deck's units), by kind, and the review phase in detail.
  static func units(_ counts: LearnerStatistics.UnitCounts, style: TextStyle) -> [String] {
    let inReview = counts.young + counts.mature
    let fading = inReview - counts.known
    let first =
      "known \(counts.known) · fading \(fading) · learning \(counts.learning) · new \(counts.new)"
      + " · suspended \(counts.suspended)"
    let threshold = TextCells.percent(LearnerStatistics.knownThreshold)
    let kinds = counts.kinds.map { kindLabel($0.kind, count: $0.units) }
    let total = "         of \(plural(counts.total, "unit"))"
    let byKind = kinds.joined(separator: ", ")
    // The kinds go on a line of their own when they would not fit beside the total.
    let of =
      kinds.isEmpty
      ? [total]
      : total.count + byKind.count + 2 <= 80
        ? [total + ": " + byKind] : [total + ":", "           " + byKind]
    return [style.bold("Units    ") + first] + of + [
      "         in review \(inReview): young \(counts.young) · mature \(counts.mature); leeches "
        + "\(counts.leeches)",
      style.dim(
        "         known: recall ≥ \(threshold) now; fading: below \(threshold); "
          + "young: interval < 21 days"),
    ]
  }

  /// "61 facts", "1 term", "24 asked back".
  static func kindLabel(_ kind: String, count: Int) -> String {
    let (one, many) = kindNames[kind] ?? (kind, kind)
    return plural(count, one, many)
  }

  /// "Facts", "Asked back": a kind as a heading.
  static func kindName(_ kind: String) -> String {
    let name = kindNames[kind]?.many ?? kind
    return name.prefix(1).uppercased() + name.dropFirst()
  }

  /// What each kind of unit is called, one and many.
  private static let kindNames: [String: (one: String, many: String)] = [
    "forward": ("fact", "facts"), "reverse": ("asked back", "asked back"),
    "definition": ("term", "terms"), "quantity": ("quantity", "quantities"),
    "handwritten": ("card", "cards"),
  ]

  static func retention(_ stats: LearnerStatistics, style: TextStyle) -> [String] {
    var lines = [
      style.bold("True retention")
        + style.dim(" (units in review, first answer of the day; pass: not Again)"),
      style.dim(
        "  " + TextCells.fit("", 14) + TextCells.fit("young", 20) + TextCells.fit("mature", 20)
          + "all"),
    ]
    let names = [
      "today": "today", "yesterday": "yesterday", "last-7-days": "last 7 days",
      "last-30-days": "last 30 days", "all-time": "all time",
    ]
    for row in stats.retention {
      lines.append(
        "  " + TextCells.fit(names[row.period] ?? row.period, 14)
          + TextCells.passes(row.young, width: 20) + TextCells.passes(row.mature, width: 20)
          + TextCells.passes(row.all, width: 20))
    }
    return lines
  }

  /// A column chart of the next 30 days, two columns a day, six rows high.
  static func forecast(_ days: [Int], style: TextStyle) -> [String] {
    let total = days.reduce(0, +)
    var lines = [
      style.bold("Forecast") + style.dim(" (units due per day, next 30 days: \(total) in all)")
    ]
    let peak = max(days.max() ?? 0, 1)
    let height = 6
    let blocks = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    for row in (0..<height).reversed() {
      let label = row == height - 1 ? "\(peak)" : row == 0 ? "0" : ""
      var line = ""
      for count in days {
        let eighths = Int((Double(count) / Double(peak) * Double(height * 8)).rounded())
        let level = min(max(eighths - row * 8, 0), 8)
        let cell = count > 0 && row == 0 && level == 0 ? "▁" : blocks[level]
        line += cell + cell
      }
      lines.append(TextCells.right(label, 5) + " │" + style.cyan(line))
    }
    var axis = [Character](repeating: " ", count: 60)
    for (offset, label) in [(0, "today"), (14, "+7"), (28, "+14"), (42, "+21"), (56, "+28")] {
      for (index, character) in label.enumerated() where offset + index < axis.count {
        axis[offset + index] = character
      }
    }
    lines.append(TextCells.trimmed("       " + String(axis)))
    return lines
  }

  /// Twelve weeks, Monday to Sunday down, oldest week on the left.
  static func heatmap(_ stats: LearnerStatistics, style: TextStyle) -> [String] {
    let calendar = stats.calendar
    let reviews = Dictionary(uniqueKeysWithValues: stats.activity.map { ($0.day, $0.reviews) })
    let studied = stats.activity.filter { $0.reviews > 0 }.count
    var lines = [
      style.bold("Activity")
        + style.dim(" (reviews per day, last 12 weeks: \(studied) days studied)")
    ]
    let peak = max(reviews.values.max() ?? 0, 1)
    let monday = stats.today - calendar.weekday(ofDay: stats.today) - 7 * 11
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let shades = ["░░", "▒▒", "▓▓", "██"]
    for weekday in 0..<7 {
      var line = "  " + names[weekday] + " "
      for week in 0..<12 {
        let day = monday + week * 7 + weekday
        guard day <= stats.today, let count = reviews[day] else {
          line += "   "
          continue
        }
        if count == 0 {
          line += style.dim("··") + " "
        } else {
          let level = min(3, (count * 4 - 1) / peak)
          line += style.green(shades[level]) + " "
        }
      }
      lines.append(line)
    }
    lines.append(
      "      " + style.dim("·· none  ") + "░░ ▒▒ ▓▓ ██" + style.dim(" up to \(peak) a day"))
    return lines
  }

  static func topics(_ topics: [LearnerStatistics.TopicMastery], style: TextStyle) -> [String] {
    var lines = [
      style.bold("Mastery by topic")
        + style.dim(" (known units of those studied; studied of the topic's units)")
    ]
    for topic in topics {
      let bar = TextCells.bar(topic.share ?? 0, width: 30)
      lines.append(
        "  " + TextCells.fit(topic.topic, 14) + style.green(bar.filled) + style.dim(bar.empty)
          + "  " + TextCells.right("\(topic.known)/\(topic.studied)", 7) + " "
          + TextCells.right(TextCells.percent(topic.share), 4) + "  "
          + style.dim("\(topic.studied) of \(topic.units) studied"))
    }
    return lines
  }

  static func hardest(_ units: [LearnerStatistics.UnitFigures], style: TextStyle) -> [String] {
    var lines = [
      style.bold("Hardest units") + style.dim(" (most lapses, then highest difficulty)"),
      style.dim("  lapses  diff.  reviews  unit"),
    ]
    for unit in units {
      let difficulty = unit.difficulty.map { String(format: "%.1f", $0) } ?? "–"
      let lapses = TextCells.right("\(unit.lapses)", 6)
      lines.append(
        "  " + (unit.lapses > 0 ? style.red(lapses) : lapses) + "  "
          + TextCells.right(difficulty, 5) + "  " + TextCells.right("\(unit.reviews)", 7) + "  "
          + TextCells.fit(unit.prompt.isEmpty ? unit.id : unit.prompt, 51))
    }
    return lines
  }
}
