import Foundation

/// Parses the bytes of a progress file into its header and events, or says exactly which line is wrong.
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
  }

  /// Reads `bytes` from the file at `path` (used only in messages).
  public static func read(_ bytes: [UInt8], path: String) throws(ProgressError) -> Contents {
    guard !bytes.isEmpty else {
      throw .badHeader(
        path: path, reason: "the file is empty (no header); `recall progress repair` writes one")
    }
    var lineStart = 0
    var lineNumber = 0
    var header: ProgressHeader?
    var entries: [ProgressEntry] = []
    entries.reserveCapacity(bytes.count / 90)
    var tornLine: Int?
    while lineStart < bytes.count {
      lineNumber += 1
      let newline = bytes[lineStart...].firstIndex(of: 10)
      let end = newline ?? bytes.count
      let slice = bytes[lineStart..<end]
      defer { lineStart = end + 1 }
      if newline == nil {
        // No newline at the end: a write was cut off. Reported, never guessed at.
        if header == nil { throw .badHeader(path: path, reason: "the header line is incomplete") }
        tornLine = lineNumber
        break
      }
      if header == nil {
        header = try readHeader(slice, path: path)
        continue
      }
      if slice.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
      let object: [String: JSONValue]
      do {
        object = try JSONLine.parseObject(slice)
      } catch {
        throw .corruptLine(path: path, line: lineNumber, reason: error.message)
      }
      switch ProgressEvent.from(object) {
      case .success(let (time, event)):
        entries.append(ProgressEntry(time: time, event: event, line: lineNumber))
      case .failure(let problem):
        throw .corruptLine(path: path, line: lineNumber, reason: problem.message)
      }
    }
    guard let header else { throw .badHeader(path: path, reason: "there is no header line") }
    let intact = tornLine == nil ? bytes.count : (bytes.lastIndex(of: 10).map { $0 + 1 } ?? 0)
    return Contents(header: header, entries: entries, tornLine: tornLine, intactLength: intact)
  }

  private static func readHeader(
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
