import Foundation
import Knowledge
import Utilities

extension ClassOverview {
  // How many days without study, how low a true retention and how small a share of the class's median
  // flag a learner are the class file's (`ClassFile.HelpRules`, with defaults); these two are not.
  /// Reviews counted for true retention before a low one says anything.
  public static let retentionMinimumReviews = 20
  /// Units known below a share of the class's median flag a learner once the median is at least this many
  /// units (at the very start a few units apart mean nothing).
  public static let medianMinimum = 10.0

  /// Why a learner needs help.
  public enum Reason: Sendable, Equatable {
    /// On the roster, with no answer yet.
    case notStarted
    /// Fewer units known than the class's targets expect by today.
    case belowTarget(known: Int, expected: Int)
    /// Far fewer units known than the class's median.
    case belowMedian(known: Int, median: Double)
    /// No study for `days` days.
    case inactive(days: Int)
    /// Low true retention: answers to units in review mostly forgotten.
    case lowRetention(rate: Double)

    /// The reason's key in JSON.
    public var key: String {
      switch self {
      case .notStarted: "not-started"
      case .belowTarget: "below-target"
      case .belowMedian: "below-median"
      case .inactive: "inactive"
      case .lowRetention: "low-retention"
      }
    }

    /// The reason in a few words.
    public var text: String {
      switch self {
      case .notStarted: "not started"
      case .belowTarget(let known, let expected):
        "\(plural(known, "unit")) known, \(expected) expected by today"
      case .belowMedian(let known, let median):
        "\(plural(known, "unit")) known, under half the class median of "
          + ClassOverview.format(median)
      case .inactive(let days): "no study for \(days) days"
      case .lowRetention(let rate): "retention \(TextCells.percent(rate))"
      }
    }
  }

  /// The orders of the class table.
  public enum SortKey: String, Sendable, CaseIterable {
    /// Who needs help first (most reasons first, then fewest units known), then by name.
    case behind
    /// By name.
    case name
    /// Fewest units known first.
    case known
    /// Fewest units studied first.
    case studied
    /// Lowest true retention first (none counted last).
    case retention
    /// Most units due first.
    case due
    /// Longest since the last study first (never first of all).
    case lastActive = "last-active"
    /// Fewest answers first.
    case reviews
    /// Lowest mean quiz score first (no quiz last).
    case quiz
  }

  /// The reasons in a few words, the units known said once: "19 units known (target 26 by today, class
  /// median 47) · no study for 9 days".
  static func summary(_ reasons: [Reason]) -> String {
    var parts: [String] = []
    var known: Int?
    var measures: [String] = []
    for reason in reasons {
      switch reason {
      case .belowTarget(let units, let expected):
        known = units
        measures.append("target \(expected) by today")
      case .belowMedian(let units, let median):
        known = units
        measures.append("class median \(format(median))")
      default:
        parts.append(reason.text)
      }
    }
    if let known {
      parts.insert(
        "\(plural(known, "unit")) known (\(measures.joined(separator: ", ")))", at: 0)
    }
    return parts.joined(separator: " · ")
  }

  /// Why `row`'s learner is behind (see docs/reports.md, "Who needs help").
  static func reasons(
    for row: Row, median: Double?, expected: Double?, today: Int, calendar: ReportCalendar,
    rules: ClassFile.HelpRules = ClassFile.HelpRules()
  ) -> [Reason] {
    guard row.hasStarted, let figures = row.figures else { return [.notStarted] }
    var reasons: [Reason] = []
    if let expected, Double(figures.unitsKnown) < expected.rounded(.down) {
      reasons.append(
        .belowTarget(known: figures.unitsKnown, expected: Int(expected.rounded(.down))))
    }
    if let median, median >= medianMinimum,
      Double(figures.unitsKnown) < median * rules.medianShare
    {
      reasons.append(.belowMedian(known: figures.unitsKnown, median: median))
    }
    if let last = figures.lastActive {
      let days = today - calendar.day(of: last)
      if days >= rules.inactiveDays { reasons.append(.inactive(days: days)) }
    }
    if figures.retention.reviewed >= retentionMinimumReviews, let rate = figures.retention.rate,
      rate < rules.retention
    {
      reasons.append(.lowRetention(rate: rate))
    }
    return reasons
  }

  /// `rows` in the order `key` asks for; ties by name, then learner id.
  static func sorted(_ rows: [Row], by key: SortKey) -> [Row] {
    func value(_ row: Row) -> Double {
      let figures = row.figures
      switch key {
      case .behind:
        return Double(-row.reasons.count) * 1e9 + Double(figures?.unitsKnown ?? -1)
      case .name: return 0
      case .known: return Double(figures?.unitsKnown ?? -1)
      case .studied: return Double(figures?.unitsStudied ?? -1)
      case .retention: return figures?.retention.rate ?? 2
      case .due: return -Double(figures?.due ?? 0)
      case .lastActive: return figures?.lastActive?.timeIntervalSince1970 ?? -Double.infinity
      case .reviews: return Double(figures?.reviews ?? 0)
      case .quiz: return figures?.quizScore ?? 2
      }
    }
    return rows.sorted {
      (value($0), $0.name.lowercased(), $0.learner) < (value($1), $1.name.lowercased(), $1.learner)
    }
  }

  /// A number with no fraction when it is whole ("41", "40.5").
  static func format(_ value: Double) -> String { tenths(value) }
}
