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

  @Test(
    "recall class on a class larger than a batch: unreadable files warned in learner order, no bar off a terminal"
  )
  func classWarnsInLearnerOrder() throws {
    let (a, _, _) = try typedCards()
    let learners = (0..<150).map { String(format: "learner-%03d", $0) }
    for (index, learner) in learners.enumerated() {
      let broken = index % 37 == 5
      try write(
        learner,
        broken
          ? ["not json"]
          : [
            review("2026-11-2\(index % 5)T09:00:00.000Z", a, 1 + index % 4, answer: "x\(index % 3)")
          ])
    }
    let result = try recall(["class", "--deck", deck, "--progress-dir", progress, "--json"])
    #expect(result.status == 0, "\(result.err)")
    let warned = result.err.split(separator: "\n").map { line in
      line.split(separator: "/").first { $0.hasPrefix("learner-") }.map(String.init) ?? String(line)
    }
    #expect(warned == ["learner-005", "learner-042", "learner-079", "learner-116"])
    let report = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
    let rows = report?["learners"] as? [[String: Any]] ?? []
    #expect(rows.count == 146)
    #expect(
      rows.compactMap { $0["learner"] as? String } == learners.filter { !warned.contains($0) })
  }
}
