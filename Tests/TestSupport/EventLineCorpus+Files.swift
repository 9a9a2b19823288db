import Foundation
import ProgressCore

/// Whole progress files made of the corpus, for holding the readers of a whole file (in memory, in chunks,
/// in two halves) to each other and to the reference.
extension EventLineCorpus {
  /// The header line of the files.
  public static let header = ProgressHeader(
    learner: "alice", deck: "demo", created: Date(timeIntervalSince1970: 1_764_064_800)
  ).line

  /// A plain review line.
  public static let valid = Array(#"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3}"#.utf8)

  /// A file: the header, then `lines`, each ended by a newline, then `tail`.
  public static func file(_ lines: [[UInt8]], tail: [UInt8] = []) -> [UInt8] {
    var bytes = Array((header + "\n").utf8)
    for line in lines { bytes += line + [10] }
    return bytes + tail
  }

  /// The lines of the corpus that read as events, and blank ones between them.
  public static var readableLines: [[UInt8]] {
    var lines: [[UInt8]] = []
    for (index, line) in base.enumerated() {
      guard (try? ProgressReader.read(file([line]), path: "p")) != nil else { continue }
      lines.append(line)
      if index % 7 == 0 { lines.append(Array(" \r".utf8)) }
    }
    return lines
  }

  /// Files of the readable lines, whole, torn, with bad lines early, late and in both halves, and with a
  /// long line, each with its name.
  public static var files: [(name: String, bytes: [UInt8])] {
    let lines = readableLines
    return [
      ("whole", file(lines)),
      ("torn", file(lines, tail: Array(#"{"t":"2025-11-25T10:00:00Z","ca"#.utf8))),
      ("bad early", file([valid, Array("garbage".utf8)] + lines)),
      ("bad late", file(lines + [Array(#"{"t":"2025-11-25T10:00:00Z","card":"a"}"#.utf8)])),
      ("bad in both halves", file([Array("early".utf8)] + lines + [Array("late".utf8)])),
      ("long line", file([valid] + [Array(String(repeating: " ", count: 5000).utf8)] + lines)),
    ]
  }
}
