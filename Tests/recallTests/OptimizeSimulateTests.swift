import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `recall optimize` and `recall simulate` on the real built binary, with real progress files.
@Suite("recall optimize and simulate", .serialized)
struct OptimizeSimulateTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  let progress: String

  init() throws {
    progress = NSTemporaryDirectory() + "recall-optimize-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: progress, withIntermediateDirectories: true)
  }

  /// Runs the binary; returns its exit status, standard output and standard error.
  func run(_ arguments: [String], now: String = "2026-10-01T12:00:00Z") throws -> (
    status: Int32, output: String, error: String
  ) {
    let result = try ChildProcess.run(
      BuiltProducts.executable(named: "recall"), arguments, directory: Self.packageRoot,
      environment: [
        "RECALL_NOW": now, "RECALL_SEED": "7", "RECALL_PROGRESS_DIR": progress,
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
      ])
    return (result.status, result.output, result.error)
  }

  func cardIDs() throws -> [String] {
    try cards().map(\.id)
  }

  /// The deck's cards, with the rung of each card's kind.
  func cards() throws -> [(id: String, rung: Int)] {
    let export = try run(["deck", "export", "calcinosis-cutis", "--format", "json"])
    let cards = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [[String: Any]]
    let rungs = [
      "truefalse": 0, "choice": 1, "select": 2, "cloze": 3, "recall": 4, "reverse": 4, "number": 4,
      "list": 5,
    ]
    return (cards ?? []).compactMap { card in
      guard let id = card["id"] as? String, let kind = card["kind"] as? String,
        let rung = rungs[kind]
      else { return nil }
      return (id, rung)
    }
  }

  func writeProgress(
    learner: String, cards: [String], days: Int, rungs: [String: Int] = [:]
  ) throws -> String {
    let folder = progress + "/" + learner
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/calcinosis-cutis.jsonl"
    try SyntheticProgress.text(
      learner: learner, deck: "calcinosis-cutis", cards: cards, days: days, seed: 42, rungs: rungs
    ).write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The rows of optimize's "held-out log loss by rung" table: rung name, reviews, current, fitted.
  func rungRows(_ output: String) -> [(rung: String, reviews: Int, current: Double, fitted: Double)]
  {
    output.split(separator: "\n").compactMap { line in
      let words = line.split(separator: " ")
      guard words.count == 5, words[1].hasPrefix("("), let reviews = Int(words[2]),
        let current = Double(words[3]), let fitted = Double(words[4])
      else { return nil }
      return (String(words[0]), reviews, current, fitted)
    }
  }

  /// The number N of "compared on the latest N" in optimize's output.
  func heldOutCount(_ output: String) -> Int? {
    guard let range = output.range(of: "compared on the latest ") else { return nil }
    return Int(output[range.upperBound...].prefix { $0.isNumber })
  }

  @Test("optimize reports both losses, saves better parameters, and the schedule follows them")
  func optimizesAndSaves() throws {
    let path = try writeProgress(learner: "ana", cards: try cardIDs(), days: 270)
    let before = try run(["simulate", "--learner", "ana", "--days", "5"])
    #expect(before.status == 0)
    #expect(before.output.contains("default parameters"))

    let result = try run(["optimize", "--learner", "ana"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Optimizing FSRS-6 for learner ana · deck calcinosis-cutis"))
    #expect(result.output.contains("log loss  RMSE(bins)"))
    #expect(result.output.contains("current (default)"))
    #expect(result.output.contains("better: saved to"))
    // A file written before rungs were logged: every held-out review counts at the produce rung.
    let rows = rungRows(result.output)
    #expect(rows.map(\.rung) == ["produce"])
    #expect(rows.first?.reviews == heldOutCount(result.output))
    #expect(
      result.output.contains("reviews logged without a rung, before rungs were: counted as produce")
    )
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let event = try #require(lines.last)
    #expect(event.contains(#""type":"parameters","w":["#))

    // The replay now uses them: `simulate` says so, and a second run compares against them.
    let after = try run(["simulate", "--learner", "ana", "--days", "5"])
    #expect(after.output.contains("fitted parameters"))
    #expect(after.output != before.output)
    let linesBefore = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count
    let again = try run(["optimize", "--learner", "ana"])
    #expect(again.status == 0)
    #expect(again.output.contains("current (fitted)"))
    // A new event only when the new fit beats the one in force; otherwise the file is untouched.
    let linesAfter = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count
    if again.output.contains("the current parameters stay") {
      #expect(linesAfter == linesBefore)
    } else {
      #expect(again.output.contains("better: saved to"))
      #expect(linesAfter == linesBefore + 1)
    }
  }

  @Test("with rungs logged, optimize prints every rung's held-out log loss, and the rows add up")
  func logLossByRung() throws {
    let cards = try cards()
    _ = try writeProgress(
      learner: "eve", cards: cards.map(\.id), days: 200,
      rungs: Dictionary(cards.map { ($0.id, $0.rung) }) { first, _ in first })
    let result = try run(["optimize", "--learner", "eve"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("held-out log loss by rung"))
    #expect(result.output.contains("    rung (guess rate)         reviews   current    fitted"))
    let rows = rungRows(result.output)
    #expect(rows.map(\.rung) == ["judge", "choose", "select", "complete", "produce", "list"])
    #expect(result.output.contains("judge (0.50)"))
    #expect(result.output.contains("choose (0.25)"))
    #expect(rows.map(\.reviews).reduce(0, +) == heldOutCount(result.output))
    #expect(rows.allSatisfy { $0.current > 0 && $0.fitted > 0 })
    #expect(!result.output.contains("logged without a rung"))
  }

  @Test(
    "simulate runs the study queue: 20 new units a day through their learning steps, per day and per unit"
  )
  func simulatesTheQueue() throws {
    let result = try run(["simulate", "--learner", "dee", "--days", "3"])
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(
      lines.contains {
        $0.hasPrefix("  0 units studied, ") && $0.contains(" new left; 20 new units")
      })
    // Day 1: 20 units introduced, each answered at least twice (the 1- and 10-minute steps).
    let dayOne = try #require(lines.first { $0.hasPrefix("     1 ") }).split(separator: " ")
    let reviews = try #require(Int(dayOne[1]))
    #expect(reviews >= 40)
    #expect(dayOne[3] == "20" && dayOne[4] == "20")
    let days = lines.filter { line in
      let words = line.split(separator: " ")
      return line.hasPrefix("     ") && words.count == 6 && Int(words[0]) != nil
    }
    let total = days.compactMap { Int($0.split(separator: " ")[1]) }.reduce(0, +)
    #expect(days.count == 3)
    #expect(result.output.contains("reviews a day: mean "))
    #expect(result.output.contains("reviews per unit answered: mean "))
    // Every answer counted once by rung; new units start at the lowest rung.
    let byRung = try #require(lines.first { $0.hasPrefix("  answers by rung: ") })
    let counts = byRung.dropFirst("  answers by rung: ".count).split(separator: ",").compactMap {
      Int($0.split(separator: " ").last ?? "")
    }
    #expect(counts.count == 6)
    #expect(counts.reduce(0, +) == total)
    #expect(counts[0] > 0)
    // A forecast writes nothing.
    #expect(!FileManager.default.fileExists(atPath: progress + "/dee/calcinosis-cutis.jsonl"))
  }

  @Test("too little history: a clear message and a failing status, and the file is untouched")
  func tooLittleHistory() throws {
    let path = try writeProgress(learner: "new", cards: Array(try cardIDs().prefix(5)), days: 10)
    let before = try String(contentsOfFile: path, encoding: .utf8)
    let result = try run(["optimize", "--learner", "new"])
    #expect(result.status != 0)
    #expect(result.error.contains("Not enough review history to fit parameters"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
  }

  @Test("a session holding the file's lock: optimize refuses")
  func refusesWhileLocked() throws {
    _ = try writeProgress(learner: "busy", cards: Array(try cardIDs().prefix(50)), days: 60)
    let lock = open(progress + "/busy/calcinosis-cutis.jsonl.lock", O_RDWR | O_CREAT, 0o644)
    #expect(lock >= 0)
    defer { close(lock) }
    #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
    let result = try run(["optimize", "--learner", "busy"])
    #expect(result.status != 0)
    #expect(result.error.contains("busy/calcinosis-cutis.jsonl"))
  }

  @Test("--class fits each learner; simulate is the same for the same seed")
  func classAndSimulate() throws {
    let cards = try cardIDs()
    _ = try writeProgress(learner: "bo", cards: cards, days: 270)
    _ = try writeProgress(learner: "cy", cards: Array(cards.prefix(5)), days: 10)
    let result = try run(["optimize", "--class"])
    #expect(result.status == 0)
    #expect(result.output.contains("learner bo"))
    #expect(result.output.contains("Not enough review history"))
    let first = try run(["simulate", "--learner", "bo", "--days", "40", "--retention", "0.85"])
    let second = try run(["simulate", "--learner", "bo", "--days", "40", "--retention", "0.85"])
    #expect(first.status == 0)
    #expect(first.output == second.output)
    #expect(first.output.contains("week  reviews  forgotten  new  learned  recalled"))
    #expect(first.output.contains("0.85"))
    #expect(first.output.contains("retention  reviews/day"))
  }
}
