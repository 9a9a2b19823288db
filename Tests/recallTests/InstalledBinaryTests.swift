import Cards
import Foundation
import Knowledge
import TestSupport
import Testing

@testable import recall

/// `recall` as a user installs it: the built binary copied alone to a folder of its own, run from another
/// folder, outside any repository, with its own home.
@Suite("an installed recall, run from any folder", .serialized)
struct InstalledBinaryTests {
  let root: String
  let binary: String

  init() throws {
    root = NSTemporaryDirectory() + "recall-installed-" + UUID().uuidString
    for folder in ["bin", "home", "data", "work"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    binary = root + "/bin/recall"
    try FileManager.default.copyItem(
      atPath: BuiltProducts.executable(named: "recall"), toPath: binary)
  }

  /// Runs the copy in `root/work` with `input` on standard input.
  func run(
    _ arguments: [String], input: String = "", environment extra: [String: String] = [:]
  ) throws -> (status: Int32, out: String, err: String) {
    let result = try ChildProcess.run(
      binary, arguments, directory: root + "/work",
      environment: [
        "HOME": root + "/home", "XDG_DATA_HOME": root + "/data", "RECALL_LEARNER": "x",
        "RECALL_NOW": "2026-11-25T10:00:00Z", "RECALL_SEED": "7", "LANG": "C.UTF-8",
        "PATH": "/usr/bin:/bin",
      ].merging(extra) { $1 }, input: input)
    return (result.status, result.output, result.error)
  }

  @Test("studies the built-in deck and keeps progress in $XDG_DATA_HOME/recall/Progress")
  func studiesBuiltInDeck() throws {
    let session = try run([], input: "t\n\n:quit\n")
    #expect(session.status == 0, "\(session.err)")
    #expect(session.out.contains("Recall · Calcinosis cutis · learner x"))
    #expect(session.out.contains("Saved · "))
    let path = root + "/data/recall/Progress/x/calcinosis-cutis.jsonl"
    // A long path goes on a line of its own.
    #expect(session.out.contains(path))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.split(separator: "\n").filter { $0.contains(#""type":"review""#) }.count == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/work").isEmpty)
  }

  @Test("without XDG_DATA_HOME, progress goes to ~/.local/share/recall/Progress")
  func defaultDataFolder() throws {
    let session = try run([], input: ":quit\n", environment: ["XDG_DATA_HOME": ""])
    #expect(session.status == 0, "\(session.err)")
    #expect(
      FileManager.default.fileExists(
        atPath: root + "/home/.local/share/recall/Progress/x/calcinosis-cutis.jsonl"))
  }

  @Test("deck list names the built-in decks; a teacher's folder in RECALL_DECKS comes first")
  func listsDecks() throws {
    let builtIn = try run(["deck", "list"])
    let calcinosis = try Self.size(of: "calcinosis-cutis")
    #expect(builtIn.out.contains("calcinosis-cutis\tCalcinosis cutis\t\(calcinosis)\tbuilt-in\n"))
    let burns = try Self.size(of: "first-aid-burns")
    let mine = root + "/mine"
    try FileManager.default.createDirectory(atPath: mine, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: DeckLocatorTests.packageRoot + "/Decks/first-aid-burns.yaml",
      toPath: mine + "/burns.yaml")
    let listed = try run(["deck", "list"], environment: ["RECALL_DECKS": mine])
    #expect(listed.out.hasPrefix("burns\tFirst aid for burns\t\(burns)\t\(mine)/burns.yaml\n"))
    let shown = try run(["deck", "show", "burns"], environment: ["RECALL_DECKS": mine])
    #expect(shown.status == 0)
    #expect(shown.out.hasPrefix("First aid for burns: \(burns.split(separator: " ")[2]) cards"))
  }

  /// "N units, M cards" for the deck in Decks/ named `name`.
  static func size(of name: String) throws -> String {
    let path = DeckLocatorTests.packageRoot + "/Decks/\(name).yaml"
    let deck = try DeckLoader.load(
      yaml: try String(contentsOfFile: path, encoding: .utf8), file: path, deckID: name)
    let units = CardGenerator(deck: deck).units()
    return "\(units.count) units, \(units.reduce(0) { $0 + $1.ladder.count }) cards"
  }

  @Test(
    "import without -o writes into the first RECALL_DECKS folder, where the deck's name finds it")
  func importsIntoDeckFolder() throws {
    let mine = root + "/mine"
    try FileManager.default.createDirectory(atPath: mine, withIntermediateDirectories: true)
    let fixture =
      DeckLocatorTests.packageRoot + "/Tests/InteropTests/Fixtures/genanki-sample.apkg"
    let imported = try run(["import", fixture], environment: ["RECALL_DECKS": mine])
    #expect(imported.status == 0, "\(imported.err)")
    #expect(imported.out.contains("written to \(mine)/heart-basics.yaml"))
    let shown = try run(["deck", "show", "heart-basics"], environment: ["RECALL_DECKS": mine])
    #expect(shown.out.hasPrefix("Heart basics: 9 cards"))
    let plain = try run(["import", fixture])
    #expect(plain.out.contains("written to heart-basics.yaml"), "\(plain.err)")
    #expect(FileManager.default.fileExists(atPath: root + "/work/heart-basics.yaml"))
  }

  @Test("--version, completions, and a mistyped command with a suggestion and a failing status")
  func version() throws {
    let version = try run(["--version"])
    #expect(version.status == 0)
    #expect(version.out == Recall.version + "\n")
    let script = try run(["--generate-completion-script", "bash"])
    #expect(script.status == 0)
    for command in ["study", "quiz", "deck", "stats", "class", "import", "lint", "--progress-dir"] {
      #expect(script.out.contains(command), "\(command)")
    }
    let typo = try run(["stuyd"])
    #expect(typo.status != 0)
    #expect(typo.err == "error: unknown command 'stuyd' — did you mean 'study'?\n")
    let option = try run(["study", "--dekc", "x"])
    #expect(option.status != 0)
    #expect(option.err.contains("Did you mean '--deck'?"))
  }
}
