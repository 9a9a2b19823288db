import Glibc

/// Writes files whole or not at all, durably: every file Recall writes in one piece (reports, exports,
/// imported decks, a repaired progress file and its backups) goes through here.
///
/// The bytes go to a temporary file beside the target, which is `fsync`ed and renamed over the target; then
/// the folder is `fsync`ed, so that after a crash the path holds either the old file or the whole new one,
/// and once `write` returns, the new one for good. (A rename without the `fsync` before it may leave an
/// empty file after a power cut; without the one after it, the old file.)
public enum AtomicFile {
  /// Writes `bytes` to `path`, replacing any file there; on failure `path` is as it was and no temporary
  /// file is left behind. A new file gets `permissions` less the process's umask.
  public static func write(
    _ bytes: some Sequence<UInt8>, to path: String, permissions: UInt32 = 0o666
  ) throws(SystemError) {
    let result = bytes.withContiguousStorageIfAvailable { buffer in
      Result { () throws(SystemError) in
        try write(UnsafeRawBufferPointer(buffer), to: path, permissions: permissions)
      }
    }
    if let result { return try result.get() }
    let copy = Array(bytes)
    try copy.withUnsafeBytes { buffer in
      Result { () throws(SystemError) in try write(buffer, to: path, permissions: permissions) }
    }.get()
  }

  /// Writes `bytes` to `path` through a temporary file beside it.
  private static func write(
    _ bytes: UnsafeRawBufferPointer, to path: String, permissions: UInt32
  ) throws(SystemError) {
    let folder = directory(of: path)
    let temporary = temporaryPath(for: path)
    do {
      let file = try FileDescriptor.open(
        temporary, .writeOnly, options: [.create, .truncate], permissions: permissions)
      defer { file.close() }
      try file.writeAll(bytes)
      try file.synchronize()
    } catch {
      _ = unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let error = SystemError.current
      _ = unlink(temporary)
      throw error
    }
    FileDescriptor.synchronizeDirectory(folder)
  }

  /// `.<name>.<process id>.tmp` beside `path`: hidden, and never another running process's.
  static func temporaryPath(for path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return ".\(path).\(getpid()).tmp" }
    return "\(path[...slash]).\(path[path.index(after: slash)...]).\(getpid()).tmp"
  }

  /// The folder `path` is in: what comes before its last `/`, `.` when there is none.
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
