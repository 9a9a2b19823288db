import Foundation
import ProgressCore
import Scheduling
import Testing

@testable import ProgressStore

@Suite("Progress file")
struct ProgressFileTests {
  let start = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z

  func review(_ card: String, _ rating: Rating = .good) -> ProgressEvent {
    .review(ReviewRecord(card: card, rating: rating, milliseconds: 1200, answer: "x"))
  }

  @Test("a new file starts with the header; every event is on disk when append returns")
  func writesHeaderAndEvents() throws {
    let folder = try TemporaryDirectory()
    let file = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    try file.append(review("c1"), at: start)
    try file.append(.undo(card: "c1"), at: start.addingTimeInterval(1))
    // Read through a separate descriptor, as a crash-surviving reader would.
    let lines = try String(contentsOfFile: file.path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(
      lines[0].hasPrefix(
        #"{"format":"recall-progress","version":1,"learner":"alice","deck":"demo""#))
    #expect(
      lines[1].hasPrefix(#"{"t":"2025-11-25T10:00:00.000Z","type":"review","card":"c1","rating":3"#)
    )
    file.close()
    let contents = try ProgressFile.read(path: file.path)
    #expect(contents.entries.map(\.event) == [review("c1"), .undo(card: "c1")])
    #expect(contents.entries.map(\.line) == [2, 3])
  }

  @Test("reopening keeps every event and appends after them")
  func reopens() throws {
    let folder = try TemporaryDirectory()
    do {
      let file = try ProgressFile(directory: folder.path, learner: "bob", deck: "demo", now: start)
      try file.append(review("a"), at: start)
    }
    let file = try ProgressFile(directory: folder.path, learner: "bob", deck: "demo", now: start)
    try file.append(review("b"), at: start)
    #expect(file.contents.entries.map(\.event) == [review("a"), review("b")])
    #expect(try ProgressFile.read(path: file.path).entries.count == 2)
  }

  @Test("events appended while a replay holds the opened ones join the contents, numbered on")
  func appendsBesideAReplay() throws {
    let folder = try TemporaryDirectory()
    do {
      let file = try ProgressFile(directory: folder.path, learner: "bob", deck: "demo", now: start)
      for card in ["a", "b", "c"] { try file.append(review(card), at: start) }
    }
    let file = try ProgressFile(directory: folder.path, learner: "bob", deck: "demo", now: start)
    let replay = ProgressReplay(entries: file.contents.entries, scheduler: Scheduler())
    let first = try file.append(review("d"), at: start)
    try file.append(.undo(card: "d"), at: start)
    #expect(first.line == 5)
    #expect(file.contents.entries.map(\.line) == [2, 3, 4, 5, 6])
    try file.append(review("e"), at: start)
    #expect(file.contents.entries.map(\.line) == [2, 3, 4, 5, 6, 7])
    #expect(replay.reviews.count == 3)
    #expect(try ProgressFile.read(path: file.path).entries == file.contents.entries)
  }

  @Test("a second session on the same file is refused, naming the process that holds it")
  func refusesSecondSession() throws {
    let folder = try TemporaryDirectory()
    let first = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    do {
      _ = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
      Issue.record("the second open should have been refused")
    } catch {
      guard case .locked(_, let holder) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(holder == "process \(getpid())")
      #expect(error.description.contains("in use by another Recall session"))
    }
    // Another deck or learner is fine at the same time.
    _ = try ProgressFile(directory: folder.path, learner: "alice", deck: "other", now: start)
    _ = try ProgressFile(directory: folder.path, learner: "carol", deck: "demo", now: start)
    first.close()
    _ = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
  }

  @Test(
    "a reader (reports, checks) reports a cut-off last line with its number and touches nothing")
  func detectsTornLine() throws {
    let folder = try TemporaryDirectory()
    let path: String
    do {
      let file = try ProgressFile(
        directory: folder.path, learner: "alice", deck: "demo", now: start)
      try file.append(review("a"), at: start)
      path = file.path
    }
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"t":"2025-11-25T10:00:01.000Z","type":"rev"#.utf8))
    try handle.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let contents = try ProgressFile.read(path: path)
    #expect(contents.tornLine == 3)
    #expect(contents.entries.count == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/alice").count == 2)
  }

  @Test(
    "damaged files stop with file and line, and are left untouched",
    arguments: [
      (
        "garbled middle",
        "HEADER\n{\"t\":\"2025-11-25T10:00:00Z\",\"card\":\"a\",\"rating\":3}\nnot json\n{\"t\":\"2025-11-25T10:00:00Z\",\"card\":\"a\",\"rating\":3}\n",
        ":3:"
      ),
      (
        "rating out of range",
        "HEADER\n{\"t\":\"2025-11-25T10:00:00Z\",\"card\":\"a\",\"rating\":7}\n", ":2:"
      ),
      ("wrong header", "{\"hello\":1}\n", ":1:"),
      (
        "unknown version",
        "{\"format\":\"recall-progress\",\"version\":9,\"learner\":\"alice\",\"deck\":\"demo\",\"created\":\"2025-11-25T10:00:00Z\"}\n",
        "version 9"
      ),
      ("binary junk", "\u{0}\u{1}\u{2}\u{FF}garbage\n", ":1:"),
      // A torn last line is recovered only in a file that is otherwise whole.
      ("garbled middle before a torn end", "HEADER\nnot json\n{\"t\":\"2025-11-25T1", ":2:"),
      ("header cut off", "{\"format\":\"recall-progress\",\"vers", ":1:"),
    ])
  func rejectsDamage(name: String, text: String, expected: String) throws {
    let folder = try TemporaryDirectory()
    let path = try ProgressDirectory(folder.path).file(learner: "alice", deck: "demo")
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let header = ProgressHeader(learner: "alice", deck: "demo", created: start).line
    let bytes = Data(text.replacingOccurrences(of: "HEADER", with: header).utf8)
    try bytes.write(to: URL(fileURLWithPath: path))
    do {
      _ = try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
      Issue.record("\(name): should have been rejected")
    } catch {
      #expect(error.description.contains(path))
      #expect(error.description.contains(expected), "\(error.description)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
  }

  @Test("a directory where the file should be is a clear error")
  func rejectsDirectory() throws {
    let folder = try TemporaryDirectory()
    let path = try ProgressDirectory(folder.path).file(learner: "alice", deck: "demo")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    #expect(throws: ProgressError.cannotOpen(path: path, reason: "it is a directory, not a file")) {
      try ProgressFile(directory: folder.path, learner: "alice", deck: "demo", now: start)
    }
  }
}
