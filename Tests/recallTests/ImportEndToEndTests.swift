import Foundation
import TestSupport
import Testing

/// `recall import` and `recall deck export --format apkg` with the real built binary.
@Suite("recall import and Anki export, end to end", .serialized)
struct ImportEndToEndTests {
  static let packageRoot = StudyEndToEndTests.packageRoot
  static let fixture = packageRoot + "/Tests/InteropTests/Fixtures/genanki-sample.apkg"

  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "recall-import-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  func run(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String) {
    let result = try ChildProcess.run(
      BuiltProducts.executable(named: "recall"), arguments, directory: Self.packageRoot,
      environment: [
        "RECALL_NOW": "2026-11-25T10:00:00Z", "RECALL_SEED": "7", "RECALL_LEARNER": "e2e",
        "RECALL_PROGRESS_DIR": folder + "/progress", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        "HOME": folder,
      ], input: input, standardError: .mergedIntoOutput)
    return (result.status, result.output)
  }

  @Test("a genanki package imports into a deck that is studied through the REPL on standard input")
  func importAndStudy() throws {
    let deck = folder + "/heart.yaml"
    let imported = try run(["import", Self.fixture, "-o", deck])
    #expect(imported.status == 0, "\(imported.output)")
    #expect(imported.output.contains("7 notes read → 9 cards written to \(deck)"))
    #expect(imported.output.contains("Recall makes 9 cards; kinds: 3 cloze, 6 recall"))
    #expect(imported.output.contains("2 media files not imported"))
    #expect(imported.output.contains("Lint: 0 errors, 0 warnings"))
    let lint = try run(["deck", "lint", deck])
    #expect(lint.status == 0)

    let session = try run(["study", "--deck", deck], input: "four\n\nthe mitral valve\n\n:quit\n")
    #expect(session.status == 0, "\(session.output)")
    #expect(session.output.contains("Recall · Heart basics · learner e2e"))
    #expect(session.output.contains("How many chambers does the human heart have?"))
    #expect(session.output.contains("✓ Correct — four"))
    // Each imported card is a unit of its own, taught before it is first asked.
    #expect(session.output.contains("Learn: How many chambers does the human heart have? — four"))
    #expect(session.output.contains("Session: 2 answers to 2 units, 2 correct"))
    let progress = try String(contentsOfFile: folder + "/progress/e2e/heart.jsonl", encoding: .utf8)
    #expect(progress.split(separator: "\n").filter { $0.contains(#""type":"review""#) }.count == 2)

    // Importing onto an existing file needs --force; nothing is changed without it.
    let before = try String(contentsOfFile: deck, encoding: .utf8)
    let refused = try run(["import", Self.fixture, "-o", deck])
    #expect(refused.status != 0)
    #expect(refused.output.contains("\(deck) exists"))
    #expect(try String(contentsOfFile: deck, encoding: .utf8) == before)
  }

  @Test("the built-in deck exports as a package with one note per card, and imports back")
  func exportAndBack() throws {
    let package = folder + "/cc.apkg"
    let exported = try run([
      "deck", "export", "calcinosis-cutis", "--format", "apkg", "-o", package,
    ])
    #expect(exported.status == 0, "\(exported.output)")
    let json = try run(["deck", "export", "calcinosis-cutis", "--format", "json"])
    let cards = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(exported.output.contains("\(cards.count) notes (one per card)"))
    let back = try run(["import", package, "-o", folder + "/back.yaml"])
    #expect(back.status == 0, "\(back.output)")
    #expect(back.output.contains("Recall makes \(cards.count) cards"))
    let missing = try run(["deck", "export", "calcinosis-cutis", "--format", "apkg"])
    #expect(missing.status != 0)
    #expect(missing.output.contains("-o FILE.apkg"))
  }

  @Test("a bad file gets one line naming it, and no deck is written")
  func badFile() throws {
    let bad = folder + "/bad.md"
    try "Q: a question\nQ: another\nA: x\n".write(toFile: bad, atomically: true, encoding: .utf8)
    let result = try run(["import", bad, "-o", folder + "/bad.yaml"])
    #expect(result.status != 0)
    #expect(result.output.contains("\(bad):1: question without an answer (A:)"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/bad.yaml"))
  }

  @Test("a Markdown file whose deck would not load names its own line, not a file never written")
  func deckErrorAtItsLine() throws {
    let notes = folder + "/notes.md"
    let text = [
      "# Capitals", "", "Q: What is the capital of France?", "A: Paris", "",
      "Q: What is the capital of Spain?", "A: Madrid", "", "Q: What is the capital of Italy?",
      "A: Rome", "", "Q: What is the capital of France?", "A: Lyon", "",
    ].joined(separator: "\n")
    try text.write(toFile: notes, atomically: true, encoding: .utf8)
    for output in [[], ["-o", folder + "/capitals.yaml"]] {
      let result = try run(["import", notes] + output)
      #expect(result.status != 0)
      #expect(result.output.contains("\(notes):12: card "), "\(result.output)")
      #expect(result.output.contains("(line 3) but expects “Lyon”, not “Paris”"))
      #expect(!result.output.contains(".yaml"), "\(result.output)")
      #expect(result.output.split(separator: "\n").count == 1)
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/capitals.yaml"))
    #expect(!FileManager.default.fileExists(atPath: Self.packageRoot + "/Decks/capitals.yaml"))
  }
}
