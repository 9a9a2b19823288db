import Foundation
import Testing

/// `recall class` without --deck: the deck the learners study (ClassCommand).
extension ReportCommandsTests {
  @Test("recall class without --deck reports the one deck the learners study")
  func classFindsTheStudiedDeck() throws {
    _ = try writeClass()
    let result = try recall(
      ["class", "--progress-dir", progress], environment: ["RECALL_DECKS": folder])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("Recall class · Drugs & <sites> · 3 learners · 2026-11-25\n"))
  }

  @Test(
    "recall class without --deck, learners of several decks: each deck listed, --deck asked for")
  func classListsSeveralDecks() throws {
    _ = try writeClass()
    let other = progress + "/ana/calcinosis-cutis.jsonl"
    try
      #"{"format":"recall-progress","version":1,"learner":"ana","deck":"calcinosis-cutis","created":"2026-11-01T09:00:00.000Z"}"#
      .appending("\n").write(toFile: other, atomically: true, encoding: .utf8)
    let result = try recall(
      ["class", "--progress-dir", progress], environment: ["RECALL_DECKS": folder])
    #expect(result.status != 0)
    #expect(
      result.err
        == "Error: \(progress): learners study several decks: calcinosis-cutis (1 learner), "
        + "drugs (3 learners); choose one with --deck\n")
    let none = folder + "/None"
    try FileManager.default.createDirectory(atPath: none, withIntermediateDirectories: true)
    let empty = try recall(["class", "--progress-dir", none])
    #expect(empty.status != 0)
    #expect(empty.err.contains("\(none): no learner has a progress file here"))
  }
}
