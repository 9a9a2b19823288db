import Foundation
import ProgressCore

/// The progress reader as it was before the fast path and chunked reading: the whole file in memory, every
/// line through the general JSON parser. The tests and the fuzz target `progress-reader` hold the real reader
/// to it, line for line and error for error.
public enum ReferenceReader {
  /// Reads `bytes` from the file at `path` (used only in messages), as `ProgressReader.read` must.
  public static func read(_ bytes: [UInt8], path: String) throws(ProgressError)
    -> ProgressReader.Contents
  {
    guard !bytes.isEmpty else {
      throw .badHeader(
        path: path, reason: "the file is empty (no header); `recall progress repair` writes one")
    }
    var lineStart = 0
    var lineNumber = 0
    var header: ProgressHeader?
    var entries: [ProgressEntry] = []
    var tornLine: Int?
    while lineStart < bytes.count {
      lineNumber += 1
      let newline = bytes[lineStart...].firstIndex(of: 10)
      let end = newline ?? bytes.count
      let slice = bytes[lineStart..<end]
      defer { lineStart = end + 1 }
      if newline == nil {
        if header == nil { throw .badHeader(path: path, reason: "the header line is incomplete") }
        tornLine = lineNumber
        break
      }
      if header == nil {
        header = try ProgressReader.readHeader(slice, path: path)
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
    return ProgressReader.Contents(
      header: header, entries: entries, tornLine: tornLine, intactLength: intact)
  }

  /// What reading `bytes` gives, as a comparable value: the contents, or the error.
  public static func outcome(_ read: () throws(ProgressError) -> ProgressReader.Contents)
    -> ReadOutcome
  {
    ReadOutcome(read)
  }
}
