import Foundation
import Platform
import ProgressCore

/// `recall progress repair`: makes a damaged progress file readable again, keeping a backup first and
/// dropping only what cannot be read.
///
/// A cut-off last line (a crash mid-write) is dropped; an empty file gets its header. Unreadable lines in the
/// middle are dropped only when asked (`dropUnreadable`), because they might be fixable by hand; they stay in the
/// backup either way. The new file replaces the old one atomically (`AtomicFile`), so a crash during the repair
/// leaves either the old file or the new one, never half of each.
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
    let path = try ProgressDirectory(directory).file(learner: learner, deck: deck)
    let lock = try ProgressFile.lock(ProgressDirectory.lock(for: path), progressPath: path)
    defer { lock.close() }
    let descriptor = try ProgressFile.openForReading(path)
    let bytes: [UInt8]
    do {
      defer { descriptor.close() }
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
      let readable = ProgressEvent.read(line: line) != nil
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
    let backup = ProgressDirectory.repairBackup(for: path, at: now)
    try writeWhole(bytes, to: backup)
    var output: [UInt8] = []
    for line in kept { output += line + [10] }
    try writeWhole(output, to: path)
    return Result(
      backup: backup, droppedLines: dropped, wroteHeader: wroteHeader, events: kept.count - 1)
  }

  private static func writeWhole(_ bytes: [UInt8], to path: String) throws(ProgressError) {
    do throws(SystemError) {
      try AtomicFile.write(bytes, to: path, permissions: 0o644)
    } catch {
      throw .writeFailed(path: path, reason: error.description)
    }
  }
}
