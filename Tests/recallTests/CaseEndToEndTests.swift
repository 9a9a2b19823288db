import Foundation
import TestSupport
import Testing

/// The real built `recall` binary on a pseudo-terminal, asked the built-in deck's clinical cases: the
/// vignette, the options, and feedback with a reason against each wrong option.
@Suite("recall study asks clinical cases on a terminal", .serialized)
struct CaseEndToEndTests {
  let progress: String

  init() throws {
    progress = NSTemporaryDirectory() + "recall-cases-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: progress, withIntermediateDirectories: true)
  }

  func start(_ arguments: [String]) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: BuiltProducts.executable(named: "recall"), arguments: arguments,
      environment: [
        "TERM": "dumb", "INPUTRC": "/dev/null", "HOME": progress, "LANG": "C.UTF-8",
        "RECALL_NOW": "2026-11-25T10:00:00Z", "RECALL_SEED": "7", "RECALL_LEARNER": "e2e",
        "RECALL_PROGRESS_DIR": progress, "PATH": "/usr/bin:/bin",
      ], currentDirectory: StudyEndToEndTests.packageRoot)
  }

  @Test(
    "practising the cases: a vignette and four options, then why the answer fits and each other does not"
  )
  func practisesCases() throws {
    let terminal = try start(["study", "--cram", "--tag", "cases"])
    try terminal.expect("Recall · Calcinosis cutis")
    try terminal.expect("[1] practice · case")
    try terminal.expect("Which ")
    try terminal.expect("  d) ")
    try terminal.expect("answer (a–d)> ")
    try terminal.send("a\r")
    try terminal.expect("Not ")
    try terminal.expect("Sources: ")
    try terminal.expect("Saved (practice")
    try terminal.expect("[2] practice · case")
    try terminal.expect("answer (a–d)> ")
    try terminal.send("\u{04}")
    try terminal.expect("Session: 1 answer")
    #expect(try terminal.expectExit() == 0)
    let text = try String(
      contentsOfFile: progress + "/e2e/calcinosis-cutis.jsonl", encoding: .utf8)
    #expect(text.contains(#".case","#))
  }
}
