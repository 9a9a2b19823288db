import Foundation
import ProgressCore
import TestSupport
import Testing

@testable import ProgressStore

/// Reading a file in chunks and in parts is held to reading its bytes at once (`ProgressReader.read`,
/// itself held to the reference reader in ProgressCoreTests).
@Suite("Progress file reading")
struct ProgressFileReadingTests {
  @Test(
    "a chunk boundary anywhere in a line changes nothing, on one thread or several",
    arguments: [1, 2, 3, 7, 64, 1000, 1 << 20])
  func chunkBoundaries(chunkSize: Int) throws {
    let folder = try TemporaryDirectory()
    for (name, bytes) in EventLineCorpus.files {
      let path = folder.file("\(name).jsonl")
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let expected = ReadOutcome { () throws(ProgressError) in
        try ProgressReader.read(bytes, path: path)
      }
      for (threshold, parts) in [(Int.max, 1), (0, 2), (0, 3), (0, 5)] {
        let actual = ReadOutcome { () throws(ProgressError) in
          try ProgressFile.read(
            path: path, chunkSize: chunkSize, parallelThreshold: threshold, parts: parts)
        }
        #expect(actual == expected, "\(name), threshold \(threshold), \(parts) parts")
      }
    }
  }

  @Test("a file read in parts gets its lines numbered from the start", arguments: [2, 3, 8])
  func partsKeepLineNumbers(parts: Int) throws {
    let folder = try TemporaryDirectory()
    let lines = (0..<2000).map { index in
      Array(
        ProgressEvent.review(
          ReviewRecord(card: "c\(index % 17)", rating: .good, milliseconds: index)
        ).line(at: Date(timeIntervalSince1970: 1_764_064_800 + Double(index))).utf8)
    }
    let path = folder.file("big.jsonl")
    try Data(EventLineCorpus.file(lines)).write(to: URL(fileURLWithPath: path))
    let contents = try ProgressFile.read(
      path: path, chunkSize: 4096, parallelThreshold: 0, parts: parts)
    #expect(contents.entries.map(\.line) == Array(2...2001))
    #expect(try ProgressFile.read(path: path).entries == contents.entries)
  }
}
