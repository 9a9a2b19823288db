import Utilities

/// What opening a progress file did about a last line cut off by a crash, to be told to the learner in one line.
///
/// A final line without its newline is the one kind of damage a crash mid-write leaves, so a session recovers
/// it by itself (as a journaling store does on open): a line that does not read as an event is moved to a
/// backup file beside the progress file and cut off; a whole event that lost only its newline gets it back.
/// Anything else unreadable still stops with file:line.
public struct TornLineRecovery: Sendable, Equatable, CustomStringConvertible {
  /// The progress file.
  public var path: String
  /// The line that was cut off.
  public var line: Int
  /// How many bytes that line held.
  public var bytes: Int
  /// Where the cut-off bytes were moved; nil when the line was a whole event, kept with a newline added.
  public var backup: String?

  /// One line for the learner, naming the file, the line and the backup.
  public var description: String {
    guard let backup else {
      return "\(path):\(line): the last line had lost its newline (a crash while writing?); "
        + "the event is kept and the newline added"
    }
    return "\(path):\(line): the last line was cut off (a crash while writing?); "
      + "its \(plural(bytes, "byte")) were moved to \(backup)"
  }
}
