import Foundation
import Platform
import ProgressCore
import Utilities

/// A learner's progress file for one deck, open for a session: locked against other sessions, read once,
/// appended to one event at a time, each event `fsync`ed before `append` returns.
///
/// The lock is a `flock` on a sidecar `<deck>.jsonl.lock` that also holds the owner's process id, so a refused
/// session can say who holds it. The kernel drops the lock when its process dies, so a killed session never
/// leaves a lock behind that blocks anyone.
public final class ProgressFile {
  /// The file's path.
  public let path: String
  /// What the file held when it was opened, plus everything appended since.
  ///
  /// Events appended are kept aside and joined in only when this is read: a session's replay shares the
  /// storage of the events read at opening, and appending to it in place would copy a million of them on the
  /// learner's first answer.
  public var contents: ProgressReader.Contents {
    if !appended.isEmpty {
      opened.entries.append(contentsOf: appended)
      appended.removeAll()
    }
    return opened
  }
  /// What opening did about a last line cut off by a crash, if there was one: the caller tells the learner.
  public let recovery: TornLineRecovery?
  private var opened: ProgressReader.Contents
  private var appended: [ProgressEntry] = []
  private var lastLine: Int
  private let descriptor: FileDescriptor
  private let lockDescriptor: FileDescriptor
  private var length: Int
  private var isClosed = false

  /// Opens (creating if needed) and locks the file of `learner` for `deck` in the progress folder
  /// `directory`, and reads it. A new file gets its header at once; a last line cut off by a crash is
  /// recovered (`recovery` says how), and any other damage stops with file:line.
  public init(directory: String, learner: String, deck: String, now: Date) throws(ProgressError) {
    let path = try ProgressDirectory(directory).file(learner: learner, deck: deck)
    self.path = path
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotOpen(path: folder, reason: Self.reason(error))
    }
    lockDescriptor = try Self.lock(ProgressDirectory.lock(for: path), progressPath: path)
    // An exclusive create tells a file this session creates (it gets a header) from one that exists but is
    // empty (a crash before the header was written): the latter is damage, reported, not silently re-headed.
    var created = true
    let descriptor: FileDescriptor
    do throws(SystemError) {
      do throws(SystemError) {
        descriptor = try FileDescriptor.open(
          path, .readWrite, options: [.create, .exclusive, .append], permissions: 0o644)
      } catch .fileExists {
        created = false
        descriptor = try FileDescriptor.open(path, .readWrite, options: .append)
      }
    } catch {
      lockDescriptor.close()
      throw .cannotOpen(path: path, reason: error.description)
    }
    self.descriptor = descriptor
    do throws(ProgressError) {
      if created {
        let header = ProgressHeader(learner: learner, deck: deck, created: now)
        let line = Array((header.line + "\n").utf8)
        try Self.write(line, to: descriptor, path: path, restoringLength: 0)
        FileDescriptor.synchronizeDirectory(folder)
        opened = ProgressReader.Contents(
          header: header, entries: [], tornLine: nil, intactLength: line.count)
        length = line.count
        recovery = nil
      } else {
        (opened, length) = try Self.readContents(descriptor, path: path)
        guard opened.header.learner == learner, opened.header.deck == deck else {
          throw ProgressError.badHeader(
            path: path,
            reason: "it belongs to learner \(opened.header.learner), deck \(opened.header.deck)")
        }
        recovery = try Self.recoverTornLine(
          descriptor, path: path, contents: &opened, length: &length, now: now)
      }
      lastLine = opened.entries.last?.line ?? 1
    } catch {
      descriptor.close()
      lockDescriptor.close()
      throw error
    }
  }

  deinit { close() }

  /// Writes one event and `fsync`s it; only then does the caller tell the learner it is saved. On failure
  /// nothing of the event stays in the file.
  @discardableResult
  public func append(_ event: ProgressEvent, at time: Date) throws(ProgressError) -> ProgressEntry {
    let line = Array((event.line(at: time) + "\n").utf8)
    try Self.write(line, to: descriptor, path: path, restoringLength: length)
    length += line.count
    lastLine += 1
    let entry = ProgressEntry(time: time, event: event, line: lastLine)
    appended.append(entry)
    return entry
  }

  /// Releases the lock and closes the file (also done on deinit).
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    descriptor.close()
    lockDescriptor.close()
  }

  /// Reads a progress file without locking or changing it (reports, checks).
  public static func read(path: String) throws(ProgressError) -> ProgressReader.Contents {
    try read(path: path, chunkSize: chunkSize)
  }

  /// Reads a progress file `chunkSize` bytes at a time, in `parts` read at once from `parallelThreshold`
  /// bytes on (tests use tiny values of both).
  static func read(
    path: String, chunkSize: Int, parallelThreshold: Int = parallelReadThreshold,
    parts: Int = concurrentWorkerCount
  ) throws(ProgressError) -> ProgressReader.Contents {
    let descriptor: FileDescriptor
    do throws(SystemError) {
      descriptor = try FileDescriptor.open(path, .readOnly)
    } catch {
      throw .cannotOpen(path: path, reason: error.description)
    }
    defer { descriptor.close() }
    return try readContents(
      descriptor, path: path, chunkSize: chunkSize, parallelThreshold: parallelThreshold,
      parts: parts
    ).contents
  }
}
