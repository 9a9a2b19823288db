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
    "new units taught and answered, Ctrl-C mid-line, Ctrl-D: every answer is in the progress file, and a restart resumes"
  )
  func studiesAndResumes() throws {
    let terminal = try start()
    try terminal.expect("Recall · Calcinosis cutis")
    try terminal.expect("new 20")
    // The first unit is taught, then asked as a statement that is false (not the lesson's own words).
    try terminal.expect("Learn: The defining feature of dystrophic calcification is")
    try terminal.expect("[1] new · truefalse")
    try answer(terminal, "f")
    try answer(terminal, "t")
    // Ctrl-C throws away the half-typed line; the same question is asked again.
    try terminal.expect("> ")
    try terminal.send("half an answ")
    try terminal.expect("half an answ")
    try terminal.send("\u{03}")
    try terminal.expect("> ")
    try terminal.send("f\r")
    try terminal.expect("rating [Enter = ")
    try terminal.expect("> ")
    try terminal.send("3\r")
    try terminal.expect("Saved · Good")
    try answer(terminal, "")
    // A term's definition is taught just before the first fact that names it, and asked typed.
    try terminal.expect("[5] new · reverse")
    try answer(terminal, "calciphylaxis")
    // Ctrl-D on the empty answer line ends the session with a summary.
    try terminal.expect("> ")
    try terminal.send("\u{04}")
    try terminal.expect("Session: 5 answers to 5 units")
    #expect(try terminal.expectExit() == 0)

    let reviews = try reviewLines()
    #expect(reviews.count == 5)
    #expect(!reviews.contains { $0.contains("half an answ") })
    #expect(reviews[2].contains(#""rating":3"#))
    // Each review names the presentation shown and its rung.
    #expect(reviews[0].contains(#""card":"dystrophic-defined-by.truefalse.false""#))
    #expect(reviews[0].contains(#""rung":0"#))
    #expect(reviews[4].contains(#""card":"calciphylaxis.reverse""#))
    #expect(reviews[4].contains(#""rung":4"#))

    // A second session sees the five new units already studied today.
    let again = try start()
    try again.expect("new 15")
    try again.expect("> ")
    try again.send(":quit\r")
    try again.expect("Session: no answers yet")
    #expect(try again.expectExit() == 0)
    #expect(try reviewLines().count == 5)
  }

  @Test("Tab completes commands; :undo takes back the last answer with an appended undo event")
  func undoAndCompletion() throws {
    let terminal = try start()
    try terminal.expect("> ")
    try terminal.send(":un\t")
    try terminal.expect(":undo")
    try terminal.send("\r")
    try terminal.expect("Nothing to undo yet.")
    try answer(terminal, "f")
    try terminal.expect("> ")
    try terminal.send(":undo\r")
    try terminal.expect("Took back your answer to:")
    try terminal.expect("> ")
    try terminal.send("\u{04}")
    try terminal.expect("Session: no answers yet")
    #expect(try terminal.expectExit() == 0)
    let text = try String(contentsOfFile: progress + "/e2e/calcinosis-cutis.jsonl", encoding: .utf8)
    #expect(try reviewLines().count == 1, "the review stays in the file")
    #expect(text.contains(#""type":"undo""#))
    let history = try String(contentsOfFile: progress + "/e2e/.history", encoding: .utf8)
    #expect(history.contains(":undo"))
    #expect(!history.split(separator: "\n").contains("f"), "answers are never put in the history")
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

/// Teacher commands of the real binary (no terminal needed).
@Suite("recall deck commands")
struct DeckCommandTests {
  func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let result = try ChildProcess.run(
      BuiltProducts.executable(named: "recall"), arguments,
      directory: StudyEndToEndTests.packageRoot, standardError: .mergedIntoOutput)
    return (result.status, result.output)
  }

  @Test("deck grade --json says how an answer is graded, and why")
  func gradeJSON() throws {
    let card = "suited-to.small-deposits.recall.reverse"
    let right = try run(["deck", "grade", "calcinosis-cutis", card, "warfrin", "--json"])
    #expect(right.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(right.output.utf8)) as? [String: Any])
    #expect(object["verdict"] as? String == "correct")
    #expect(object["score"] as? Double == 1)
    #expect((object["reason"] as? String)?.contains("typo") == true)
    let wrong = try run(["deck", "grade", "calcinosis-cutis", card, "diltiazem", "--json"])
    #expect(wrong.output.contains(#""verdict":"incorrect""#))
    #expect(wrong.output.contains("large calcium deposits"))
  }

  @Test("deck grade says what a rewording was matched to, and asks again for a slip")
  func gradeMatched() throws {
    let reworded = try run([
      "deck", "grade", "calcinosis-cutis", "minocycline-action.recall.forward",
      "reduces inflammation",
    ])
    #expect(reworded.output.hasPrefix("correct (score 1.00): accepted: ‘reduces inflammation’"))
    let slip = try run([
      "deck", "grade", "calcinosis-cutis", "most-common-type.choice", "e", "--json",
    ])
    #expect(slip.output.contains(#""verdict":"retry""#))
  }

  @Test("deck aliases --suggest prints the answers learners said were right and common wrong ones")
  func aliasSuggestions() throws {
    let directory = NSTemporaryDirectory() + "aliases-\(UUID().uuidString)"
    // "ESRF" (end-stage renal failure) is a right answer the deck lacks; kidney stones are wrong.
    let card = "underlies.calciphylaxis.recall.reverse"
    for learner in ["ann", "bob"] {
      try FileManager.default.createDirectory(
        atPath: directory + "/" + learner, withIntermediateDirectories: true)
      let lines = [
        #"{"format":"recall-progress","version":1,"learner":"\#(learner)","deck":"calcinosis-cutis","created":"2026-01-01T09:00:00Z"}"#,
        #"{"t":"2026-01-01T09:00:00Z","type":"review","card":"\#(card)","rating":3,"ms":900,"suggested":1,"verdict":"incorrect","override":"right","answer":"ESRF"}"#,
        #"{"t":"2026-01-01T09:01:00Z","type":"review","card":"\#(card)","rating":1,"ms":900,"verdict":"incorrect","answer":"Kidney  stones"}"#,
      ]
      try (lines.joined(separator: "\n") + "\n").write(
        toFile: "\(directory)/\(learner)/calcinosis-cutis.jsonl", atomically: true, encoding: .utf8)
    }
    let result = try run([
      "deck", "aliases", "calcinosis-cutis", "--suggest", "--progress-dir", directory,
    ])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("\(card):"))
    #expect(result.output.contains("- esrf   # 2 learners"), "answers are counted in lower case")
    #expect(result.output.contains("- kidney stones   # 2 learners"))
    let plain = try run(["deck", "aliases", "first-aid-burns"])
    #expect(plain.output.contains("scald:   # a scald"))
  }

  @Test("the built-in decks lint without errors; a broken deck names file, line and column")
  func lint() throws {
    let good = try run(["deck", "lint", "Decks/calcinosis-cutis.yaml"])
    #expect(good.status == 0)
    #expect(good.output.contains("Decks/calcinosis-cutis.yaml: 0 errors"))
    let broken = NSTemporaryDirectory() + "broken-\(UUID().uuidString).yaml"
    try
      "deck:\n  title: x\n  version: 1\n  source: {title: s, sections: [A]}\nentities:\n  a: {class: nope, name: a}\n"
      .write(toFile: broken, atomically: true, encoding: .utf8)
    let bad = try run(["deck", "lint", broken])
    #expect(bad.status == 1)
    #expect(bad.output.contains("\(broken):6:14: error: unknown class 'nope'"))
  }

  @Test("export writes every card kind of the built-in deck as JSON and TSV")
  func export() throws {
    let json = try run(["deck", "export", "calcinosis-cutis", "--format", "json"])
    let cards = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    let kinds = Set(cards.compactMap { $0["kind"] as? String })
    #expect(
      kinds == [
        "recall", "reverse", "choice", "select", "list", "truefalse", "cloze", "number", "case",
      ])
    // A case's prompt is its vignette, a line break, then its question; a teacher's note names its source.
    let dialysis = try #require(cards.first { $0["id"] as? String == "case-dialysis-plaques.case" })
    #expect(
      (dialysis["prompt"] as? String)?.hasSuffix(
        "\nWhich type of calcinosis cutis is the most likely?") == true)
    #expect((dialysis["note"] as? String)?.hasPrefix("Nigwekar SU") == true)
    #expect(
      cards.filter { $0["note"] != nil }.allSatisfy {
        ($0["tags"] as? [String])?.contains("teacher-note") == true
      })
    for card in cards {
      for key in ["id", "kind", "prompt", "answer", "accepted", "explanation", "tags", "section"] {
        #expect(card[key] != nil, "\(key) missing in \(card["id"] ?? "?")")
      }
    }
    let tsv = try run(["deck", "export", "calcinosis-cutis", "--format", "tsv"])
    let lines = tsv.output.split(separator: "\n")
    #expect(lines.first == "#separator:tab")
    #expect(lines.count == cards.count + 4)
  }
}
