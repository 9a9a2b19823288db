import Foundation

/// Where a session writes its events. `ProgressStore.ProgressFile` is the real one (each event `fsync`ed
/// before `record` returns); tests may use an in-memory log.
public protocol ProgressLog: AnyObject {
  /// Writes `event`; when this returns the event is durable.
  func record(_ event: ProgressEvent, at time: Date) throws(ProgressError)
}
