import Foundation
import TestSupport
import Testing

/// Suspending and bringing units back with the real binary: `:suspend` and `:undo` in a session (they act on
/// the unit asked), then `recall card suspended` and `recall card unsuspend` (a unit id, or the id of any card
/// of the unit).
@Suite("recall card: suspended cards, end to end", .serialized)
struct CardCommandTests {
  let folder: String
  var deck: String { folder + "/tiny.yaml" }
  var progress: String { folder + "/progress/kim/tiny.jsonl" }

  init() throws {
    folder = NSTemporaryDirectory() + "recall-card-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try ResilienceTests.deck.write(toFile: deck, atomically: true, encoding: .utf8)
  }

  func run(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String) {
    let result = try ChildProcess.run(
      BuiltProducts.executable(named: "recall"), arguments + ["--deck", deck], directory: folder,
      environment: [
        "RECALL_NOW": "2026-11-25T10:00:00Z", "RECALL_SEED": "1", "RECALL_LEARNER": "kim",
        "RECALL_PROGRESS_DIR": folder + "/progress", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        "HOME": folder,
      ], input: input, standardError: .mergedIntoOutput)
    return (result.status, result.output)
  }

  /// The `type` of each event line after the header.
  func eventTypes() throws -> [String] {
    let lines = try String(contentsOfFile: progress, encoding: .utf8).split(separator: "\n")
    return lines.dropFirst().compactMap { line in
      line.range(of: #""type":""#).map { range in
        String(line[range.upperBound...].prefix { $0 != "\"" })
      }
    }
  }

  @Test(":undo takes back :suspend: an unsuspend event is appended and the card is asked again")
  func undoSuspend() throws {
    let session = try run(["study"], input: ":suspend\n:undo\n:quit\n")
    #expect(session.status == 0, "\(session.output)")
    #expect(session.output.contains("Took back the suspension of: Which organ does"))
    #expect(!session.output.contains("Nothing to undo"))
    #expect(
      try eventTypes() == ["session-start", "suspend", "unsuspend", "session-end"])
    let listed = try run(["card", "suspended"])
    #expect(listed.output.contains("No suspended units (learner kim, deck tiny)."))
  }

  @Test("card suspended lists the suspended units; card unsuspend brings one back by its unit id")
  func listAndUnsuspend() throws {
    let session = try run(["study"], input: ":suspend\n:quit\n")
    #expect(session.status == 0, "\(session.output)")
    let listed = try run(["card", "suspended"])
    #expect(listed.status == 0)
    #expect(listed.output.contains("1 suspended unit · learner kim · deck tiny"))
    let line = try #require(listed.output.split(separator: "\n").dropFirst().first)
    let id = try #require(line.split(separator: " ").first.map(String.init))
    #expect(id == "f1")  // the unit: the first fact, whichever of its cards was shown
    #expect(line.contains("2026-11-25"))
    #expect(line.contains("Which organ does digoxin act on? — heart"))  // its lesson

    let unsuspended = try run(["card", "unsuspend", id])
    #expect(unsuspended.status == 0, "\(unsuspended.output)")
    #expect(unsuspended.output.contains("Unsuspended \(id)"))
    #expect(try eventTypes().suffix(2) == ["session-end", "unsuspend"])
    #expect(try run(["card", "suspended"]).output.contains("No suspended units"))

    let again = try run(["card", "unsuspend", id])
    #expect(again.status != 0)
    #expect(again.output.contains("unit \(id) is not suspended"))
  }

  @Test("card unsuspend takes the id of any card of a suspended unit, and names the suspended card")
  func unsuspendByCard() throws {
    let session = try run(["study"], input: ":suspend\n:quit\n")
    #expect(session.status == 0, "\(session.output)")
    let suspended = try #require(try suspendedCard())
    #expect(suspended.hasPrefix("f1."))
    // Another card of the same unit brings the unit back; the event names the card that was suspended, so
    // that a replay card by card reads it too.
    let other = suspended == "f1.recall.forward" ? "f1.choice.forward" : "f1.recall.forward"
    let unsuspended = try run(["card", "unsuspend", other])
    #expect(unsuspended.status == 0, "\(unsuspended.output)")
    #expect(unsuspended.output.contains("Unsuspended f1: it comes back in your next session."))
    let last = try String(contentsOfFile: progress, encoding: .utf8).split(separator: "\n").last
    #expect(last?.contains(#""type":"unsuspend""#) == true)
    #expect(last?.contains(#""card":"\#(suspended)""#) == true)
    let wrong = try run(["card", "unsuspend", "f2.recall.forward"])
    #expect(wrong.status != 0)
    #expect(wrong.output.contains("card f2.recall.forward (unit f2) is not suspended"))
  }

  /// The card named by the last suspend event of the progress file.
  func suspendedCard() throws -> String? {
    let lines = try String(contentsOfFile: progress, encoding: .utf8).split(separator: "\n")
    guard let line = lines.last(where: { $0.contains(#""type":"suspend""#) }),
      let range = line.range(of: #""card":""#)
    else { return nil }
    return String(line[range.upperBound...].prefix { $0 != "\"" })
  }

  @Test(
    ":suspend puts the whole unit away: no presentation of it is asked again until card unsuspend")
  func suspendsTheUnit() throws {
    let first = try run(["study"], input: ":suspend\n:quit\n")
    #expect(first.output.contains("[1] new · choice\nWhich organ does digoxin act on?"))
    // The unit's other presentation (the typed question) is not asked either: five units, four left.
    let next = try run(["study", "--no-teach"], input: "b\n\n:quit\n")
    #expect(next.status == 0, "\(next.output)")
    #expect(next.output.contains("Due 0 · learning 0 · new 4"))
    // Digoxin may be named in why another card's wrong option is wrong, but its question is not asked.
    #expect(!next.output.split(separator: "\n").contains("Which organ does digoxin act on?"))
    #expect(!next.output.contains("] new · choice\nWhich organ does digoxin"))
    let listed = try run(["card", "suspended"])
    #expect(listed.output.contains("1 suspended unit · learner kim · deck tiny\n  f1  "))
    #expect(try run(["card", "unsuspend", "f1.choice.forward"]).status == 0)
    let back = try run(["study", "--no-teach"], input: ":quit\n")
    #expect(back.output.contains("Due 0 · learning 1 · new 4"), "insulin's unit is learning")
    #expect(back.output.contains("Which organ does digoxin act on?"))
  }

  @Test("card unsuspend with no progress file says so")
  func noProgress() throws {
    let result = try run(["card", "unsuspend", "f1.recall.forward"])
    #expect(result.status != 0)
    #expect(result.output.contains("learner kim has no progress in tiny"))
  }
}
