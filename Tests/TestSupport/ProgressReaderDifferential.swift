import Foundation
import ProgressCore

/// Holds the progress reader's fast paths to their references on any bytes: the reader (and so its line
/// scanner) to `ReferenceReader`, the scanner to the general parser line by line, and the eight-bytes-at-once
/// helpers under the scanner to plain loops. The fuzz target `progress-reader` runs it on every input it
/// makes; the tests run it on the committed corpus.
public enum ProgressReaderDifferential {
  /// What disagrees on `bytes`, in words; nil when every fast path gives what its reference gives.
  ///
  /// The bytes are read as a whole file, then as the event lines of a file with a valid header (so that
  /// inputs without one still reach the scanner), then line by line.
  public static func mismatch(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let file = Array(bytes)
    if let mismatch = readerMismatch(file, "as a file") { return mismatch }
    let headed = Array((EventLineCorpus.header + "\n").utf8) + file
    if let mismatch = readerMismatch(headed, "after a header") { return mismatch }
    if let mismatch = scannerMismatch(bytes) { return mismatch }
    return bytesMismatch(bytes)
  }

  /// `ProgressReader.read` against `ReferenceReader.read`: the same contents or the same error.
  static func readerMismatch(_ file: [UInt8], _ how: String) -> String? {
    let expected = ReadOutcome { () throws(ProgressError) in
      try ReferenceReader.read(file, path: "p")
    }
    let actual = ReadOutcome { () throws(ProgressError) in
      try ProgressReader.read(file, path: "p")
    }
    guard actual != expected else { return nil }
    return "the reader read \(how):\n  \(actual)\nthe reference:\n  \(expected)"
  }

  /// The scanner against the general parser on each line: every event the scanner reads must be the one
  /// the general parser reads (the scanner may decline any line). One scanner reads all the lines, as in a
  /// file, since it shares strings from line to line.
  static func scannerMismatch(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var scanner = EventLineScanner()
    for line in bytes.split(separator: 10, omittingEmptySubsequences: false) {
      // A buffer of exactly the line, so that the address sanitizer catches a read past its end.
      let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: line.count)
      defer { copy.deallocate() }
      _ = copy.initialize(from: line)
      guard let (time, event) = scanner.event(UnsafeBufferPointer(copy)) else { continue }
      let general: String
      do {
        switch ProgressEvent.from(try JSONLine.parseObject(ArraySlice(line))) {
        case .success(let (generalTime, generalEvent)):
          if generalTime == time, generalEvent == event { continue }
          general = "\(generalTime) \(generalEvent)"
        case .failure(let problem): general = problem.message
        }
      } catch {
        general = error.message
      }
      return """
        the scanner read \(String(reflecting: String(decoding: line, as: UTF8.self))) as
          \(time) \(event)
        the general parser:
          \(general)
        """
    }
    return nil
  }
}
