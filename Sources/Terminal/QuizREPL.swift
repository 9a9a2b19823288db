import Cards
import Foundation
import ProgressStore
import Study

/// A quiz in the terminal: the questions one after another without feedback (or with it, `tutor`), an
/// optional time limit, then the score by topic and a walk through every wrong answer.
public final class QuizREPL {
  let quiz: QuizSession
  let title: String
  var reader: any LineReader
  let style: TextStyle
  let width: Int
  let tutor: Bool
  let deadline: Date?
  let now: () -> Date
  let write: (String) -> Void

  /// Creates a quiz REPL; `minutes` sets a time limit.
  public init(
    quiz: QuizSession, title: String, reader: any LineReader, style: TextStyle, width: Int = 80,
    tutor: Bool, minutes: Double?, now: @escaping () -> Date, write: @escaping (String) -> Void
  ) {
    self.quiz = quiz
    self.title = title
    self.reader = reader
    self.style = style
    self.width = max(20, width)
    self.tutor = tutor
    deadline = minutes.map { quiz.started.addingTimeInterval($0 * 60) }
    self.now = now
    self.write = write
  }

  func say(_ text: String = "") { write(text + "\n") }

  func wrapped(_ text: String, indent: String = "") -> String {
    WordWrap.wrap(InertText.make(text), width: width, indent: indent)
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
          index += 1
          continue
        }
        if trimmed == ":help" {
          say(
            "Answer each question; :skip leaves it unanswered; :quit ends the quiz and shows the result."
          )
          continue
        }
        do {
          let milliseconds = Int(max(0, now().timeIntervalSince(shown)) * 1000)
          let grade = try quiz.answer(index, input: trimmed, milliseconds: milliseconds, at: now())
          if tutor { feedback(grade, card) }
          index += 1
        } catch {
          say(style.red("error: ") + "\(error)")
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
    say(style.bold(wrapped(card.prompt)))
    if card.kind == .choice || card.kind == .select {
      for (index, option) in card.choices.enumerated() {
        say(
          WordWrap.wrap(
            InertText.make(option), width: width, indent: "  \(ChoiceLetters.letter(index))) ",
            hangingIndent: "     "))
      }
    }
  }

  private func feedback(_ grade: Grade, _ card: Card) {
    if grade.isCorrect {
      say(style.green("✓ Correct") + " — \(InertText.make(card.answer))")
    } else {
      say(
        style.red(grade.verdict == .partial ? "◐ Partly right" : "✗ Not quite")
          + " — the answer: \(InertText.make(card.answer))")
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
    let wrong = quiz.answers.enumerated().filter { !$0.element.grade.isCorrect }
    guard !wrong.isEmpty else {
      if !quiz.answers.isEmpty { say(style.green("Every answer right.")) }
      return
    }
    say()
    say(style.bold("Your wrong answers:"))
    for (offset, answer) in wrong {
      let number = (quiz.questions.firstIndex { $0.id == answer.card.id } ?? offset) + 1
      say()
      say(style.dim("[\(number)] ") + wrapped(answer.card.prompt))
      say("  your answer:  " + (answer.input.isEmpty ? "(none)" : InertText.make(answer.input)))
      say("  the answer:   " + style.green(InertText.make(answer.card.answer)))
      say(style.dim(wrapped(answer.card.explanation, indent: "  ")))
      say(style.dim(wrapped("Source: " + answer.card.section, indent: "  ")))
    }
  }

  static func points(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
  }
}
