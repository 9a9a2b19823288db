import Foundation
import Study

/// The words of a session summary, shared by the end of a session and `:stats`.
enum SessionReport {
  /// "5 cards studied, 4 correct (80%), 2m 13s."
  static func line(_ summary: SessionSummary, at time: Date) -> String {
    let seconds = Int(max(0, time.timeIntervalSince(summary.started)).rounded())
    let percent = Int((summary.accuracy * 100).rounded())
    return "\(summary.reviewed) card\(summary.reviewed == 1 ? "" : "s") studied, "
      + "\(summary.correct) correct (\(percent)%), "
      + String(format: "%dm %02ds", seconds / 60, seconds % 60) + "."
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
}
