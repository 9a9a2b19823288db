import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study
import TestSupport
import Testing

@testable import Terminal

/// A reader that lets time pass while the learner types: each line arrives `seconds` after the read began.
final class TimedReader: LineReader {
  var script: [(seconds: TimeInterval, input: LineInput)]
  var clock: Date
  let transcript: Transcript

  init(_ script: [(TimeInterval, LineInput)], start: Date, transcript: Transcript) {
    self.script = script.map { (seconds: $0.0, input: $0.1) }
    clock = start
    self.transcript = transcript
  }

  func readLine(prompt: String) -> LineInput {
    guard !script.isEmpty else { return .endOfInput }
    let next = script.removeFirst()
    clock.addTimeInterval(next.seconds)
    if case .line(let line) = next.input { transcript.write(prompt + line + "\n") }
    return next.input
  }

  func addToHistory(_ line: String) {}
}

@Suite("Quiz REPL: the time limit")
struct QuizREPLTimeLimitTests {
  @Test("an answer after the time limit is not graded, counted or saved; the result says so")
  func lateAnswerDoesNotCount() throws {
    let deck = try FourQuestionQuiz.sampler()
    let start = FourQuestionQuiz.start
    let log = MemoryLog()
    let quiz = try FourQuestionQuiz.make(deck, log: log, now: start)
    let transcript = Transcript()
    let reader = TimedReader(
      // Question 1 right at 0m20s; question 2 right too, but at 1m09s, after the one-minute limit.
      [(20, .line("liver")), (49, .line("2")), (5, .line("brain"))], start: start,
      transcript: transcript)
    let repl = QuizREPL(
      quiz: quiz, title: deck.title, reader: reader, style: .plain, tutor: false, minutes: 1,
      now: { reader.clock }, write: transcript.write)
    try repl.run()
    let text = transcript.text
    #expect(log.reviews.map(\.answer) == ["liver"], "only the answer in time is saved")
    #expect(quiz.answers.count == 1)
    #expect(text.contains("Result: 1 / 4 (25%)"))
    #expect(text.contains("3 unanswered"))
    #expect(!text.contains("Every answer right"))
    #expect(text.contains("does not count"))
    // The walk-through shows each unanswered question with its answer.
    let review = try #require(text.components(separatedBy: "Result: ").last)
    for answer in ["the answer:   2", "the answer:   brain", "the answer:   heart"] {
      #expect(review.contains(answer), "\(answer) missing from the walk-through")
    }
  }
}
