import Foundation

/// How far the heavy tests go: seeded fuzzing and crash loops run a few hundred or thousand cases.
///
/// A plain `swift test` runs the quick counts, so that the whole suite stays within a few minutes on a
/// 2-core machine; `RECALL_TEST_SCALE=full` (set by `.ci/run`) runs the full ones. The cases are seeded, so
/// the quick run is the first part of the full run, never other cases.
public enum TestScale: String, Sendable {
  /// The default: enough cases to catch a regression in the common paths.
  case quick
  /// The counts CI runs.
  case full

  /// The scale `RECALL_TEST_SCALE` names, `quick` when it is unset or empty.
  public static func current() throws(TestScaleError) -> TestScale {
    let value = ProcessInfo.processInfo.environment["RECALL_TEST_SCALE"] ?? ""
    if value.isEmpty { return .quick }
    guard let scale = TestScale(rawValue: value) else { throw TestScaleError(value: value) }
    return scale
  }

  /// `quick` or `full`, whichever the current scale asks for.
  public static func count(quick: Int, full: Int) throws(TestScaleError) -> Int {
    switch try current() {
    case .quick: quick
    case .full: full
    }
  }
}

/// `RECALL_TEST_SCALE` holds a value that is no scale: a heavy test fails rather than guess, so that a
/// misspelt CI setting cannot quietly run the quick counts.
public struct TestScaleError: Error, CustomStringConvertible {
  /// The value found.
  public var value: String

  /// One line naming the variable, the value and the ones allowed.
  public var description: String {
    "RECALL_TEST_SCALE=\(value) is not a test scale (use quick or full)"
  }
}
