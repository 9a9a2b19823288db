import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes files whole or not at all: into a temporary file beside the target, then renamed over it.
enum AtomicFile {
  /// Writes `data` to `path`; on any failure nothing is left at `path` that was not there before.
  static func write(_ data: Data, to path: String) throws(InteropError) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try data.write(to: temporary)
      guard rename(temporary.path, url.path) == 0 else {
        throw InteropError.io(path: path, message: String(cString: strerror(errno)))
      }
    } catch let error as InteropError {
      try? FileManager.default.removeItem(at: temporary)
      throw .io(path: path, message: "cannot write: \(error.message)")
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .io(path: path, message: "cannot write: \(reason(error))")
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
