import Foundation

/// What a session did, for the summary at its end.
public struct SessionSummary: Sendable, Equatable {
  /// Cards answered (undone answers excluded).
  public var reviewed = 0
  /// Of those, answered correctly.
  public var correct = 0
  /// When the session started.
  public var started: Date

  /// Creates an empty summary.
  public init(started: Date) { self.started = started }

  /// Share correct, 0...1 (0 when nothing was answered).
  public var accuracy: Double { reviewed == 0 ? 0 : Double(correct) / Double(reviewed) }
}
