import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Recovery of a torn last line when a session opens the file (see `TornLineRecovery`).
extension ProgressFile {
  /// The name of the backup of a torn line: `<deck>.jsonl.torn-<time>`, beside the progress file.
  static func tornLineBackup(for path: String, at time: Date) -> String {
    path + ".torn-" + Timestamp.format(time).replacingOccurrences(of: ":", with: "")
  }

  /// Recovers the torn last line of the file open (and locked) as `descriptor`, whose `contents` were just read
  /// and which is `length` bytes long; updates both to the file as it is afterwards.
  ///
  /// The cut-off bytes are written to their backup and synced, with the folder, before the file is cut back:
  /// a crash in between leaves the file as it was, to be recovered again, and never loses the bytes.
  static func recoverTornLine(
    _ descriptor: Int32, path: String, contents: inout ProgressReader.Contents, length: inout Int,
    now: Date
  ) throws(ProgressError) -> TornLineRecovery? {
    guard let line = contents.tornLine else { return nil }
    let start = contents.intactLength
    let tail = try readTail(descriptor, path: path, from: start, to: length, line: line)
    var recovery = TornLineRecovery(path: path, line: line, bytes: tail.count, backup: nil)
    if case .success(let (time, event)) = (try? JSONLine.parseObject(tail[...])).map({
      ProgressEvent.from($0)
    }) {
      // A whole event that lost only its newline: the learner's answer is kept.
      try write([10], to: descriptor, path: path, restoringLength: length)
      contents.entries.append(ProgressEntry(time: time, event: event, line: line))
      length += 1
    } else {
      let folder = (path as NSString).deletingLastPathComponent
      let backup = try saveAside(tail, of: path, line: line, at: now)
      syncFolder(folder)
      guard ftruncate(descriptor, off_t(start)) == 0, fsync(descriptor) == 0 else {
        throw .tornLastLine(
          path: path, line: line,
          reason: "cannot cut it off (\(errnoText())); its bytes are saved in \(backup)")
      }
      syncFolder(folder)
      length = start
      recovery.backup = backup
    }
    contents.tornLine = nil
    contents.intactLength = length
    return recovery
  }

  /// The bytes of `[start, end)`.
  private static func readTail(
    _ descriptor: Int32, path: String, from start: Int, to end: Int, line: Int
  ) throws(ProgressError) -> [UInt8] {
    var tail = [UInt8](repeating: 0, count: end - start)
    var filled = 0
    while filled < tail.count {
      let count = tail[filled...].withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, off_t(start + filled))
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else {
        throw .tornLastLine(
          path: path, line: line,
          reason: "cannot read it (\(count < 0 ? errnoText() : "the file shrank"))")
      }
      filled += count
    }
    return tail
  }

  /// Writes `bytes` durably to a new backup file beside `path` and returns its path; a backup already there
  /// (an earlier recovery at the same clock time) is never overwritten: the name gets `-2`, `-3`, ….
  private static func saveAside(
    _ bytes: [UInt8], of path: String, line: Int, at time: Date
  ) throws(ProgressError) -> String {
    let base = tornLineBackup(for: path, at: time)
    var attempt = 1
    while true {
      let backup = attempt == 1 ? base : "\(base)-\(attempt)"
      let descriptor = Glibc.open(backup, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if descriptor < 0, errno == EEXIST, attempt < 1000 {
        attempt += 1
        continue
      }
      guard descriptor >= 0 else {
        throw .tornLastLine(
          path: path, line: line, reason: "cannot create \(backup) (\(errnoText()))")
      }
      defer { Glibc.close(descriptor) }
      do {
        try write(bytes, to: descriptor, path: backup, restoringLength: 0)
      } catch {
        _ = unlink(backup)
        let reason = if case .writeFailed(_, let reason) = error { reason } else { "\(error)" }
        throw .tornLastLine(path: path, line: line, reason: "cannot write \(backup) (\(reason))")
      }
      return backup
    }
  }
}
