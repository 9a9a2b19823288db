import Foundation
import ProgressCore

/// A progress log held in memory, for tests of sessions and the REPL; it can be told to fail, like a full disk.
public final class MemoryLog: ProgressLog {
  /// Every event recorded, with the time it was recorded at, in order.
  public private(set) var records: [(time: Date, event: ProgressEvent)] = []
  /// When set, every `record` throws it and records nothing.
  public var failure: ProgressError?

  /// An empty log that records every event.
  public init() {}

  /// Appends `event`, or throws ``failure`` when it is set.
  public func record(_ event: ProgressEvent, at time: Date) throws(ProgressError) {
    if let failure { throw failure }
    records.append((time, event))
  }

  /// The events recorded, in order.
  public var events: [ProgressEvent] { records.map(\.event) }

  /// The events as a progress file would give them back to a replay (line 0: not read from a file).
  public var entries: [ProgressEntry] {
    records.map { ProgressEntry(time: $0.time, event: $0.event, line: 0) }
  }

  /// The reviews recorded, in order.
  public var reviews: [ReviewRecord] {
    records.compactMap { if case .review(let record) = $0.event { record } else { nil } }
  }
}
