import Foundation
import Platform
import ProgressCore

/// Recovery of a torn last line when a session opens the file (see `TornLineRecovery`).
extension ProgressFile {
  /// Recovers the torn last line of the file open (and locked) as `descriptor`, whose `contents` were just read
  /// and which is `length` bytes long; updates both to the file as it is afterwards.
  ///
  /// The cut-off bytes are written to their backup durably before the file is cut back: a crash in between
  /// leaves the file as it was, to be recovered again, and never loses the bytes.
  static func recoverTornLine(
    _ descriptor: FileDescriptor, path: String, contents: inout ProgressReader.Contents,
    length: inout Int, now: Date
  ) throws(ProgressError) -> TornLineRecovery? {
    guard let line = contents.tornLine else { return nil }
    let start = contents.intactLength
    let tail = try readTail(descriptor, path: path, from: start, to: length, line: line)
    var recovery = TornLineRecovery(path: path, line: line, bytes: tail.count, backup: nil)
    if let (time, event) = ProgressEvent.read(line: tail[...]) {
      // A whole event that lost only its newline: the learner's answer is kept.
      try write([10], to: descriptor, path: path, restoringLength: length)
      contents.entries.append(ProgressEntry(time: time, event: event, line: line))
      length += 1
    } else {
      let backup = try saveAside(tail, of: path, line: line, at: now)
      do throws(SystemError) {
        try descriptor.truncate(toLength: start)
        try descriptor.synchronize()
      } catch {
        throw .tornLastLine(
          path: path, line: line,
          reason: "cannot cut it off (\(error)); its bytes are saved in \(backup)")
      }
      length = start
      recovery.backup = backup
    }
    contents.tornLine = nil
    contents.intactLength = length
    return recovery
  }

  /// The bytes of `[start, end)`.
  private static func readTail(
    _ descriptor: FileDescriptor, path: String, from start: Int, to end: Int, line: Int
  ) throws(ProgressError) -> [UInt8] {
    var tail = [UInt8](repeating: 0, count: end - start)
    var filled = 0
    while filled < tail.count {
      let count: Int
      do throws(SystemError) {
        count = try tail[filled...].withUnsafeMutableBytes { buffer in
          Result { () throws(SystemError) in
            try descriptor.read(into: buffer, atOffset: start + filled)
          }
        }.get()
      } catch {
        throw .tornLastLine(path: path, line: line, reason: "cannot read it (\(error))")
      }
      guard count > 0 else {
        throw .tornLastLine(path: path, line: line, reason: "cannot read it (the file shrank)")
      }
      filled += count
    }
    return tail
  }

  /// Writes `bytes` durably to a new backup file beside `path` and returns its path; a backup already there
  /// (an earlier recovery at the same clock time) is never replaced: the name gets `-2`, `-3`, ….
  ///
  /// Looking for a free name and then writing it is safe because the caller holds the file's session lock:
  /// no other Recall process recovers this file meanwhile.
  private static func saveAside(
    _ bytes: [UInt8], of path: String, line: Int, at time: Date
  ) throws(ProgressError) -> String {
    let base = ProgressDirectory.tornLineBackup(for: path, at: time)
    var backup = base
    var attempt = 1
    while FileManager.default.fileExists(atPath: backup) {
      guard attempt < 1000 else {
        throw .tornLastLine(
          path: path, line: line, reason: "cannot create \(backup) (\(SystemError.fileExists))")
      }
      attempt += 1
      backup = "\(base)-\(attempt)"
    }
    do throws(SystemError) {
      try AtomicFile.write(bytes, to: backup, permissions: 0o644)
    } catch {
      throw .tornLastLine(path: path, line: line, reason: "cannot write \(backup) (\(error))")
    }
    return backup
  }
}
