import Foundation
import Testing

@testable import recall

/// Where progress goes: one answer for every command (RecallEnvironment.progressDirectory).
@Suite("recall's environment: the progress directory and the repository")
struct RecallEnvironmentTests {
  /// A temporary tree: `repo/` (Package.swift and Decks/) with `repo/Sources/`, and `elsewhere/`.
  let root: String

  init() throws {
    root = NSTemporaryDirectory() + "recall-environment-" + UUID().uuidString
    let manager = FileManager.default
    for folder in ["repo/Decks", "repo/Sources", "elsewhere"] {
      try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    #expect(manager.createFile(atPath: root + "/repo/Package.swift", contents: Data()))
  }

  func environment(_ variables: [String: String], in folder: String) -> RecallEnvironment {
    RecallEnvironment(variables: variables, currentDirectory: root + "/" + folder)
  }

  @Test("--progress-dir wins, then RECALL_PROGRESS_DIR, wherever Recall runs")
  func optionAndVariableWin() {
    let variables = ["RECALL_PROGRESS_DIR": "/p", "XDG_DATA_HOME": "/x", "HOME": "/h"]
    for folder in ["repo", "elsewhere"] {
      #expect(environment(variables, in: folder).progressDirectory("/o").path == "/o")
      #expect(environment(variables, in: folder).progressDirectory(nil).path == "/p")
    }
  }

  @Test("inside the repository: its Progress/, relative at its root, absolute from a subfolder")
  func insideRepository() {
    let variables = ["XDG_DATA_HOME": "/x", "HOME": "/h"]
    #expect(environment(variables, in: "repo").progressDirectory(nil).path == "Progress")
    #expect(
      environment(variables, in: "repo/Sources").progressDirectory(nil).path
        == root + "/repo/Progress")
    #expect(
      environment(variables, in: "repo/Sources").inRepository("Decks") == root + "/repo/Decks")
  }

  @Test("elsewhere: $XDG_DATA_HOME/recall/Progress, else ~/.local/share/recall/Progress")
  func perUserDataFolder() {
    #expect(
      environment(["XDG_DATA_HOME": "/x", "HOME": "/h"], in: "elsewhere").progressDirectory(nil)
        .path
        == "/x/recall/Progress")
    #expect(
      environment(["HOME": "/h"], in: "elsewhere").progressDirectory(nil).path
        == "/h/.local/share/recall/Progress")
    // The XDG spec says a relative XDG_DATA_HOME is ignored.
    #expect(
      environment(["XDG_DATA_HOME": "rel", "HOME": "/h"], in: "elsewhere").progressDirectory(nil)
        .path
        == "/h/.local/share/recall/Progress")
    #expect(environment([:], in: "elsewhere").inRepository("Decks") == nil)
  }

  @Test(
    "the class view's cache: RECALL_CACHE_DIR, else $XDG_CACHE_HOME/recall/class, else ~/.cache")
  func cacheFolder() {
    #expect(
      ClassViewCache(environment: environment(["RECALL_CACHE_DIR": "/c", "HOME": "/h"], in: "e"))
        .folder == "/c")
    #expect(
      ClassViewCache(environment: environment(["XDG_CACHE_HOME": "/x", "HOME": "/h"], in: "e"))
        .folder == "/x/recall/class")
    // A relative XDG_CACHE_HOME is ignored, as the XDG spec says.
    #expect(
      ClassViewCache(environment: environment(["XDG_CACHE_HOME": "x", "HOME": "/h"], in: "e"))
        .folder == "/h/.cache/recall/class")
  }

  @Test("a folder with Decks/ but no Package.swift is not a repository")
  func needsBothMarkers() throws {
    try FileManager.default.createDirectory(
      atPath: root + "/elsewhere/Decks", withIntermediateDirectories: true)
    #expect(environment(["HOME": "/h"], in: "elsewhere").inRepository("Progress") == nil)
  }
}
