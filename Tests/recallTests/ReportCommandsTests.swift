import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `recall stats` and `recall class` as a user runs them: the built binary, a deck file and three learners'
/// progress files written by the test, a fixed clock. Expected figures are counted by hand from the events
/// below; the files must be byte-for-byte the same afterwards, with nothing added beside them.
@Suite("recall stats and recall class", .serialized)
struct ReportCommandsTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// The mini deck, under a title that HTML must escape.
  static let deckYAML = MiniDeck.yaml(title: "Drugs & <sites>")

  let folder: String
  let deck: String
  let progress: String

  init() throws {
    folder = NSTemporaryDirectory() + "recall-reports-" + UUID().uuidString
    progress = folder + "/Progress"
    deck = folder + "/drugs.yaml"
    try FileManager.default.createDirectory(atPath: progress, withIntermediateDirectories: true)
    try Self.deckYAML.write(toFile: deck, atomically: true, encoding: .utf8)
  }

  /// Runs the binary (with `input` on standard input); returns its exit status, standard output and
  /// standard error.
  func recall(
    _ arguments: [String], input: String = "", environment extra: [String: String] = [:]
  ) throws -> (status: Int32, out: String, err: String) {
    let result = try ChildProcess.run(
      BuiltProducts.executable(named: "recall"), arguments, directory: Self.packageRoot,
      environment: [
        "TZ": "UTC", "RECALL_NOW": "2026-11-25T10:00:00Z", "LANG": "C.UTF-8",
        "PATH": "/usr/bin:/bin", "HOME": folder,
      ].merging(extra) { $1 }, input: input)
    return (result.status, result.output, result.error)
  }

  /// Two typed ("recall") card ids of the deck, from `recall deck export`.
  func typedCards() throws -> (String, String, Int) {
    let export = try recall(["deck", "export", deck, "--format", "json"])
    let cards =
      try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [[String: Any]] ?? []
    let typed = cards.filter { $0["kind"] as? String == "recall" }.compactMap {
      $0["id"] as? String
    }
    try #require(typed.count >= 2)
    return (typed[0], typed[1], cards.count)
  }

  func write(_ learner: String, _ lines: [String]) throws {
    try FileManager.default.createDirectory(
      atPath: progress + "/" + learner, withIntermediateDirectories: true)
    let header =
      #"{"format":"recall-progress","version":1,"learner":"\#(learner)","deck":"drugs","created":"2026-11-01T09:00:00.000Z"}"#
    try ([header] + lines).joined(separator: "\n").appending("\n").write(
      toFile: progress + "/\(learner)/drugs.jsonl", atomically: true, encoding: .utf8)
  }

  func review(_ time: String, _ card: String, _ rating: Int, ms: Int = 1000, answer: String? = nil)
    -> String
  {
    let verdict = rating == 1 ? "incorrect" : "correct"
    let typed = answer.map { #","answer":"\#($0)""# } ?? ""
    return
      #"{"t":"\#(time)","type":"review","card":"\#(card)","rating":\#(rating),"ms":\#(ms)\#(typed),"verdict":"\#(verdict)"}"#
  }

  /// ana: card a learnt 3 days ago and passed today (a young review: true retention 1/1); card b failed
  ///   today and flagged. ben: a failed yesterday, a quiz. chloe: b failed and a passed 2 days ago.
  func writeClass() throws -> (a: String, b: String, total: Int) {
    let (a, b, total) = try typedCards()
    try write(
      "ana",
      [
        review("2026-11-22T09:00:00.000Z", a, 3), review("2026-11-22T09:10:00.000Z", a, 3),
        review("2026-11-25T09:00:00.000Z", a, 3, ms: 2000, answer: "x"),
        review("2026-11-25T09:05:00.000Z", b, 1, ms: 3000, answer: "morphine"),
        #"{"t":"2026-11-25T09:06:00.000Z","type":"flag","card":"\#(b)","note":"is <this> right?"}"#,
      ])
    try write(
      "ben",
      [
        review("2026-11-24T09:00:00.000Z", a, 1, answer: "morphine"),
        #"{"t":"2026-11-24T09:30:00.000Z","type":"quiz-result","correct":8,"questions":10,"seconds":90}"#,
      ])
    try write(
      "chloe",
      [
        review("2026-11-23T09:00:00.000Z", b, 1, answer: "  Morphine"),
        review("2026-11-23T09:01:00.000Z", a, 3),
      ])
    return (a, b, total)
  }

  /// Every file under the progress folder with its bytes.
  func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: progress)
    while let name = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = progress + "/" + name
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      files[name] =
        isDirectory.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return files
  }

  @Test(
    "recall stats prints the hand-counted figures in 80 columns, without escape codes off a terminal"
  )
  func stats() throws {
    let (_, _, total) = try writeClass()
    let result = try recall([
      "stats", "--deck", deck, "--learner", "ana", "--progress-dir", progress,
    ])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("Recall stats · Drugs & <sites> · learner ana · 2026-11-25\n"))
    #expect(result.out.contains("Today    2 reviews · 1 right (50%) · 0m 05s answering"))
    #expect(result.out.contains("Streak   1 day (longest 1)"))  // days 22 and 25: not consecutive
    // Units: a (aspirin-site) learnt 3 days ago and passed today is known; b (acts-on.heart.reverse),
    // failed today, is learning; the deck's other six units are new. The deck's 16 cards are 8 units.
    #expect(total == 16)
    #expect(result.out.contains("Units    known 1 · fading 0 · learning 1 · new 6 · suspended 0\n"))
    #expect(result.out.contains("         of 8 units: 4 facts, 4 asked back\n"))
    #expect(result.out.contains("         in review 1: young 1 · mature 0; leeches 0\n"))
    #expect(result.out.contains("  today         100%  1/1"))
    #expect(!result.out.contains("\u{1B}"))
    #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test(
    "an old file naming two cards of one unit and a card the deck no longer makes: one unit, and one apart"
  )
  func oldFileByUnit() throws {
    try write(
      "dora",
      [
        review("2026-11-20T09:00:00.000Z", "aspirin-site.choice.forward", 3),
        review("2026-11-20T09:10:00.000Z", "aspirin-site.choice.forward", 3),
        review("2026-11-24T09:00:00.000Z", "aspirin-site.recall.forward", 3),
        review("2026-11-24T09:05:00.000Z", "aspirin-site.list.forward", 3),
      ])
    let text = try recall([
      "stats", "--deck", deck, "--learner", "dora", "--progress-dir", progress,
    ])
    #expect(text.status == 0, "\(text.err)")
    #expect(text.out.contains("Units    known 1 · fading 0 · learning 0 · new 7 · suspended 0\n"))
    // The typed card's answer yesterday was the unit's first of the day in review: counted; the list card
    // is no longer made, so its review is a unit of its own (a learning step, not counted).
    #expect(text.out.contains("  all time      100%  1/1"))
    let json = try recall([
      "stats", "--deck", deck, "--learner", "dora", "--progress-dir", progress, "--json",
    ])
    let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
    let units = object?["units"] as? [[String: Any]] ?? []
    #expect(units.count == 9)
    let aspirin = units.first { $0["id"] as? String == "aspirin-site" }
    #expect(aspirin?["reviews"] as? Int == 3)
    #expect(aspirin?["state"] as? String == "review")
    #expect(aspirin?["known"] as? Bool == true)
    #expect(units.last?["id"] as? String == "aspirin-site.list.forward")
    #expect(units.last?["inDeck"] as? Bool == false)
    #expect(units.last?["kind"] is NSNull)
  }

  @Test("recall stats --json and recall class --json match their schemas")
  func json() throws {
    _ = try writeClass()
    for (name, arguments) in [
      ("stats", ["stats", "--learner", "chloe"]), ("class", ["class"]),
    ] {
      let result = try recall(arguments + ["--deck", deck, "--progress-dir", progress, "--json"])
      #expect(result.status == 0, "\(result.err)")
      let checker = try SchemaChecker(path: Self.packageRoot + "/docs/schemas/\(name).schema.json")
      let value = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
      #expect(checker.problems(value) == [])
    }
  }

  @Test("recall class: the table, the most missed units, the wrong answers and the flags")
  func classView() throws {
    let (a, b, _) = try writeClass()
    let result = try recall(["class", "--deck", deck, "--progress-dir", progress])
    #expect(result.status == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    // Due: ana's b, ben's a and chloe's b and a are in learning steps; ana's a was passed today, so
    // it is her one known unit.
    // Who needs help comes first; nobody does, so the fewest units known come first.
    #expect(
      Array(lines[2...4]) == [
        "  ben                 0       1     –               1  2026-11-24        1   80%",
        "  chloe               0       2     –               2  2026-11-23        2     –",
        "  ana                 1       2  100%  1/1          1  2026-11-25        4     –",
      ])
    // 8 units × 3 learners; ana studied 2, ben 1, chloe 2; one known.
    #expect(
      lines.contains("  treatment     ████▊···················        1/5  20%  5/24 studied"))
    // b's unit missed by ana and chloe, a's by ben (of the three who answered it).
    #expect(
      lines.contains("    2/2   2/2 wrong     Which drug mainly acts on the heart? — aspirin"))
    #expect(lines.contains("    1/3   1/5 wrong     Where does aspirin mainly act? — heart"))
    #expect(result.out.contains("     2 learners “morphine”"))
    #expect(result.out.contains("“is <this> right?”"))
    let json = try recall(["class", "--deck", deck, "--progress-dir", progress, "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
    let missed = object?["mostMissed"] as? [[String: Any]] ?? []
    #expect(
      missed.map { $0["unit"] as? String } == ["acts-on.heart.reverse", "aspirin-site"])
    #expect(missed.map { $0["learners"] as? Int } == [2, 1])
    #expect(missed.map { $0["wrong"] as? Int } == [2, 1])
    let wrong = object?["wrongAnswers"] as? [[String: Any]] ?? []
    #expect(wrong.map { $0["card"] as? String } == [b, a])
  }

  @Test(
    "--html writes one well-formed page with the four charts; the learners' files are untouched")
  func htmlAndReadOnly() throws {
    _ = try writeClass()
    let before = try snapshot()
    let statsPage = folder + "/stats.html"
    let classPage = folder + "/class.html"
    let stats = try recall([
      "stats", "--deck", deck, "--learner", "ana", "--progress-dir", progress, "--html", statsPage,
    ])
    let teacher = try recall([
      "class", "--deck", deck, "--progress-dir", progress, "--html", classPage,
    ])
    #expect(stats.status == 0 && teacher.status == 0, "\(stats.err)\(teacher.err)")
    #expect(stats.out == "Wrote \(statsPage)\n")
    #expect(try snapshot() == before)
    #expect(!before.keys.contains { $0.hasSuffix(".lock") })
    #if canImport(FoundationXML)
      for page in [statsPage, classPage] {
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: page), options: [])
        for chart in ["forecast", "reviews", "heatmap", "mastery"] {
          let svg = try document.nodes(
            forXPath: "//*[local-name()='figure'][@id='\(chart)']/*[local-name()='svg']")
          #expect(svg.count == 1, "\(page): \(chart)")
        }
        let text = try String(contentsOfFile: page, encoding: .utf8)
        #expect(text.contains("Drugs &amp; &lt;sites&gt;"))
        #expect(!text.contains("<script"))
      }
    #endif
  }

  @Test("a study session's summary and :stats give today's figures as recall stats does")
  func sessionSummary() throws {
    _ = try writeClass()
    // ana has 2 reviews today (one right); she answers two more units wrong, asks :stats and quits.
    // Both are asked as choices (the failed reverse unit one rung down, a new unit at its lowest rung):
    // she picks a wrong option by its words, whatever the shuffle, as any other text is asked again.
    let session = try recall(
      ["study", "--deck", deck, "--learner", "ana", "--progress-dir", progress],
      input: "morphine\n\nkidney\n\n:stats\n:quit\n")
    #expect(session.status == 0, "\(session.err)")
    #expect(!session.out.contains("Asked again"), "both answers are taken as wrong answers")
    let todayLines = session.out.split(separator: "\n").filter { $0.hasPrefix("Today: ") }
    #expect(todayLines.count == 2)  // :stats, then the end of the session
    #expect(todayLines.allSatisfy { $0.hasPrefix("Today: 4 reviews · 1 right (25%) · ") })
    let stats = try recall([
      "stats", "--deck", deck, "--learner", "ana", "--progress-dir", progress,
    ])
    let statsLine = stats.out.split(separator: "\n").first { $0.hasPrefix("Today    ") }
    #expect(
      statsLine.map { String($0.dropFirst(9)) } == todayLines.last.map { String($0.dropFirst(7)) })
  }

  @Test("clear errors: no progress yet, no learners, an unwritable report")
  func errors() throws {
    _ = try writeClass()
    let missing = try recall([
      "stats", "--deck", deck, "--learner", "dora", "--progress-dir", progress,
    ])
    #expect(missing.status != 0)
    #expect(missing.err.contains("\(progress)/dora/drugs.jsonl: no progress yet"))
    let empty = folder + "/Empty"
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let none = try recall(["class", "--deck", deck, "--progress-dir", empty])
    #expect(none.status != 0)
    #expect(none.err.contains("no learner has a progress file for drugs"))
    let unwritable = try recall([
      "class", "--deck", deck, "--progress-dir", progress, "--html", folder + "/no/such/dir/x.html",
    ])
    #expect(unwritable.status != 0)
    #expect(unwritable.err.contains("x.html: cannot write the report"))
  }
}
