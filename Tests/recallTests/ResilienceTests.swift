import Foundation
import Scheduling
import TestSupport
import TestTraits
import Testing
import Utilities

#if canImport(Glibc)
  import Glibc
#endif

/// The real binary under hostile conditions: killed at random moments, terminated, hung up on, out of space.
/// Every review the learner was told is saved must be in the file, and the file must still read.
@Suite("recall under crashes, signals and full disks", .serialized)
struct ResilienceTests {
  /// A small deck so each run starts fast.
  static let deck = """
    deck:
      title: Tiny
      version: 1
      source: {title: Notes, sections: [A]}
    classes:
      organ: {name: organ}
      drug: {name: drug}
    entities:
      heart: {class: organ, name: heart}
      liver: {class: organ, name: liver}
      brain: {class: organ, name: brain}
      kidney: {class: organ, name: kidney}
      lung: {class: organ, name: lung}
      digoxin: {class: drug, name: digoxin}
      insulin: {class: drug, name: insulin}
      morphine: {class: drug, name: morphine}
      furosemide: {class: drug, name: furosemide}
      salbutamol: {class: drug, name: salbutamol}
    relations:
      acts-on: {subject: drug, object: organ, ask: "Which organ does {subject} act on?"}
    facts:
      - {id: f1, subject: digoxin, relation: acts-on, object: heart, section: A, explanation: x}
      - {id: f2, subject: insulin, relation: acts-on, object: liver, section: A, explanation: x}
      - {id: f3, subject: morphine, relation: acts-on, object: brain, section: A, explanation: x}
      - {id: f4, subject: furosemide, relation: acts-on, object: kidney, section: A, explanation: x}
      - {id: f5, subject: salbutamol, relation: acts-on, object: lung, section: A, explanation: x}
    """

  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "recall-resilience-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Self.deck.write(toFile: folder + "/tiny.yaml", atomically: true, encoding: .utf8)
  }

  var progressPath: String { folder + "/progress/kim/tiny.jsonl" }

  func start(shell prefix: String? = nil) throws -> PseudoTerminal {
    let recall = BuiltProducts.executable(named: "recall")
    let command = [recall, "study", "--deck", folder + "/tiny.yaml"]
    let environment = [
      "TERM": "dumb", "INPUTRC": "/dev/null", "HOME": folder, "LANG": "C.UTF-8",
      "RECALL_LEARNER": "kim", "RECALL_PROGRESS_DIR": folder + "/progress", "RECALL_SEED": "1",
      "PATH": "/usr/bin:/bin",
    ]
    if let prefix {
      return try PseudoTerminal(
        executable: "/bin/bash", arguments: ["-c", prefix + "; exec \"$@\"", "bash"] + command,
        environment: environment, currentDirectory: folder)
    }
    return try PseudoTerminal(
      executable: recall, arguments: Array(command.dropFirst()), environment: environment,
      currentDirectory: folder)
  }

  func reviews() throws -> Int {
    let contents = try String(contentsOfFile: progressPath, encoding: .utf8)
    return contents.split(separator: "\n").filter { $0.contains(#""type":"review""#) }.count
  }

  func answerOne(_ terminal: PseudoTerminal, _ text: String = "heart") throws {
    try terminal.expect("answer")
    try terminal.expect("> ")
    try terminal.send(text + "\r")
    try terminal.expect("rating [Enter = ")
    try terminal.expect("> ")
    try terminal.send("\r")
    try terminal.expect("Saved · ")
  }

  @Test(
    "SIGTERM and SIGHUP end the session cleanly: summary written, every answer saved",
    arguments: [
      SIGTERM, SIGHUP,
    ])
  func terminationSignals(signal: Int32) throws {
    let terminal = try start()
    try answerOne(terminal)
    try answerOne(terminal, "liver")
    try terminal.expect("> ")
    terminal.kill(signal: signal)
    let status = try terminal.expectExit()
    #expect(status == 0, "exit status \(status)")
    #expect(try reviews() == 2)
    let text = try String(contentsOfFile: progressPath, encoding: .utf8)
    #expect(text.contains(#""type":"session-end","reviewed":2"#))
  }

  @Test("a lock left by a killed session never blocks the next one")
  func killedSessionLeavesNoLock() throws {
    let first = try start()
    try answerOne(first)
    first.kill(signal: SIGKILL)
    _ = try first.expectExit()
    let second = try start()
    try second.expect("Due ")
    try second.expect("> ")
    try second.send("\u{04}")
    #expect(try second.expectExit() == 0)
    #expect(try reviews() == 1)
  }

  @Test(
    "killed, its last line cut off mid-write: the next session moves the cut-off bytes aside and starts"
  )
  func tornLastLineRecovered() throws {
    let first = try start()
    try answerOne(first)
    try answerOne(first, "liver")
    first.kill(signal: SIGKILL)
    _ = try first.expectExit()
    // The crash cut the last line short, as a write interrupted by a power loss can.
    let whole = try Data(contentsOf: URL(fileURLWithPath: progressPath))
    let cut = whole.dropLast(9)
    try cut.write(to: URL(fileURLWithPath: progressPath))
    let lastLineStart = (cut.lastIndex(of: 10) ?? 0) + 1
    let second = try start()
    try second.expect("moved to \(progressPath).torn-")
    try answerOne(second, "brain")
    try second.expect("> ")
    try second.send("\u{04}")
    #expect(try second.expectExit() == 0)
    let after = try Data(contentsOf: URL(fileURLWithPath: progressPath))
    #expect(after.starts(with: cut.prefix(lastLineStart)))
    #expect(try reviews() == 2)
    let backups = try FileManager.default.contentsOfDirectory(atPath: folder + "/progress/kim")
      .filter { $0.hasPrefix("tiny.jsonl.torn-") }
    #expect(backups.count == 1)
    let backup = try Data(contentsOf: URL(fileURLWithPath: folder + "/progress/kim/" + backups[0]))
    #expect(backup == cut.suffix(from: lastLineStart))
  }

  @Test(
    "a full disk: the answer is not acknowledged, no partial line is left, earlier events are intact"
  )
  func fullDisk() throws {
    // Create the file and one review, then allow only a little more growth.
    let first = try start()
    try answerOne(first)
    try first.expect("> ")
    try first.send(":quit\r")
    _ = try first.expectExit()
    let before = try Data(contentsOf: URL(fileURLWithPath: progressPath))
    // `ulimit -f` counts 1024-byte blocks: the session-start line (about 120 bytes with the deck version
    // it records) fits in the 150 left, the next review does not.
    let limit = (before.count + 160) / 1024 + 1
    let padding = limit * 1024 - before.count - 150
    // Pad the file with a harmless blank line so the limit falls just after the session-start event.
    let handle = try #require(FileHandle(forWritingAtPath: progressPath))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(repeating: 0x20, count: max(0, padding)) + Data("\n".utf8))
    try handle.close()
    let padded = try Data(contentsOf: URL(fileURLWithPath: progressPath))
    let terminal = try start(shell: "ulimit -f \(limit)")
    try terminal.expect("answer")
    try terminal.expect("> ")
    try terminal.send("liver\r")
    try terminal.expect("rating [Enter = ")
    try terminal.expect("> ")
    try terminal.send("\r")
    try terminal.expect("could not save the answer")
    try terminal.expect("> ")
    try terminal.send(":quit\r")
    _ = try terminal.expectExit()
    let after = try Data(contentsOf: URL(fileURLWithPath: progressPath))
    #expect(after.starts(with: padded), "earlier events intact")
    #expect(after.last == 10, "no partial line")
    #expect(try reviews() == 1)
    #expect(!terminal.output.contains("Saved · Good"))
  }

  /// 20 kills by default, 200 with `RECALL_TEST_SCALE=full` (``TestScale``).
  @Test(
    "killed with SIGKILL at random moments, a session never loses an acknowledged review",
    .tags(.heavy))
  func randomKills() throws {
    let kills = try TestScale.count(quick: 20, full: 200)
    var random = SplitMix64(seed: 2026)
    var acknowledged = 0
    for run in 0..<kills {
      let terminal = try start()
      let answers = Int(random.next() % 3)
      do {
        for index in 0..<answers {
          try terminal.expect("> ")
          // An answer of the form the prompt asks for (a slip would be asked again, not graded): right,
          // wrong and blank answers in turn, so every kind of review is written when the kill comes.
          try terminal.send(Self.answer(to: terminal.output, turn: run + index) + "\r")
          try terminal.expect("rating [Enter = ")
          try terminal.expect("> ")
          try terminal.send("\r")
          // Kill sometimes right after Enter, before the acknowledgement can be read.
          if random.next() % 4 == 0 { break }
          try terminal.expect("Saved · ")
        }
      }
      usleep(UInt32(random.next() % 20_000))
      terminal.kill(signal: SIGKILL)
      _ = try terminal.expectExit()
      acknowledged += terminal.output.components(separatedBy: "Saved · ").count - 1
      // Every acknowledged review is in the file, and the file reads (a torn tail would be reported).
      let found = try reviews()
      #expect(
        found >= acknowledged,
        "run \(run): \(found) reviews in the file, \(acknowledged) acknowledged")
      acknowledged = found
      let text = try String(contentsOfFile: progressPath, encoding: .utf8)
      #expect(text.hasSuffix("\n"), "run \(run): the file ends with a whole line")
      // Every review names the presentation shown and the rung of its unit's ladder.
      let reviewLines = text.split(separator: "\n").filter { $0.contains(#""type":"review""#) }
      #expect(
        reviewLines.allSatisfy { $0.contains(#""rung":"#) }, "run \(run): a review without its rung"
      )
    }
  }

  /// An answer for the prompt that `output` ends with: true/false, a letter, or a typed word.
  static func answer(to output: String, turn: Int) -> String {
    let prompt = output.suffix(40)
    if prompt.contains("true or false") { return ["t", "f", ""][turn % 3] }
    if prompt.contains("answer (a") { return ["a", "b", "", "d"][turn % 4] }
    if prompt.contains("answer (letters)") { return ["a c", "b", ""][turn % 3] }
    if prompt.contains("answer (a number)") { return ["3", "40", ""][turn % 3] }
    return ["heart", "liver", "", "brain"][turn % 4]
  }
}
