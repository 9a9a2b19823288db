import Foundation
import ProgressCore

extension ProgressFile: ProgressLog {
  /// Writes and `fsync`s `event`.
  public func record(_ event: ProgressEvent, at time: Date) throws(ProgressError) {
    try append(event, at: time)
  }
}
