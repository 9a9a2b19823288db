import Foundation
import Platform

/// Interop's whole-file writes (Anki packages, imported decks): `Platform.AtomicFile`'s durable all-or-nothing
/// write, failing with an `InteropError` that names the file.
enum AtomicFile {
  /// Writes `data` to `path`; on any failure nothing is left at `path` that was not there before.
  static func write(_ data: Data, to path: String) throws(InteropError) {
    do throws(SystemError) {
      try Platform.AtomicFile.write(data, to: path)
    } catch {
      throw .io(path: path, message: "cannot write: \(error)")
    }
  }

  /// A short reason for a Foundation error.
  static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
      return underlying.localizedDescription
    }
    return nsError.localizedDescription
  }
}
