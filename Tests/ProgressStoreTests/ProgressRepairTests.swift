import Foundation
import ProgressCore
import Scheduling
import Testing

@testable import ProgressStore

@Suite("Progress repair and check")
struct ProgressRepairTests {
  let start = Date(timeIntervalSince1970: 1_764_064_800)

  func fileWithReviews(_ folder: TemporaryDirectory, count: Int) throws -> String {
    let file = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    for index in 0..<count {
      try file.append(
        .review(ReviewRecord(card: "c\(index)", rating: .good, milliseconds: 1)), at: start)
    }
    file.close()
    return file.path
  }

  func append(_ text: String, to path: String) throws {
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  @Test(
    "a torn last line is dropped after a backup of the file as it was; every whole event is kept")
  func repairsTornLine() throws {
    let folder = try TemporaryDirectory()
    let path = try fileWithReviews(folder, count: 3)
    try append(#"{"t":"2025-11-25T10:00:00.000Z","ty"#, to: path)
    let damaged = try Data(contentsOf: URL(fileURLWithPath: path))
    let result = try ProgressRepair.repair(
      directory: folder.path, learner: "alice", deck: "demo", now: start, dropUnreadable: false)
    #expect(result.droppedLines == [5])
    #expect(result.events == 3)
    let backup = try #require(result.backup)
    #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == damaged)
    let reopened = try ProgressFile(
      directory: folder.path, learner: "alice", deck: "demo", now: start)
    #expect(reopened.contents.entries.count == 3)
  }

  @Test("an unreadable middle line is only dropped when asked; the file is untouched otherwise")
  func middleLineNeedsConsent() throws {
    let folder = try TemporaryDirectory()
    let path = try fileWithReviews(folder, count: 1)
    try append("garbage\n", to: path)
    let after = try fileWithReviewsAppending(path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: ProgressError.self) {
      try ProgressRepair.repair(
        directory: folder.path, learner: "alice", deck: "demo", now: start, dropUnreadable: false)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    let result = try ProgressRepair.repair(
      directory: folder.path, learner: "alice", deck: "demo", now: start, dropUnreadable: true)
    #expect(result.droppedLines == [3])
    #expect(result.events == 1 + after)
  }

  /// Appends one well-formed review line by hand and returns how many it added.
  func fileWithReviewsAppending(_ path: String) throws -> Int {
    try append(#"{"t":"2025-11-25T10:00:00.000Z","card":"x","rating":3}"# + "\n", to: path)
    return 1
  }

  @Test("an empty existing file stops a session, and repair writes its header")
  func emptyFile() throws {
    let folder = try TemporaryDirectory()
    let path = try ProgressDirectory(folder.path).file(learner: "alice", deck: "demo")
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    #expect(throws: ProgressError.self) {
      try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    let result = try ProgressRepair.repair(
      directory: folder.path, learner: "alice", deck: "demo", now: start, dropUnreadable: false)
    #expect(result.wroteHeader)
    _ = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
  }

  @Test("repair refuses while a session holds the file")
  func respectsTheLock() throws {
    let folder = try TemporaryDirectory()
    let session = try ProgressFile(
      directory: folder.path, learner: "alice", deck: "demo", now: start)
    #expect(throws: ProgressError.self) {
      try ProgressRepair.repair(
        directory: folder.path, learner: "alice", deck: "demo", now: start, dropUnreadable: true)
    }
    session.close()
  }

  @Test(
    "check counts events, cards and units, and lists orphans: events for cards the deck no longer has"
  )
  func checkReportsOrphans() throws {
    let folder = try TemporaryDirectory()
    let path = try fileWithReviews(folder, count: 3)
    let check = ProgressCheck(
      contents: try ProgressFile.read(path: path), knownCards: ["c0", "c1"],
      units: UnitMap(["c0": "u", "c1": "u"]))
    #expect(check.events == 3)
    #expect(check.reviews == 3)
    #expect(check.cardsSeen == 3)
    #expect(check.unitsSeen == 2)
    #expect(check.orphans == ["c2": 1])
    #expect(check.tornLine == nil)
  }
}
