import Foundation

/// An event with its time and the line it came from.
public struct ProgressEntry: Sendable, Equatable {
  /// When it happened.
  public var time: Date
  /// What happened.
  public var event: ProgressEvent
  /// Its 1-based line in the file (0 for events not yet written).
  public var line: Int

  /// Creates an entry.
  public init(time: Date, event: ProgressEvent, line: Int) {
    self.time = time
    self.event = event
    self.line = line
  }
}
