import Foundation
import ProgressCore
import Testing

@testable import ProgressStore

@Suite("Progress folder layout")
struct ProgressDirectoryTests {
  let start = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z

  @Test("a learner's file, lock, backups and history lie in the learner's folder")
  func layout() throws {
    let directory = ProgressDirectory("Progress/")
    let file = try directory.file(learner: "alice", deck: "demo")
    #expect(file == "Progress/alice/demo.jsonl")
    #expect(try directory.history(learner: "alice") == "Progress/alice/.history")
    #expect(ProgressDirectory.lock(for: file) == "Progress/alice/demo.jsonl.lock")
    #expect(
      ProgressDirectory.tornLineBackup(for: file, at: start)
        == "Progress/alice/demo.jsonl.torn-2025-11-25T100000.000Z")
    #expect(
      ProgressDirectory.repairBackup(for: file, at: start)
        == "Progress/alice/demo.jsonl.backup-2025-11-25T100000.000Z")
  }

  @Test(
    "learner names that could escape the progress folder are refused before any path is built",
    arguments: [
      "", ".hidden", "../x", "a/b", "nul\u{0}x", "tab\tx", "esc\u{1B}[2J",
      String(repeating: "a", count: 65), "..", "sp ace",
    ])
  func refusesBadNames(name: String) {
    #expect(throws: ProgressError.self) {
      try ProgressDirectory("/tmp").file(learner: name, deck: "d")
    }
    #expect(throws: ProgressError.self) {
      try ProgressDirectory("/tmp").file(learner: "ok", deck: name)
    }
  }

  @Test(
    "ordinary names are accepted",
    arguments: ["alice", "Bob_2", "j.doe", "x-y", "José", String(repeating: "a", count: 64)])
  func acceptsNames(name: String) throws {
    #expect(try FileName.validateLearner(name) == name)
  }

  @Test("the learners of a deck are the valid folders holding its file, sorted; nothing is created")
  func learners() throws {
    let folder = try TemporaryDirectory()
    let directory = ProgressDirectory(folder.path)
    for (learner, deck) in [
      ("bob", "demo"), ("alice", "demo"), ("carol", "other"), (".hidden", "demo"),
    ] {
      let learnerFolder = folder.file(learner)
      try FileManager.default.createDirectory(
        atPath: learnerFolder, withIntermediateDirectories: true)
      try Data().write(to: URL(fileURLWithPath: learnerFolder + "/\(deck).jsonl"))
    }
    // A folder named like the file is not a file.
    try FileManager.default.createDirectory(
      atPath: folder.file("dave/demo.jsonl"), withIntermediateDirectories: true)
    #expect(try directory.learners(deck: "demo") == ["alice", "bob"])
    #expect(try directory.learners(deck: "none") == [])
    let decks = try directory.decks()
    #expect(decks.map(\.deck) == ["demo", "other"])
    #expect(decks.map(\.learners) == [2, 1])
    #expect(!FileManager.default.fileExists(atPath: folder.file("alice/none.jsonl")))
  }

  @Test(
    "forked copies kept by class collect are found per learner and deck, and are not learners' files"
  )
  func forkedCopies() throws {
    let folder = try TemporaryDirectory()
    let directory = ProgressDirectory(folder.path)
    for name in [
      "bob/demo.jsonl", "bob/demo.jsonl.fork-b2", "bob/demo.jsonl.fork-a1", "alice/demo.jsonl",
      "alice/other.jsonl.fork-c3", "carol/demo.jsonl.lock",
    ] {
      try FileManager.default.createDirectory(
        atPath: (folder.file(name) as NSString).deletingLastPathComponent,
        withIntermediateDirectories: true)
      try Data().write(to: URL(fileURLWithPath: folder.file(name)))
    }
    let copies = directory.forkedCopies(deck: "demo")
    #expect(copies.map(\.learner) == ["bob", "bob"])
    #expect(
      copies.map(\.path) == [
        folder.file("bob/demo.jsonl.fork-a1"), folder.file("bob/demo.jsonl.fork-b2"),
      ])
    #expect(directory.forkedCopies(deck: "other").map(\.learner) == ["alice"])
    #expect(try directory.learners(deck: "demo") == ["alice", "bob"])
  }

  @Test("a progress folder that does not exist cannot be listed, and says so")
  func missingFolder() throws {
    let folder = try TemporaryDirectory()
    let missing = folder.file("missing")
    #expect(throws: ProgressError.cannotList(directory: missing, reason: "no such directory")) {
      try ProgressDirectory(missing).learners(deck: "demo")
    }
    #expect(throws: ProgressError.cannotList(directory: missing, reason: "no such directory")) {
      try ProgressDirectory(missing).decks()
    }
  }
}
