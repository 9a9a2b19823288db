import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `recall progress repair`: makes a damaged progress file readable again, keeping a backup first and
/// dropping only what cannot be read.
///
/// A cut-off last line (a crash mid-write) is dropped; an empty file gets its header. Unreadable lines in the
/// middle are dropped only when asked (`dropUnreadable`), because they might be fixable by hand; they stay in the
/// backup either way. The new file is written beside the old one, synced, and renamed over it, so a crash during
/// the repair leaves either the old file or the new one, never half of each.
public enum ProgressRepair {
  /// What a repair did.
  public struct Result: Sendable, Equatable {
    /// The backup of the file as it was, if anything changed.
    public var backup: String?
    /// Line numbers dropped (the torn last line, unreadable lines).
    public var droppedLines: [Int]
    /// Whether a header was written into an empty file.
    public var wroteHeader: Bool
    /// Events kept.
    public var events: Int
  }

  /// Repairs `directory/learner/deck.jsonl`, holding the session lock while it does.
  public static func repair(
    directory: String, learner: String, deck: String, now: Date, dropUnreadable: Bool
  ) throws(ProgressError) -> Result {
    let path = try ProgressFile.path(directory: directory, learner: learner, deck: deck)
    let lock = try ProgressFile.lock(path + ".lock", progressPath: path)
    defer { Glibc.close(lock) }
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: ProgressFile.errnoText()) }
    let bytes: [UInt8]
    do {
      defer { Glibc.close(descriptor) }
      bytes = try ProgressFile.readAll(descriptor, path: path)
    }
    var kept: [ArraySlice<UInt8>] = []
    var dropped: [Int] = []
    var wroteHeader = false
    var lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
    if bytes.last == 10 || bytes.isEmpty { lines.removeLast() }
    for (offset, line) in lines.enumerated() {
      let number = offset + 1
      let isLast = offset == lines.count - 1
      if number == 1 {
        if (try? ProgressReader.read(Array(line) + [10], path: path)) != nil {
          kept.append(line)
        } else {
          throw .badHeader(
            path: path,
            reason: "the first line is not a Recall header; it cannot be repaired on a guess")
        }
        continue
      }
      let readable =
        (try? JSONLine.parseObject(line)).map { ProgressEvent.from($0) }.map {
          if case .success = $0 { true } else { false }
        } ?? false
      if readable && !(isLast && bytes.last != 10) {
        kept.append(line)
      } else if isLast && bytes.last != 10 {
        dropped.append(number)  // the torn last line
      } else if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) {
        kept.append(line)
      } else if dropUnreadable {
        dropped.append(number)
      } else {
        throw .corruptLine(
          path: path, line: number,
          reason:
            "unreadable; fix it by hand, or run repair with --drop-unreadable (a backup is kept)")
      }
    }
    if bytes.isEmpty {
      kept = [
        ArraySlice(Array(ProgressHeader(learner: learner, deck: deck, created: now).line.utf8))
      ]
      wroteHeader = true
    }
    guard !dropped.isEmpty || wroteHeader else {
      return Result(
        backup: nil, droppedLines: [], wroteHeader: false, events: max(0, kept.count - 1))
    }
    let backup = path + ".backup-" + Timestamp.format(now).replacingOccurrences(of: ":", with: "")
    try writeDurably(bytes, to: backup)
    var output: [UInt8] = []
    for line in kept { output += line + [10] }
    try writeDurably(output, to: path + ".repair")
    guard rename(path + ".repair", path) == 0 else {
      throw .writeFailed(path: path, reason: ProgressFile.errnoText())
    }
    ProgressFile.syncFolder((path as NSString).deletingLastPathComponent)
    return Result(
      backup: backup, droppedLines: dropped, wroteHeader: wroteHeader, events: kept.count - 1)
  }

  private static func writeDurably(_ bytes: [UInt8], to path: String) throws(ProgressError) {
    let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: ProgressFile.errnoText()) }
    defer { Glibc.close(descriptor) }
    try ProgressFile.write(bytes, to: descriptor, path: path, restoringLength: 0)
  }
}
