import Foundation
import ProgressCore
import Scheduling
import Testing

@testable import ProgressStore

/// A session opening a file whose last line a crash cut off recovers it by itself (ProgressFile+Recovery).
@Suite("Progress file: a torn last line recovered on open")
struct ProgressFileRecoveryTests {
  let start = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z
  let torn = #"{"t":"2025-11-25T10:00:01.000Z","type":"rev"#

  func review(_ card: String) -> ProgressEvent {
    .review(ReviewRecord(card: card, rating: .good, milliseconds: 1200, answer: "x"))
  }

  /// A file with a header and `cards` reviews, then `tail` appended as is; returns its path.
  func file(in folder: TemporaryDirectory, cards: [String], tail: String) throws -> String {
    let file = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    for card in cards { try file.append(review(card), at: start) }
    file.close()
    let handle = try #require(FileHandle(forWritingAtPath: file.path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(tail.utf8))
    try handle.close()
    return file.path
  }

  func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

  @Test(
    "a session opens a file whose last line was cut off: the bytes go to a backup beside it, the file is cut back"
  )
  func movesTornLineAside() throws {
    let folder = try TemporaryDirectory()
    let path = try file(in: folder, cards: ["a", "b"], tail: "")
    let whole = try bytes(path)
    _ = try file(in: folder, cards: [], tail: torn)
    let file = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    #expect(file.contents.entries.map(\.event) == [review("a"), review("b")])
    let backup = path + ".torn-2025-11-25T100000.000Z"
    #expect(try bytes(backup) == Data(torn.utf8))
    try file.append(review("c"), at: start)
    file.close()
    let after = try bytes(path)
    #expect(after.starts(with: whole))
    #expect(after.last == 10)
    let contents = try ProgressFile.read(path: path)
    #expect(contents.tornLine == nil)
    #expect(contents.entries.map(\.event) == [review("a"), review("b"), review("c")])
  }

  @Test("the recovery is described in one line naming the file, the line and the backup")
  func describesRecovery() throws {
    let folder = try TemporaryDirectory()
    let path = try file(in: folder, cards: ["a"], tail: torn)
    let file = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    let recovery = try #require(file.recovery)
    let backup = path + ".torn-2025-11-25T100000.000Z"
    let count = torn.utf8.count
    #expect(recovery == TornLineRecovery(path: path, line: 3, bytes: count, backup: backup))
    #expect(
      recovery.description
        == "\(path):3: the last line was cut off (a crash while writing?); its \(count) bytes were moved to \(backup)"
    )
    #expect(!recovery.description.contains("\n"))
  }

  @Test("a file that is whole needs no recovery, and a new file none either")
  func noRecoveryWhenWhole() throws {
    let folder = try TemporaryDirectory()
    let created = try ProgressFile(
      directory: folder.path, learner: "alice", deck: "demo", now: start)
    #expect(created.recovery == nil)
    try created.append(review("a"), at: start)
    created.close()
    let reopened = try ProgressFile(
      directory: folder.path, learner: "alice", deck: "demo", now: start)
    #expect(reopened.recovery == nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/alice").count == 2)
  }

  @Test("a whole event that lost only its newline is kept, and the newline added")
  func completesWholeEvent() throws {
    let folder = try TemporaryDirectory()
    let line = #"{"t":"2025-11-25T10:00:01.000Z","card":"b","rating":3}"#
    let path = try file(in: folder, cards: ["a"], tail: line)
    let file = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    let recovery = try #require(file.recovery)
    #expect(recovery.backup == nil)
    #expect(recovery.description.contains("\(path):3: the last line had lost its newline"))
    #expect(file.contents.entries.map(\.line) == [2, 3])
    try file.append(review("c"), at: start)
    file.close()
    let contents = try ProgressFile.read(path: path)
    #expect(contents.entries.map(\.line) == [2, 3, 4])
    #expect(contents.tornLine == nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/alice").count == 2)
  }

  @Test("a second recovery at the same clock time keeps the first backup and writes another")
  func neverOverwritesBackup() throws {
    let folder = try TemporaryDirectory()
    let path = try file(in: folder, cards: ["a"], tail: "first")
    try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start).close()
    _ = try file(in: folder, cards: [], tail: "second")
    let file = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    let backup = path + ".torn-2025-11-25T100000.000Z"
    #expect(file.recovery?.backup == backup + "-2")
    #expect(try bytes(backup) == Data("first".utf8))
    #expect(try bytes(backup + "-2") == Data("second".utf8))
  }
}
