import Cards
import Foundation
import ProgressCore
import Study
import Utilities

/// A quiz in the terminal: the questions one after another without feedback (or with it, `tutor`), an
/// optional time limit, then the score by topic and a walk through every question not answered right.
///
/// An answer given after the time limit does not count: it is not graded, not counted and not saved.
public final class QuizREPL {
  let quiz: QuizSession
  let title: String
  var reader: any LineReader
  let style: TextStyle
  let output: WrappingWriter
  let tutor: Bool
  let deadline: Date?
  let now: () -> Date
  /// Questions the learner skipped, by index.
  var skipped: Set<Int> = []
  /// Whether the quiz stopped at its time limit.
  var timeRanOut = false

  /// Creates a quiz REPL; `minutes` sets a time limit. Text is wrapped at the columns `width` gives when
  /// asked (at each piece of output, so that it follows a resized terminal).
  public init(
    quiz: QuizSession, title: String, reader: any LineReader, style: TextStyle,
    width: @escaping () -> Int = { 80 },
    tutor: Bool, minutes: Double?, now: @escaping () -> Date, write: @escaping (String) -> Void
  ) {
    self.quiz = quiz
    self.title = title
    self.reader = reader
    self.style = style
    output = WrappingWriter(columns: width, write: write)
    self.tutor = tutor
    deadline = minutes.map { quiz.started.addingTimeInterval($0 * 60) }
    self.now = now
  }

  func say(_ text: String = "") { output.say(text) }

  func wrapped(_ text: String, indent: String = "", hanging: String? = nil) -> String {
    output.wrapped(text, indent: indent, hanging: hanging)
  }

  /// Asks every question (until the learner quits or time is up), then prints the report. Throws only when
  /// the result line cannot be saved (every answer already is).
  public func run() throws {
    let total = quiz.questions.count
    let limit = deadline.map { " · \(IntervalText.between(quiz.started, $0)) time limit" } ?? ""
    say(style.bold("Recall quiz · \(InertText.make(title))") + " · \(total) questions\(limit)")
    say(
      style.dim(
        tutor
          ? "Feedback after each answer."
          : "No feedback until the end. :skip leaves a question, :quit ends the quiz."))
    var index = 0
    questions: while index < total {
      if let deadline, now() >= deadline {
        say(style.yellow("\nTime is up."))
        timeRanOut = true
        break
      }
      let card = quiz.questions[index]
      show(card, number: index + 1, of: total)
      let shown = now()
      switch reader.readLine(prompt: style.prompt(AnswerPrompt.text(for: card.kind))) {
      case .endOfInput:
        say()
        break questions
      case .interrupted:
        continue
      case .line(let line):
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed == ":quit" { break questions }
        if trimmed == ":skip" {
          skipped.insert(index)
          index += 1
          continue
        }
        if trimmed == ":help" {
          say(
            "Answer each question; :skip leaves it unanswered; :quit ends the quiz and shows the result."
          )
          continue
        }
        let answeredAt = now()
        if let deadline, answeredAt > deadline {
          say(
            style.yellow("\nTime is up: ")
              + "that answer came after the time limit and does not count.")
          timeRanOut = true
          break questions
        }
        do {
          let milliseconds = Int(max(0, answeredAt.timeIntervalSince(shown)) * 1000)
          let grade = try quiz.answer(
            index, input: trimmed, milliseconds: milliseconds, at: answeredAt)
          if grade.isRetry {
            // Not graded and not saved: the same question is asked again.
            say(output.labelled("Asked again: ", grade.reason, style: style.yellow))
            continue
          }
          if tutor { feedback(grade, card) }
          index += 1
        } catch {
          output.sayWhole(style.red("error: ") + "\(error)")
          say("That answer was not saved; answer again, or :quit.")
        }
      }
    }
    let end = now()
    try quiz.finish(at: end)
    report(at: end)
  }

