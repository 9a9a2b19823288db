import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study
import TestSupport
import Testing

@testable import Terminal

/// Long names and explanations in a narrow terminal: every line the REPLs write fits the width, broken
/// at spaces only, so the terminal never breaks a word.
@Suite("Study and quiz output in a narrow terminal")
struct TerminalWidthTests {
  static let yaml = """
    deck:
      title: Long names
      version: 1
      source: {title: Notes, sections: [Connective tissue diseases and their antibodies]}
    classes:
      disease: {name: disease}
      antibody: {name: antibody}
    entities:
      sle: {class: disease, name: systemic lupus erythematosus, aliases: [SLE]}
      ssc: {class: disease, name: systemic sclerosis with calcinosis cutis}
      jdm: {class: disease, name: juvenile dermatomyositis}
      mctd: {class: disease, name: mixed connective tissue disease}
      dsdna: {class: antibody, name: anti-double-stranded DNA antibodies}
      scl70: {class: antibody, name: anti-topoisomerase I antibodies}
      mi2: {class: antibody, name: anti-Mi-2 antibodies}
      ena: {class: antibody, name: anti-ENA antibodies against extractable nuclear antigens}
    relations:
      marked-by:
        subject: disease
        object: antibody
        ask: Which antibodies are typical of {subject}?
    facts:
      - {id: sle-antibodies, subject: sle, relation: marked-by, object: dsdna, section: Connective tissue diseases and their antibodies, explanation: "Antibodies against double-stranded DNA are typical of systemic lupus erythematosus and follow its activity."}
      - {id: ssc-antibodies, subject: ssc, relation: marked-by, object: scl70, section: Connective tissue diseases and their antibodies, explanation: "Anti-topoisomerase I antibodies mark the diffuse form of systemic sclerosis."}
      - {id: jdm-antibodies, subject: jdm, relation: marked-by, object: mi2, section: Connective tissue diseases and their antibodies, explanation: "Anti-Mi-2 antibodies go with the classic skin signs of dermatomyositis."}
      - {id: mctd-antibodies, subject: mctd, relation: marked-by, object: ena, section: Connective tissue diseases and their antibodies, explanation: "Mixed connective tissue disease is defined by antibodies against an extractable nuclear antigen."}
    """

  /// Lines the REPL wrote (prompts and what was typed left out) that are wider than `width` and could
  /// have been broken at a space.
  static func overlong(_ text: String, width: Int) -> [String] {
    text.split(separator: "\n").map(String.init).filter { line in
      guard !line.hasPrefix("answer"), !line.hasPrefix("rating ["), line.count > width else {
        return false
      }
      return line.drop { $0 == " " }.contains(" ")
    }
  }

  @Test("feedback, options, ratings and the summary fit a 40-column terminal")
  func studyFitsWidth() throws {
    let harness = try REPLHarness(yaml: Self.yaml)
    let text = try harness.run(
      [
        .line("anti-double-stranded DNA antibodies"), .line(""),
        .line("anti-Mi-2 antibodies"), .line(""),
        .line(""), .line(""),
        .line(":stats"), .line(":quit"),
      ], width: 40)
    #expect(text.contains("erythematosus"))
    #expect(Self.overlong(text, width: 40).isEmpty, "\(Self.overlong(text, width: 40))")
  }

  @Test("the quiz's questions and its walk through the answers fit a 40-column terminal")
  func quizFitsWidth() throws {
    let deck = try DeckLoader.load(yaml: Self.yaml, file: "long.yaml", deckID: "long")
    let quiz = try FourQuestionQuiz.make(deck)
    let transcript = Transcript()
    let repl = QuizREPL(
      quiz: quiz, title: deck.title,
      reader: TranscriptReader(
        [.line("anti-ENA antibodies against extractable nuclear antigens"), .line("x")],
        transcript: transcript),
      style: .plain, width: { 40 }, tutor: false, minutes: nil,
      now: { Date(timeIntervalSince1970: 1_764_064_800) }, write: transcript.write)
    try repl.run()
    let text = transcript.text
    #expect(Self.overlong(text, width: 40).isEmpty, "\(Self.overlong(text, width: 40))")
  }
}

extension TerminalWidthTests {
  @Test("a resized terminal is followed: the width is asked again for each piece of output")
  func followsResize() throws {
    let harness = try REPLHarness(yaml: Self.yaml)
    var width = 40
    let transcript = Transcript()
    let repl = StudyREPL(
      session: harness.session,
      header: .init(deckTitle: "Long names", learner: "alice", progressPath: "p.jsonl"),
      reader: ResizingReader(
        TranscriptReader([.line(""), .line(""), .line(""), .line("")], transcript: transcript)
      ) { reads in width = reads < 2 ? 40 : 100 },
      style: .plain, width: { width }, now: { harness.start }, write: transcript.write)
    try repl.run()
    // The width grows once the first rating is read: everything written before its "Saved" line is
    // narrow (the lesson, the question, the feedback), what follows wide.
    let parts = transcript.text.components(separatedBy: "\nSaved · ")
    #expect(parts.count == 3)
    let (narrow, wide) = (parts[0], parts.dropFirst().joined(separator: "\nSaved · "))
    #expect(narrow.contains("Learn: Which antibodies are typical of"))
    #expect(Self.overlong(narrow, width: 40).isEmpty)
    #expect(narrow.contains("Which antibodies are typical of systemic\nlupus erythematosus?"))
    #expect(wide.contains("[1 Again 1m] · 2 Hard 6m · 3 Good 10m · 4 Easy"))
    #expect(!Self.overlong(wide, width: 60).isEmpty, "the wide terminal gets long lines")
  }
}

/// A reader that tells the test each time it is read, so the test can resize the "terminal" in between.
struct ResizingReader: LineReader {
  var inner: TranscriptReader
  var reads = 0
  let resize: (Int) -> Void

  init(_ inner: TranscriptReader, resize: @escaping (Int) -> Void) {
    self.inner = inner
    self.resize = resize
  }

  mutating func readLine(prompt: String) -> LineInput {
    defer {
      reads += 1
      resize(reads)
    }
    return inner.readLine(prompt: prompt)
  }

  mutating func addToHistory(_ line: String) { inner.addToHistory(line) }
}
