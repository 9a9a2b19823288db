import Foundation
import Study
import Utilities

/// The words of a session summary, shared by the end of a session and `:stats`.
enum SessionReport {
  /// "121 answers to 78 units, 100 correct (83%), 12m 13s." A unit answered three times (forgotten, then
  /// relearnt) is one unit and three answers.
  static func line(_ summary: SessionSummary, at time: Date) -> String {
    let seconds = Int(max(0, time.timeIntervalSince(summary.started)).rounded())
    let duration = String(format: "%dm %02ds", seconds / 60, seconds % 60)
    guard summary.reviewed > 0 else { return "no answers yet, \(duration)." }
    let percent = Int((summary.accuracy * 100).rounded())
    return
      "\(plural(summary.reviewed, "answer")) to \(plural(summary.answeredUnits.count, "unit")), "
      + "\(summary.correct) correct (\(percent)%), \(duration)."
  }

  /// One line per topic, most answered first: "treatment  3/4 (75%)".
  static func topicLines(_ summary: SessionSummary) -> [String] {
    let topics = summary.byTopic.sorted {
      ($0.value.total, $1.key) > ($1.value.total, $0.key)
    }
    let width = topics.map(\.key.count).max() ?? 0
    return topics.map { topic, tally in
      let percent =
        tally.total == 0 ? 0 : Int((Double(tally.correct) / Double(tally.total) * 100).rounded())
      let padded = topic.padding(toLength: width, withPad: " ", startingAt: 0)
      return "\(padded)  \(tally.correct)/\(tally.total) (\(percent)%)"
    }
  }

  /// What is left of the day, from the units waiting now to the next one falling due:
  /// "Left today: 8 learning units and 12 new units are waiting now." … "Later: the next unit falls due in
  /// 1m; 3 units fall due within a day of it." With nothing waiting, only "Next: the first unit is due in …".
  static func outlookLines(_ outlook: StudyOutlook, at time: Date) -> [String] {
    var lines: [String] = []
    let waiting = [
      (outlook.learning, "learning unit"), (outlook.reviews, "review"),
      (outlook.newUnits, "new unit"),
    ].filter { $0.0 > 0 }.map { plural($0.0, $0.1) }
    if !waiting.isEmpty {
      lines.append(
        "Left today: \(list(waiting)) \(outlook.waiting == 1 ? "is" : "are") waiting now.")
    }
    if outlook.overLimit > 0 {
      lines.append(
        "Over today's review limit: \(plural(outlook.overLimit, "due review")) (--reviews raises it)."
      )
    }
    if outlook.heldBack > 0 {
      lines.append(
        "Held back until tomorrow: \(plural(outlook.heldBack, "due unit")), as another unit of "
          + "the same fact was answered today.")
    }
    if outlook.setAside > 0 {
      lines.append(
        "Skipped or set aside: \(plural(outlook.setAside, "due unit")), back next session.")
    }
    if let next = outlook.next {
      let within =
        "\(plural(next.count, "unit")) \(next.count == 1 ? "is" : "are") due within a day of it."
      lines.append(
        lines.isEmpty
          ? "Next: the first unit is due in \(IntervalText.between(time, next.date)); \(within)"
          : "Later: the next unit falls due in \(IntervalText.between(time, next.date)); \(within)")
    }
    return lines
  }

  /// "a", "a and b", "a, b and c".
  static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
  }
}
