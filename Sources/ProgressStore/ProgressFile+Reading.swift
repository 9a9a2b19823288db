import Foundation
import Platform
import ProgressCore
import Utilities

/// Reading a progress file: in chunks, and for a large file in parts read at once, one per core.
extension ProgressFile {
  /// The default read size: big enough that system calls cost nothing, small enough not to matter in memory.
  static let chunkSize = 1 << 20

  /// Files from this size on are read in parts at once.
  static let parallelReadThreshold = 8 << 20

  /// Reads and parses the file open as `descriptor` `chunkSize` bytes at a time, never holding more of it
  /// than one chunk per thread (or one line, if a line is longer); returns its contents and its length.
  ///
  /// A large file is cut into `parts` (by default one per core) at the first newline after each
  /// cut, and the parts are parsed at once; each part's line numbers (and any error in it) are shifted by
  /// the line count of the parts before it, and an error in an earlier part is the one reported, as if the
  /// file had been read from the start.
  static func readContents(
    _ descriptor: FileDescriptor, path: String, chunkSize: Int = chunkSize,
    parallelThreshold: Int = parallelReadThreshold, parts: Int = concurrentWorkerCount
  ) throws(ProgressError) -> (contents: ProgressReader.Contents, length: Int) {
    let size = try regularFileSize(descriptor, path: path)
    if size >= parallelThreshold, parts > 1 {
      var starts = [0]
      for part in 1..<parts {
        if let start = try lineStart(after: size * part / parts, in: descriptor, path: path),
          start > starts[starts.count - 1]
        {
          starts.append(start)
        }
      }
      if starts.count > 1,
        let contents = try readParts(
          descriptor, path: path, size: size, starts: starts, chunkSize: chunkSize)
      {
        return contents
      }
    }
    var builder = ProgressReader.Builder(path: path, expectedLength: size)
    let (length, unterminated) = try readLines(
      descriptor, path: path, from: 0, to: nil, chunkSize: chunkSize, into: &builder)
    return (try builder.finish(length: length, unterminated: unterminated), length)
  }

  /// What one thread made of its part of a file.
  private struct Part: Sendable {
    var builder: ProgressReader.Builder
    var end = 0
    var unterminated = 0
    var error: ProgressError?
  }

  /// Parses the parts of the file that start at `starts` (the first at 0, the last to the end of the file)
  /// at once and joins them; nil if the file changed under the reader (a part other than the last no longer
  /// ends with a newline where the next starts), to be read again in one piece.
  private static func readParts(
    _ descriptor: FileDescriptor, path: String, size: Int, starts: [Int], chunkSize: Int
  ) throws(ProgressError) -> (contents: ProgressReader.Contents, length: Int)? {
    var parts = concurrentMap(count: starts.count) { index in
      let end = index + 1 < starts.count ? starts[index + 1] : nil
      // The first part's builder collects every entry in the end: it is sized for the whole file.
      var part = Part(
        builder: ProgressReader.Builder(
          path: path, expectedLength: index == 0 ? size : (end ?? size) - starts[index],
          continuation: index > 0))
      do throws(ProgressError) {
        (part.end, part.unterminated) = try readLines(
          descriptor, path: path, from: starts[index], to: end, chunkSize: chunkSize,
          into: &part.builder)
      } catch {
        part.error = error
      }
      return part
    }
    // Taken out of the array, so that each part's entries have one owner and move rather than copy.
    var first = parts.removeFirst()
    if let error = first.error { throw error }
    for index in 1..<starts.count {
      guard first.end == starts[index], first.unterminated == 0 else { return nil }
      var next = parts.removeFirst()
      if let error = next.error { throw first.builder.shifted(error) }
      first.builder.append(moving: &next.builder)
      (first.end, first.unterminated) = (next.end, next.unterminated)
    }
    let contents = try first.builder.finish(length: first.end, unterminated: first.unterminated)
    return (contents, first.end)
  }

  /// The offset just after the first newline at or after `offset`, or nil if none comes soon.
  private static func lineStart(
    after offset: Int, in descriptor: FileDescriptor, path: String
  ) throws(ProgressError) -> Int? {
    let window = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
    defer { window.deallocate() }
    let count = try readSome(descriptor, into: window, at: offset, path: path)
    guard let newline = window.prefix(count).firstIndex(of: 10) else { return nil }
    return offset + newline + 1
  }

  /// Feeds the lines of `[start, end)` (or to the end of the file) to `builder`, `chunkSize` bytes at a
  /// time; returns where reading stopped and how many bytes at the end were after the last newline.
  static func readLines(
    _ descriptor: FileDescriptor, path: String, from start: Int, to end: Int?, chunkSize: Int,
    into builder: inout ProgressReader.Builder
  ) throws(ProgressError) -> (end: Int, unterminated: Int) {
    var capacity = max(1, chunkSize)
    var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
    defer { buffer.deallocate() }
    // `buffer[0..<filled]` holds bytes read but not yet parsed: the start of a line not yet complete.
    var filled = 0
    var offset = start
    while end.map({ offset < $0 }) ?? true {
      if filled == capacity {
        // One line longer than the buffer: grow it to hold the whole line.
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity * 2, alignment: 8)
        larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
        buffer.deallocate()
        buffer = larger
        capacity *= 2
      }
      let wanted = min(capacity - filled, end.map { $0 - offset } ?? Int.max)
      let count = try readSome(
        descriptor, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<filled + wanted]),
        at: offset, path: path)
      if count == 0 { break }
      offset += count
      let bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<filled + count])
        .assumingMemoryBound(to: UInt8.self)
      // The carried-over bytes hold no newline: the search starts at the new ones.
      let complete = try ProgressReader.forEachLine(in: bytes, searchingFrom: filled) {
        line throws(ProgressError) in try builder.add(line: line)
      }
      filled += count - complete
      if complete > 0, let base = buffer.baseAddress {
        base.copyMemory(from: base + complete, byteCount: filled)
      }
    }
    return (offset, filled)
  }

  /// One read into `bytes` at `offset`; 0 at the end of the file.
  private static func readSome(
    _ descriptor: FileDescriptor, into bytes: UnsafeMutableRawBufferPointer, at offset: Int,
    path: String
  ) throws(ProgressError) -> Int {
    do throws(SystemError) {
      return try descriptor.read(into: bytes, atOffset: offset)
    } catch {
      throw .cannotOpen(path: path, reason: error.description)
    }
  }
}
