import Foundation

/// Parses the bytes of a progress file into its header and events, or says exactly which line is wrong.
///
/// Lines are read one at a time, so a file can be fed in chunks (`ProgressFile` reads it 1 MiB at a time and
/// never holds all of it). Each event line goes first to a fast scanner for the plain lines Recall writes,
/// and to the general JSON parser when the scanner declines it; both read a line to the same event.
public enum ProgressReader {
  /// What a file holds.
  public struct Contents: Sendable {
    /// The header line.
    public var header: ProgressHeader
    /// Every event, in file order.
    public var entries: [ProgressEntry]
    /// The line number of a cut-off last line, if the file does not end with a newline.
    public var tornLine: Int?
    /// The byte length of the intact part (everything up to the last newline).
    public var intactLength: Int

    /// Contents read or made elsewhere (a new file holds just its header).
    package init(
      header: ProgressHeader, entries: [ProgressEntry], tornLine: Int?, intactLength: Int
    ) {
      self.header = header
      self.entries = entries
      self.tornLine = tornLine
      self.intactLength = intactLength
    }
  }

  /// Reads `bytes` from the file at `path` (used only in messages).
  public static func read(_ bytes: [UInt8], path: String) throws(ProgressError) -> Contents {
    var builder = Builder(path: path, expectedLength: bytes.count)
    let consumed = try bytes.withUnsafeBufferPointer { buffer throws(ProgressError) in
      try forEachLine(in: buffer) { line throws(ProgressError) in try builder.add(line: line) }
    }
    return try builder.finish(length: bytes.count, unterminated: bytes.count - consumed)
  }

  /// Calls `body` with each line of `buffer` that ends with a newline (without the newline), in order, and
  /// returns how many bytes those lines took: the rest is the start of a line not yet complete. The caller
  /// may say that the first `searchingFrom` bytes hold no newline.
  package static func forEachLine(
    in buffer: UnsafeBufferPointer<UInt8>, searchingFrom: Int = 0,
    _ body: (UnsafeBufferPointer<UInt8>) throws(ProgressError) -> Void
  ) throws(ProgressError) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var start = 0
    var search = min(max(0, searchingFrom), buffer.count)
    while search < buffer.count {
      // memchr (the C library's, through Foundation) finds the newline many bytes at a time.
      guard let found = memchr(base + search, 10, buffer.count - search) else { break }
      let newline = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
      try body(UnsafeBufferPointer(rebasing: buffer[start..<newline]))
      start = newline + 1
      search = start
    }
    return start
  }

  /// The header on the first line of the file at `path`.
  package static func readHeader(
    _ slice: ArraySlice<UInt8>, path: String
  ) throws(ProgressError) -> ProgressHeader {
    let object: [String: JSONValue]
    do {
      object = try JSONLine.parseObject(slice)
    } catch {
      throw .badHeader(path: path, reason: "the first line is not JSON (\(error.message))")
    }
    guard object["format"]?.string == "recall-progress" else {
      throw .badHeader(path: path, reason: "the first line lacks \"format\":\"recall-progress\"")
    }
    guard let version = object["version"]?.integer else {
      throw .badHeader(path: path, reason: "the header has no version")
    }
    guard version == ProgressHeader.currentVersion else {
      throw .unsupportedVersion(path: path, version: version)
    }
    guard let learner = object["learner"]?.string, let deck = object["deck"]?.string,
      let created = object["created"]?.string.flatMap(Timestamp.parse)
    else {
      throw .badHeader(path: path, reason: "the header needs learner, deck and created")
    }
    return ProgressHeader(learner: learner, deck: deck, created: created)
  }
}
