import Foundation
import TestSupport
import Testing

/// The real built `recall` binary on a pseudo-terminal: readline, Ctrl-C, Ctrl-D, and the progress file.
@Suite("recall study on a terminal", .serialized)
struct StudyEndToEndTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  let progress: String

  init() throws {
    progress = NSTemporaryDirectory() + "recall-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: progress, withIntermediateDirectories: true)
  }

  func start(_ arguments: [String] = []) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: BuiltProducts.executable(named: "recall"), arguments: arguments,
      environment: [
        "TERM": "dumb", "INPUTRC": "/dev/null", "HOME": progress, "LANG": "C.UTF-8",
        "RECALL_NOW": "2026-11-25T10:00:00Z", "RECALL_SEED": "7", "RECALL_LEARNER": "e2e",
        "RECALL_PROGRESS_DIR": progress, "PATH": "/usr/bin:/bin",
      ], currentDirectory: Self.packageRoot)
  }

  func reviewLines() throws -> [String] {
    let text = try String(contentsOfFile: progress + "/e2e/calcinosis-cutis.jsonl", encoding: .utf8)
    return text.split(separator: "\n").map(String.init).filter { $0.contains(#""type":"review""#) }
  }

  /// Answers the card on screen with `answer` and accepts the suggested rating.
  func answer(_ terminal: PseudoTerminal, _ answer: String) throws {
    try terminal.expect("> ")
    try terminal.send(answer + "\r")
    try terminal.expect("rating [Enter = ")
    try terminal.expect("> ")
    try terminal.send("\r")
    try terminal.expect("Saved · ")
  }

  @Test(
    "answer cards, Ctrl-C mid-line, Ctrl-D: every answer is in the progress file, and a restart resumes"
  )
  func studiesAndResumes() throws {
    let terminal = try start()
    try terminal.expect("Recall · Calcinosis cutis")
    try terminal.expect("new 20")
    try answer(terminal, "diltiazem")
    try answer(terminal, "a")
    // Ctrl-C throws away the half-typed line; the same card is asked again.
    try terminal.expect("> ")
    try terminal.send("half an answ")
    try terminal.expect("half an answ")
    try terminal.send("\u{03}")
    try terminal.expect("> ")
    try terminal.send("b\r")
    try terminal.expect("rating [Enter = ")
    try terminal.expect("> ")
    try terminal.send("3\r")
    try terminal.expect("Saved · Good")
    try answer(terminal, "")
    try answer(terminal, "systemic sclerosis")
    // Ctrl-D on the empty answer line ends the session with a summary.
    try terminal.expect("> ")
    try terminal.send("\u{04}")
    try terminal.expect("Session: 5 cards studied")
    #expect(try terminal.expectExit() == 0)

    let reviews = try reviewLines()
    #expect(reviews.count == 5)
    #expect(!reviews.contains { $0.contains("half an answ") })
    #expect(reviews[2].contains(#""rating":3"#))

    // A second session sees the five new cards already studied today.
    let again = try start()
    try again.expect("new 15")
    try again.expect("> ")
    try again.send(":quit\r")
    try again.expect("Session: 0 cards studied")
    #expect(try again.expectExit() == 0)
    #expect(try reviewLines().count == 5)
  }

  @Test("a second session on the same learner and deck is refused with a one-line error")
  func refusesSecondSession() throws {
    let first = try start()
    try first.expect("> ")
    let second = try start()
    try second.expect("in use by another Recall session (process \(first.processID))")
    #expect(try second.expectExit() == 1)
    try first.send("\u{04}")
    #expect(try first.expectExit() == 0)
  }
}
