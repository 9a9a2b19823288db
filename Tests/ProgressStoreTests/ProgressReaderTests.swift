import Foundation
import Testing

@testable import ProgressStore

@Suite("Progress reader")
struct ProgressReaderTests {
  static let header = ProgressHeader(
    learner: "alice", deck: "demo", created: Date(timeIntervalSince1970: 1_764_064_800)
  ).line

  /// A file: the header, then `lines`, each ended by a newline.
  static func file(_ lines: [[UInt8]], tail: [UInt8] = []) -> [UInt8] {
    var bytes = Array((header + "\n").utf8)
    for line in lines { bytes += line + [10] }
    return bytes + tail
  }

  static let valid = Array(#"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3}"#.utf8)

  @Test(
    "reads every line of the corpus as the reference reader does, line numbers and errors included")
  func matchesReference() {
    for line in EventLineCorpus.all {
      let bytes = Self.file([Self.valid, Array("  \t".utf8), line, Self.valid])
      let expected = ReferenceReader.outcome { () throws(ProgressError) in
        try ReferenceReader.read(bytes, path: "p")
      }
      let actual = ReferenceReader.outcome { () throws(ProgressError) in
        try ProgressReader.read(bytes, path: "p")
      }
      #expect(actual == expected, "\(String(decoding: line, as: UTF8.self))")
    }
  }

  @Test(
    "reports empty files, headers and torn last lines as before",
    arguments: [
      "", "\n", "{\"format\":\"recall-progress\"", "not a header\n", headerOnly, headerTorn,
      headerTornAfterBlank,
    ])
  func matchesReferenceOnEdges(text: String) {
    let bytes = Array(text.replacingOccurrences(of: "HEADER", with: Self.header).utf8)
    let expected = ReferenceReader.outcome { () throws(ProgressError) in
      try ReferenceReader.read(bytes, path: "p")
    }
    let actual = ReferenceReader.outcome { () throws(ProgressError) in
      try ProgressReader.read(bytes, path: "p")
    }
    #expect(actual == expected)
  }

  /// The lines of the corpus the general parser accepts, and blank ones between them.
  static var readableLines: [[UInt8]] {
    var lines: [[UInt8]] = []
    for (index, line) in EventLineCorpus.base.enumerated() {
      let bytes = file([line])
      guard (try? ReferenceReader.read(bytes, path: "p")) != nil else { continue }
      lines.append(line)
      if index % 7 == 0 { lines.append(Array(" \r".utf8)) }
    }
    return lines
  }

  @Test(
    "a chunk boundary anywhere in a line changes nothing, on one thread or two",
    arguments: [1, 2, 3, 7, 64, 1000, 1 << 20])
  func chunkBoundaries(chunkSize: Int) throws {
    let folder = try TemporaryDirectory()
    let lines = Self.readableLines
    let cases: [(String, [UInt8])] = [
      ("whole", Self.file(lines)),
      ("torn", Self.file(lines, tail: Array(#"{"t":"2025-11-25T10:00:00Z","ca"#.utf8))),
      ("bad early", Self.file([Self.valid, Array("garbage".utf8)] + lines)),
      ("bad late", Self.file(lines + [Array(#"{"t":"2025-11-25T10:00:00Z","card":"a"}"#.utf8)])),
      ("bad in both halves", Self.file([Array("early".utf8)] + lines + [Array("late".utf8)])),
      (
        "long line",
        Self.file([Self.valid] + [Array(String(repeating: " ", count: 5000).utf8)] + lines)
      ),
    ]
    for (name, bytes) in cases {
      let path = folder.file("\(name).jsonl")
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let expected = ReferenceReader.outcome { () throws(ProgressError) in
        try ReferenceReader.read(bytes, path: path)
      }
      for threshold in [0, Int.max] {
        let actual = ReferenceReader.outcome { () throws(ProgressError) in
          try ProgressFile.read(path: path, chunkSize: chunkSize, parallelThreshold: threshold)
        }
        #expect(actual == expected, "\(name), threshold \(threshold)")
      }
    }
  }

  @Test("a file read in two halves gets its lines numbered from the start")
  func halvesKeepLineNumbers() throws {
    let folder = try TemporaryDirectory()
    let lines = (0..<2000).map { index in
      Array(
        ProgressEvent.review(
          ReviewRecord(card: "c\(index % 17)", rating: .good, milliseconds: index)
        ).line(at: Date(timeIntervalSince1970: 1_764_064_800 + Double(index))).utf8)
    }
    let path = folder.file("big.jsonl")
    try Data(Self.file(lines)).write(to: URL(fileURLWithPath: path))
    let contents = try ProgressFile.read(path: path, chunkSize: 4096, parallelThreshold: 0)
    #expect(contents.entries.map(\.line) == Array(2...2001))
    #expect(try ProgressFile.read(path: path).entries == contents.entries)
  }
}

private let headerOnly = "HEADER\n"
private let headerTorn = "HEADER\n{\"t\":\"2025-11-25T10:00:00Z\""
private let headerTornAfterBlank = "HEADER\n \n\n{\"t\""
