import Foundation
import ProgressCore
import Utilities

/// Reviews, right answers and answering time over a span of time: the "today" line of `recall stats`, of
/// the end of a study session and of `:stats`, so that all three give the same numbers.
///
/// Every review that counts is included, cram and quiz answers as well as study ones (undone answers are
/// not). An answer is right when answer checking said `correct` or the learner said "I was right" (`override`);
/// a review logged without a verdict is right when rated above Again. Time is the sum of the answering times logged with each review.
public struct DayTally: Sendable, Equatable {
  /// Reviews made.
  public var reviews = 0
  /// Of those, answered right.
  public var correct = 0
  /// Time spent answering, in milliseconds.
  public var milliseconds = 0

  /// An empty tally.
  public init() {}

  /// Share right, 0...1, or nil when nothing was reviewed.
  public var accuracy: Double? { reviews == 0 ? nil : Double(correct) / Double(reviews) }

  /// Counts one review.
  public mutating func add(_ record: ReviewRecord) {
    reviews += 1
    if Self.isRight(record) { correct += 1 }
    milliseconds += record.milliseconds
  }

  /// Whether a logged answer counts as right (see the type's comment).
  public static func isRight(_ record: ReviewRecord) -> Bool {
    if record.override == ReviewRecord.overriddenRight { return true }
    if let verdict = record.verdict { return verdict == "correct" }
    return record.rating != .again
  }

  /// The reviews of the study day containing `now`, read from the end of `entries` (in file order): a
  /// session's `:stats` never walks a long history.
  public static func today(
    entries: [ProgressEntry], now: Date, calendar: ReportCalendar
  ) -> DayTally {
    let day = calendar.day(of: now)
    let start = calendar.start(ofDay: day)
    let end = calendar.start(ofDay: day + 1)
    var first = entries.endIndex
    while first > entries.startIndex, entries[first - 1].time >= start { first -= 1 }
    var counted: [ReviewRecord] = []
    for entry in entries[first...] where entry.time < end {
      switch entry.event {
      case .review(let record): counted.append(record)
      case .undo(let card):
        if counted.last?.card == card { counted.removeLast() }
      default: break
      }
    }
    var tally = DayTally()
    for record in counted { tally.add(record) }
    return tally
  }

  /// "12 reviews · 10 right (83%) · 4m 05s answering".
  public var summary: String {
    let seconds = (milliseconds + 500) / 1000
    let percent = accuracy.map { " (\(Int(($0 * 100).rounded()))%)" } ?? ""
    return "\(plural(reviews, "review")) · \(correct) right\(percent) · "
      + String(format: "%dm %02ds", seconds / 60, seconds % 60) + " answering"
  }
}
