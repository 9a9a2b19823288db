import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study
import TestSupport
import Testing

@testable import Terminal

/// An input in the wrong form (no option, not true or false) is asked again with a hint, and nothing is saved.
@Suite("Asking again after a slip")
struct RetryREPLTests {
  let start = Date(timeIntervalSince1970: 1_764_064_800)

  @Test("study: an input that is no option is asked again with a hint and records nothing")
  func studyAsksAgain() throws {
    let deck = try DeckLoader.load(
      yaml: StudyREPLTests.yaml, file: "sampler.yaml", deckID: "sampler")
    let scheduler = Scheduler(parameters: try FSRSParameters(enableFuzz: false))
    let log = MemoryLog()
    let session = StudySession(
      units: CardGenerator(deck: deck, seed: 42).units(), lexicon: Lexicon(deck: deck),
      replay: ProgressReplay(entries: [], scheduler: scheduler), scheduler: scheduler, log: log,
      limits: StudyLimits(), day: StudyDay(timeZone: .gmt), now: start, mode: .cram, seed: 3)
    let transcript = Transcript()
    var clock = start
    // Question 1 is a choice (heart), question 2 a number, question 3 a choice: "z" is no option, then
    // "liver" answers it.
    let repl = StudyREPL(
      session: session,
      header: .init(deckTitle: deck.title, learner: "alice", progressPath: "p.jsonl"),
      reader: TranscriptReader(
        [.line("heart"), .line("2"), .line("z"), .line("liver"), .endOfInput],
        transcript: transcript),
      style: .plain,
      now: {
        clock = clock.addingTimeInterval(2)
        return clock
      }, write: transcript.write)
    try repl.run()
    #expect(log.reviews.map(\.answer) == ["heart", "2", "liver"])
    #expect(transcript.text.contains("Asked again: “z” is not one of the options"))
    #expect(!transcript.text.contains("✗ Not quite — “z”"))
  }

  @Test("quiz: an input that is no option is asked again and not saved")
  func quizAsksAgain() throws {
    let deck = try FourQuestionQuiz.sampler()
    let log = MemoryLog()
    let quiz = try FourQuestionQuiz.make(deck, log: log, now: start)
    let transcript = Transcript()
    var clock = start
    // Question 3 is a choice: "zz" is asked again, "kidney" answers it.
    let repl = QuizREPL(
      quiz: quiz, title: deck.title,
      reader: TranscriptReader(
        [.line("heart"), .line(":skip"), .line("zz"), .line("kidney"), .line("c")],
        transcript: transcript),
      style: .plain, tutor: false, minutes: nil,
      now: {
        clock = clock.addingTimeInterval(5)
        return clock
      }, write: transcript.write)
    try repl.run()
    #expect(log.reviews.map(\.answer) == ["heart", "kidney", "c"])
    #expect(transcript.text.contains("Asked again:"))
  }
}
