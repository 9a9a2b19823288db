import Dispatch
import Foundation
import Platform
import ProgressCore
import Synchronization

/// Reading a progress file: in chunks, and for a large file in two halves on two threads.
extension ProgressFile {
  /// The default read size: big enough that system calls cost nothing, small enough not to matter in memory.
  static let chunkSize = 1 << 20

  /// Files from this size on are read in two halves at once.
  static let parallelReadThreshold = 8 << 20

  /// Reads and parses the file open as `descriptor` `chunkSize` bytes at a time, never holding more of it
  /// than one chunk per thread (or one line, if a line is longer); returns its contents and its length.
  ///
  /// A large file is cut at the first newline after its middle, and the halves are parsed at once; the
  /// second half's line numbers (and any error in it) are shifted by the first half's line count, and an
  /// error in the first half is the one reported, as if the file had been read from the start.
  static func readContents(
    _ descriptor: FileDescriptor, path: String, chunkSize: Int = chunkSize,
    parallelThreshold: Int = parallelReadThreshold
  ) throws(ProgressError) -> (contents: ProgressReader.Contents, length: Int) {
    let size = try regularFileSize(descriptor, path: path)
    if size >= parallelThreshold,
      let split = try lineStart(after: size / 2, in: descriptor, path: path),
      let contents = try readHalves(
        descriptor, path: path, size: size, split: split, chunkSize: chunkSize)
    {
      return contents
    }
    var builder = ProgressReader.Builder(path: path, expectedLength: size)
    let (length, unterminated) = try readLines(
      descriptor, path: path, from: 0, to: nil, chunkSize: chunkSize, into: &builder)
    return (try builder.finish(length: length, unterminated: unterminated), length)
  }

  /// What one thread made of its half of a file.
  private struct Half: Sendable {
    var builder: ProgressReader.Builder
    var end = 0
    var unterminated = 0
    var error: ProgressError?
  }

  /// Parses `[0, split)` and `[split, end)` on two threads and joins them; nil if the file changed under
  /// the reader (the first half no longer ends with a newline), to be read again in one piece.
  private static func readHalves(
    _ descriptor: FileDescriptor, path: String, size: Int, split: Int, chunkSize: Int
  ) throws(ProgressError) -> (contents: ProgressReader.Contents, length: Int)? {
    let halves = Mutex<[Half?]>([nil, nil])
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      var half = Half(
        builder: ProgressReader.Builder(
          path: path, expectedLength: index == 0 ? size : size - split, continuation: index == 1))
      do throws(ProgressError) {
        (half.end, half.unterminated) = try readLines(
          descriptor, path: path, from: index == 0 ? 0 : split, to: index == 0 ? split : nil,
          chunkSize: chunkSize, into: &half.builder)
      } catch {
        half.error = error
      }
      halves.withLock { $0[index] = half }
    }
    // Taken out of the lock so that each half's entries have one owner, and move rather than copy.
    var parts = halves.withLock { parts in
      defer { parts = [] }
      return parts
    }
    guard var first = parts[0].take(), var second = parts[1].take() else { return nil }
    if let error = first.error { throw error }
    guard first.end == split, first.unterminated == 0 else { return nil }
    if let error = second.error { throw first.builder.shifted(error) }
    first.builder.append(moving: &second.builder)
    let contents = try first.builder.finish(length: second.end, unterminated: second.unterminated)
    return (contents, second.end)
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