  private func show(_ card: Card, number: Int, of total: Int) {
    let left = deadline.map { "   (\(IntervalText.between(now(), $0)) left)" } ?? ""
    let topic = card.tags.first.map { " · \($0)" } ?? ""
    say()
    say(style.dim("[\(number)/\(total)] \(card.kind.rawValue)\(topic)\(left)"))
    if let vignette = CaseText(card) {
      say(wrapped(vignette.stem))
      say(style.bold(wrapped(vignette.question)))
    } else {
      say(style.bold(wrapped(card.prompt)))
    }
    if card.kind == .choice || card.kind == .select || card.kind == .clinicalCase {
      for (index, option) in card.choices.enumerated() {
        say(wrapped(option, indent: "  \(ChoiceLetters.letter(index))) ", hanging: "     "))
      }
    }
  }

  private func feedback(_ grade: Grade, _ card: Card) {
    if grade.isCorrect {
      say(output.labelled("✓ Correct — ", card.answer, style: style.green))
    } else {
      let verdict = grade.verdict == .partial ? "◐ Partly right" : "✗ Not quite"
      say(output.labelled(verdict + " — the answer: ", card.answer, style: style.red))
    }
    say(style.dim(wrapped(card.explanation, indent: "  ")))
  }

  private func report(at end: Date) {
    let total = quiz.questions.count
    let score = quiz.score
    let percent = total == 0 ? 0 : Int((score / Double(total) * 100).rounded())
    let seconds = Int(max(0, end.timeIntervalSince(quiz.started)).rounded())
    say()
    say(
      style.bold("Result: ") + "\(Self.points(score)) / \(total) (\(percent)%) in "
        + String(format: "%dm %02ds", seconds / 60, seconds % 60)
        + (quiz.answers.count < total ? ", \(total - quiz.answers.count) unanswered" : ""))
    let topics = quiz.byTopic
    let padding = topics.map(\.topic.count).max() ?? 0
    for topic in topics {
      let share =
        topic.questions == 0 ? 0 : Int((topic.points / Double(topic.questions) * 100).rounded())
      say(
        "  \(topic.topic.padding(toLength: padding, withPad: " ", startingAt: 0))  \(Self.points(topic.points))/\(topic.questions) (\(share)%)"
      )
    }
    let answers = Dictionary(quiz.answers.map { ($0.card.id, $0) }) { first, _ in first }
    if answers.count == total, answers.values.allSatisfy(\.grade.isCorrect) {
      say(style.green("Every answer right."))
      return
    }
    let wrong = answers.values.contains { !$0.grade.isCorrect }
    say()
    say(
      style.bold(
        answers.count == total
          ? "Your wrong answers:"
          : wrong
            ? "Your wrong answers, and the questions left unanswered:" : "Unanswered questions:"
      ))
    for (index, card) in quiz.questions.enumerated() {
      let answer = answers[card.id]
      if answer?.grade.isCorrect == true { continue }
      let given =
        answer.map { $0.input.isEmpty ? "(none)" : $0.input }
        ?? (skipped.contains(index)
          ? "(skipped)" : timeRanOut ? "(not answered: time was up)" : "(not answered)")
      say()
      say(output.labelled("[\(index + 1)] ", card.prompt, style: style.dim))
      let hanging = String(repeating: " ", count: 16)
      say(wrapped(given, indent: "  your answer:  ", hanging: hanging))
      let right = wrapped(card.answer, indent: "  the answer:   ", hanging: hanging)
      say("  the answer:   " + style.green(String(right.dropFirst(16))))
      say(style.dim(wrapped(card.explanation, indent: "  ")))
      say(style.dim(wrapped(CaseText.sourceLine(card), indent: "  ")))
      if let note = CaseText.noteLine(card) { say(style.dim(wrapped(note, indent: "  "))) }
    }
  }

  static func points(_ value: Double) -> String { tenths(value) }
}
