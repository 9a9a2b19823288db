import Foundation
import Testing

@testable import Platform

@Suite("Atomic file writes")
struct AtomicFileTests {
  /// A fresh folder, removed at the end of the test.
  final class Folder {
    let path = NSTemporaryDirectory() + "recall-platform-tests-" + UUID().uuidString
    init() throws {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    var entries: [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? []
    }
  }

  @Test("writes a new file whole and leaves nothing else in the folder")
  func writesNewFile() throws {
    let folder = try Folder()
    let path = folder.path + "/report.html"
    try AtomicFile.write(Array("<p>hello</p>".utf8), to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "<p>hello</p>")
    #expect(folder.entries == ["report.html"])
  }

  @Test("replaces an existing file with the new bytes, from an array, a string's bytes or data")
  func replacesFile() throws {
    let folder = try Folder()
    let path = folder.path + "/deck.yaml"
    try AtomicFile.write(Array(String(repeating: "old ", count: 1000).utf8), to: path)
    try AtomicFile.write("new".utf8, to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    try AtomicFile.write(Data([0, 1, 2]), to: path)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([0, 1, 2]))
    try AtomicFile.write([UInt8](), to: path)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    #expect(folder.entries == ["deck.yaml"])
  }

  @Test("a write that cannot finish leaves the old file as it was and no temporary file")
  func failureLeavesOldFile() throws {
    let folder = try Folder()
    let path = folder.path + "/taken"
    // A directory at the path: the rename over it fails after the temporary file was written.
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(throws: SystemError.self) { try AtomicFile.write(Array("x".utf8), to: path) }
    #expect(folder.entries == ["taken"])
    let missing = folder.path + "/no-such-folder/file"
    #expect(throws: SystemError(code: ENOENT)) {
      try AtomicFile.write(Array("x".utf8), to: missing)
    }
  }

  @Test(
    "the temporary file is hidden, beside the target, named for this process",
    arguments: [("out/report.html", "out/"), ("report.html", ""), ("/report.html", "/")])
  func temporaryName(path: String, folder: String) {
    let name = AtomicFile.temporaryPath(for: path)
    #expect(name.hasPrefix(folder + ".report.html."))
    #expect(name.hasSuffix(".\(ProcessInfo.processInfo.processIdentifier).tmp"))
  }

  @Test(
    "the folder of a path", arguments: [("a/b/c", "a/b"), ("c", "."), ("/c", "/"), ("/a/c", "/a")])
  func directory(path: String, folder: String) {
    #expect(AtomicFile.directory(of: path) == folder)
  }
}
