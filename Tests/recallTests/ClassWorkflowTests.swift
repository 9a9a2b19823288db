import Foundation
import ProgressCore
import TestSupport
import Testing

/// A class as a teacher and their learners run it with the built binary: `class init` from a roster,
/// learners' sessions and `progress export`, `class collect`, the class view, the gradebook and a fixed
/// quiz, each with a fixed clock.
@Suite("recall class: a class from roster to gradebook", .serialized)
struct ClassWorkflowTests {
  let folder: String
  let deck: String

  init() throws {
    folder = NSTemporaryDirectory() + "recall-class-" + UUID().uuidString
    deck = folder + "/drugs.yaml"
    try FileManager.default.createDirectory(
      atPath: folder + "/inbox", withIntermediateDirectories: true)
    try MiniDeck.yaml(title: "Drugs").write(toFile: deck, atomically: true, encoding: .utf8)
    try "Ana Lima\nBen Okafor\nCy Ng\n".write(
      toFile: folder + "/roster.txt", atomically: true, encoding: .utf8)
  }

  /// Runs the binary in the test's folder (with `input` on standard input).
  func recall(
    _ arguments: [String], input: String = "", now: String = "2026-11-25T10:00:00Z"
  ) throws -> ChildProcess.Result {
    try ChildProcess.run(
      BuiltProducts.executable(named: "recall"), arguments, directory: folder,
      environment: [
        "TZ": "UTC", "RECALL_NOW": now, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        "HOME": folder, "RECALL_CLASSES_DIR": folder + "/Classes", "RECALL_SEED": "3",
      ], input: input)
  }

  func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
  }

  func write(_ text: String, to path: String) throws {
    try text.write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
  }

  /// A learner's own progress folder.
  func progress(_ learner: String) -> String { "students/" + learner }

  /// `learner` studies in their own folder, typing `answers` (empty answers: "I don't know").
  func study(_ learner: String, answers: Int, now: String) throws {
    let result = try recall(
      ["study", "--deck", "drugs.yaml", "--learner", learner, "--progress-dir", progress(learner)],
      input: String(repeating: "\n", count: answers), now: now)
    #expect(result.status == 0, "\(result.error)")
  }

  func export(_ learner: String, to path: String) throws {
    let result = try recall([
      "progress", "export", "--deck", "drugs.yaml", "--learner", learner, "--progress-dir",
      progress(learner), "-o", path,
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.output.hasPrefix("Wrote \(path): learner \(learner), deck drugs (last studied v1 "))
  }

  func makeClass() throws {
    let made = try recall(["class", "init", "7b", "--deck", "drugs.yaml", "--roster", "roster.txt"])
    #expect(made.status == 0, "\(made.error)")
    #expect(made.output.hasPrefix("Wrote \(folder)/Classes/7b.yaml: 3 learners, deck drugs (v1 "))
  }

  @Test(
    "init from a roster, learners export, one collect files them all, refusing strangers; the class view and the CSV"
  )
  func workflow() throws {
    try makeClass()
    let classFile = try String(contentsOfFile: folder + "/Classes/7b.yaml", encoding: .utf8)
    #expect(classFile.contains("  ana-lima: \"Ana Lima\"\n  ben-okafor: \"Ben Okafor\"\n"))
    #expect(classFile.contains("deck: \"../drugs.yaml\""))
    #expect(try recall(["class", "init", "7b", "--deck", "drugs.yaml"]).status != 0)

    try study("ana-lima", answers: 6, now: "2026-11-16T09:00:00Z")
    try study("ben-okafor", answers: 3, now: "2026-11-24T09:00:00Z")
    // The session recorded the version of the deck studied: its file's hash and its version field.
    let own = try String(
      contentsOfFile: folder + "/students/ana-lima/ana-lima/drugs.jsonl", encoding: .utf8)
    let hash = DeckVersion(deckText: MiniDeck.yaml(title: "Drugs"), number: 1).hash
    #expect(own.contains(#""mode":"study","deckVersion":1,"deckHash":"\#(hash)""#))
    try export("ana-lima", to: "inbox/ana.jsonl")
    try export("ben-okafor", to: "inbox/ben.jsonl")
    #expect(try bytes("inbox/ana.jsonl") == bytes("students/ana-lima/ana-lima/drugs.jsonl"))
    // Strangers: a learner off the roster, another deck.
    try write(
      #"{"format":"recall-progress","version":1,"learner":"zed","deck":"drugs","created":"2026-11-01T09:00:00.000Z"}"#
        + "\n", to: "inbox/zed.jsonl")
    try write(
      #"{"format":"recall-progress","version":1,"learner":"cy-ng","deck":"burns","created":"2026-11-01T09:00:00.000Z"}"#
        + "\n", to: "inbox/other.jsonl")

    let collected = try recall(["class", "collect", "inbox", "--class", "7b"])
    #expect(collected.status == 1)
    #expect(collected.output.contains("inbox/ana.jsonl: Ana Lima (ana-lima): new, "))
    #expect(collected.output.contains("inbox/ben.jsonl: Ben Okafor (ben-okafor): new, "))
    #expect(
      collected.output.hasSuffix(
        "Collected 4 files for 7b: 2 new, 0 updated, 0 unchanged, 0 older; 2 refused, 0 forked\n"))
    #expect(
      collected.error.contains(
        "error: inbox/zed.jsonl: learner zed is not on the roster of 7b (\(folder)/Classes/7b.yaml)"
      ))
    #expect(
      collected.error.contains(
        "error: inbox/other.jsonl: progress in deck burns, but class 7b studies drugs"))
    #expect(try bytes("Classes/7b/ana-lima/drugs.jsonl") == bytes("inbox/ana.jsonl"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/Classes/7b/zed"))

    // The class view: the roster is the class, Cy never started; who needs help is marked.
    let view = try recall(["class", "--class", "7b"])
    #expect(view.status == 0, "\(view.error)")
    let lines = view.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "Recall class · 7b · Drugs · 3 learners · 2026-11-25")
    #expect(lines.contains("! Cy Ng                not started"))
    #expect(lines.contains { $0.hasPrefix("  ! Cy Ng            not started") })
    #expect(lines.contains { $0.hasPrefix("  ! Ana Lima         no study for 9 days") })
    #expect(lines.contains("  v1 \(hash.prefix(8)) (current)  2 learners"))
    let behind = try recall(["class", "--class", "7b", "--behind", "--sort", "name"])
    #expect(behind.output.contains("! Ana Lima") && !behind.output.contains("  Ben Okafor  "))

    let csv = try recall(["class", "--class", "7b", "--csv", "-", "--sort", "name"])
    let rows = csv.output.components(separatedBy: "\r\n")
    #expect(
      rows.first
        == "Student,ID,SIS User ID,SIS Login ID,Section,Units known,True retention (%),Reviews,Last active"
    )
    #expect(rows.count == 5 && rows[1].hasPrefix("Ana Lima,,,ana-lima,,0,,"))
    #expect(rows[3] == "Cy Ng,,,cy-ng,,0,,0,")
    let file = try recall(["class", "--class", "7b", "--csv", "grades.csv"])
    #expect(file.output == "Wrote grades.csv: 3 learners\n")
    #expect(
      try String(contentsOfFile: folder + "/grades.csv", encoding: .utf8).hasPrefix("Student,"))

    let json = try recall(["class", "--class", "7b", "--json"])
    let checker = try SchemaChecker(path: packageRoot.path + "/docs/schemas/class.schema.json")
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8))
    #expect(checker.problems(object) == [])
    let notStarted = (object as? [String: Any])?["notStarted"] as? [[String: Any]]
    #expect(notStarted?.map { $0["learner"] as? String } == ["cy-ng"])
  }

  @Test("a newer copy replaces the one held only when it continues it; a fork is kept beside it")
  func appendOnly() throws {
    try makeClass()
    try study("ana-lima", answers: 2, now: "2026-11-20T09:00:00Z")
    try export("ana-lima", to: "inbox/week1.jsonl")
    #expect(try recall(["class", "collect", "inbox/week1.jsonl", "--class", "7b"]).status == 0)
    try study("ana-lima", answers: 2, now: "2026-11-22T09:00:00Z")
    try export("ana-lima", to: "week2.jsonl")

    let updated = try recall(["class", "collect", "week2.jsonl", "--class", "7b"])
    #expect(updated.status == 0 && updated.output.contains(": updated, +"))
    #expect(try bytes("Classes/7b/ana-lima/drugs.jsonl") == bytes("week2.jsonl"))
    let again = try recall([
      "class", "collect", "week2.jsonl", "inbox/week1.jsonl", "--class", "7b",
    ])
    #expect(again.status == 0)
    #expect(again.output.contains("week2.jsonl: Ana Lima (ana-lima): unchanged\n"))
    #expect(
      again.output.contains("inbox/week1.jsonl: Ana Lima (ana-lima): older than the copy held"))
    #expect(try bytes("Classes/7b/ana-lima/drugs.jsonl") == bytes("week2.jsonl"))

    // An edited history: one event taken out of the middle.
    var lines = try String(contentsOfFile: folder + "/week2.jsonl", encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
    lines.remove(at: 2)
    try write(lines.joined(separator: "\n"), to: "edited.jsonl")
    let forked = try recall(["class", "collect", "edited.jsonl", "--class", "7b"])
    #expect(forked.status == 1)
    #expect(forked.error.contains("warning: edited.jsonl: Ana Lima (ana-lima): forked history"))
    #expect(try bytes("Classes/7b/ana-lima/drugs.jsonl") == bytes("week2.jsonl"))
    let kept = try FileManager.default.contentsOfDirectory(atPath: folder + "/Classes/7b/ana-lima")
      .filter { $0.hasPrefix("drugs.jsonl.fork-") }
    #expect(kept.count == 1)
    #expect(try bytes("Classes/7b/ana-lima/" + kept[0]) == bytes("edited.jsonl"))
    // Collecting the same fork again keeps it once.
    _ = try recall(["class", "collect", "edited.jsonl", "--class", "7b"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder + "/Classes/7b/ana-lima").count
        == 2)
    // The class view counts the copy held, and says which learner has a fork to settle.
    let view = try recall(["class", "--class", "7b"])
    #expect(view.status == 0)
    #expect(
      view.error.contains(
        "/Classes/7b/ana-lima/\(kept[0]): a forked copy of ana-lima's history, not counted")
    )
    #expect(
      view.output.contains("Forked histories to settle (the copy held is counted):\n  Ana Lima\n"))
    let json = try recall(["class", "--class", "7b", "--json"])
    #expect(json.output.contains("\"forkedHistories\": [\n    \"ana-lima\"\n  ]"))
  }

  @Test("a fixed quiz: every learner gets the same questions; the class view shows each result")
  func fixedQuiz() throws {
    try makeClass()
    var text = try String(contentsOfFile: folder + "/Classes/7b.yaml", encoding: .utf8)
    text = text.replacingOccurrences(
      of: "quizzes: {}",
      with: "quizzes:\n  week-1:\n    title: Week 1\n    questions: 2\n    seed: 5\n    ask: choose"
    )
    try write(text, to: "Classes/7b.yaml")
    var asked: [String] = []
    for (learner, answers) in [("ana-lima", "a\na\n"), ("ben-okafor", "b\nb\n")] {
      let quiz = try recall(
        ["quiz", "--set", "week-1", "--learner", learner, "--progress-dir", progress(learner)],
        input: answers, now: "2026-11-24T09:00:00Z")
      #expect(quiz.status == 0, "\(quiz.error)")
      #expect(quiz.output.contains("Recall quiz · Drugs · Week 1 · 2 questions"))
      asked.append(quiz.output.components(separatedBy: "Result:")[0])
      try export(learner, to: "inbox/\(learner).jsonl")
    }
    #expect(asked[0] == asked[1], "the same questions, options in the same order")
    // The teacher's preview lists the same questions, in the order asked, without saving anything.
    let preview = try recall(["class", "quiz", "week-1"])
    #expect(preview.status == 0, "\(preview.error)")
    #expect(preview.output.hasPrefix("7b · week-1 · Week 1: 2 questions ("), "\(preview.output)")
    let lines = preview.output.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
      .split(separator: "\n").map(String.init)
    let prompts = lines.indices.dropLast().filter {
      lines[$0].contains(" · ") && !lines[$0].hasPrefix(" ")
    }
    .map { String(lines[$0 + 1].trimmingCharacters(in: .whitespaces).prefix(30)) }
    #expect(prompts.count == 2)
    let places = prompts.compactMap { asked[0].range(of: $0)?.lowerBound }
    #expect(places.count == 2 && places == places.sorted(), "\(prompts)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/Progress"))
    let file = try String(contentsOfFile: folder + "/inbox/ana-lima.jsonl", encoding: .utf8)
    #expect(file.contains(#""type":"session-start","mode":"quiz","deckVersion":1,"#))
    #expect(file.contains(#""set":"week-1"}"#))
    #expect(try recall(["class", "collect", "inbox", "--class", "7b"]).status == 0)
    let view = try recall(["class", "--class", "7b"])
    #expect(view.output.contains("week-1 · Week 1 · 2 questions · 2 of 3 learners took it"))
    #expect(view.output.contains("    not taken: Cy Ng\n"))
    let csv = try recall(["class", "--class", "7b", "--csv", "-"])
    #expect(csv.output.hasPrefix("Student,ID,SIS User ID,SIS Login ID,Section,Units known,"))
    #expect(csv.output.components(separatedBy: "\r\n")[0].hasSuffix(",Week 1 (%)"))

    let unknown = try recall(["quiz", "--set", "week-9", "--learner", "ana-lima"])
    #expect(unknown.status != 0)
    #expect(unknown.error.contains("no class file in \(folder)/Classes defines a quiz 'week-9'"))
    let mixed = try recall(["quiz", "--set", "week-1", "--questions", "3"])
    #expect(mixed.status != 0 && mixed.error.contains("--set takes its questions"))
  }

  @Test(
    "without a class: a file in another learner's folder and a loose file are named, not counted")
  func misplacedFiles() throws {
    try study("ana", answers: 2, now: "2026-11-24T09:00:00Z")
    let own = try String(contentsOfFile: folder + "/students/ana/ana/drugs.jsonl", encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: folder + "/students/ana/cara", withIntermediateDirectories: true)
    try write(own, to: "students/ana/cara/drugs.jsonl")
    try write(own, to: "students/ana/cara.jsonl")
    let result = try recall(["class", "--deck", "drugs.yaml", "--progress-dir", "students/ana"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains(" · 1 learner · "))
    #expect(
      result.error.contains(
        "warning: students/ana/cara/drugs.jsonl: the file belongs to learner ana, deck drugs; it is left out"
      ))
    #expect(
      result.error.contains(
        "warning: students/ana/cara.jsonl: not in a learner's folder, left out"))
  }

  @Test("a roster id that is no learner name is refused at its line")
  func badRoster() throws {
    try FileManager.default.createDirectory(
      atPath: folder + "/Classes", withIntermediateDirectories: true)
    try write(
      "deck: drugs.yaml\nroster:\n  amy: Amy\n  \"amy smith\": Amy Smith\n", to: "Classes/x.yaml")
    let result = try recall(["class", "--class", "x"])
    #expect(result.status != 0)
    #expect(
      result.error.contains(
        "\(folder)/Classes/x.yaml:4:3: error: invalid learner name \"amy smith\": use only letters")
    )
  }
}
