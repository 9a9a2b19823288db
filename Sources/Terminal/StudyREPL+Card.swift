import Cards
import Foundation
import ProgressStore
import Scheduling
import Study

/// Asking one card: the question, the answer, the feedback and the rating.
extension StudyREPL {
  func ask(_ card: Card) {
    showQuestion(card)
    let shown = now()
    var input: String?
    while input == nil {
      switch reader.readLine(
        prompt: style.prompt(card.kind == .choice ? "answer (a–d)> " : "answer> "))
      {
      case .endOfInput:
        quitRequested = true
        say()
        return
      case .interrupted:
        continue
      case .line(let line):
        switch command(line) {
        case .help?: say(Self.help)
        case .quit?:
          quitRequested = true
          return
        case .unknown(let text)?:
          say("Unknown command \(InertText.make(text)); :help lists the commands.")
        case nil: input = line
        }
      }
    }
    guard let input else { return }
    let answered = now()
    let grade = session.grade(input, for: card)
    showFeedback(grade, for: card)
    let suggested = session.suggestedRating(for: grade)
    let milliseconds = Int(max(0, answered.timeIntervalSince(shown)) * 1000)
    rate(card, grade: grade, input: input, suggested: suggested, milliseconds: milliseconds)
  }

  private func showQuestion(_ card: Card) {
    let state = session.queue.states[card.id.rawValue]
    let status = state == nil ? "new" : state?.phase.rawValue ?? ""
    let topic = card.tags.first.map { " · \($0)" } ?? ""
    say()
    say(style.dim("[\(cardNumber)] \(status) · \(card.kind.rawValue)\(topic)"))
    say(style.bold(wrapped(card.prompt)))
    if case .choice(let options, _) = card.key {
      for (index, option) in options.enumerated() {
        say(wrapped(option, indent: "  \(ChoiceLetters.letter(index))) ", hanging: "     "))
      }
    }
  }

  private func showFeedback(_ grade: Grade, for card: Card) {
    let answer = InertText.make(card.answer)
    if grade.isBlank {
      say(style.yellow("The answer: ") + answer)
    } else if grade.isCorrect, let spelling = grade.typoOf {
      say(style.green("✓ Correct") + " (spelling: \(InertText.make(spelling)))" + " — \(answer)")
    } else if grade.isCorrect {
      say(style.green("✓ Correct") + " — \(answer)")
    } else if grade.verdict == .partial {
      say(style.yellow("◐ Partly right") + " — \(InertText.make(grade.reason))")
    } else {
      say(style.red("✗ Not quite") + " — \(InertText.make(grade.reason))")
    }
    say(style.dim(wrapped(card.explanation, indent: "  ")))
    say(style.dim(wrapped("Source: " + card.section, indent: "  ")))
  }

  private func rate(
    _ card: Card, grade: Grade, input: String, suggested: Rating, milliseconds: Int
  ) {
    let shownAt = now()
    let preview = session.preview(card, at: shownAt)
    let choices = Rating.allCases.map { rating -> String in
      let interval = preview[rating].map { IntervalText.between(shownAt, $0.due) } ?? "?"
      let text = "\(rating.rawValue) \(Self.name(rating)) \(interval)"
      return rating == suggested ? style.bold("[\(text)]") : text
    }
    say(choices.joined(separator: " · "))
    while true {
      let prompt = style.prompt("rating [Enter = \(Self.name(suggested))]> ")
      var rating: Rating?
      var quitAfter = false
      switch reader.readLine(prompt: prompt) {
      case .interrupted: continue
      case .endOfInput:
        say()
        rating = suggested
        quitAfter = true
      case .line(let line):
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        switch command(trimmed) {
        case .help?:
          say(Self.help)
          continue
        case .quit?:
          rating = suggested
          quitAfter = true
        case .unknown?:
          say("Press Enter to accept, or type 1–4.")
          continue
        case nil:
          if trimmed.isEmpty {
            rating = suggested
          } else if let value = Int(trimmed), let picked = Rating(rawValue: value) {
            rating = picked
          } else {
            say("Press Enter to accept \(Self.name(suggested)), or type 1–4.")
            continue
          }
        }
      }
      guard let rating else { continue }
      do {
        let recordedAt = now()
        let state = try session.record(
          card: card, rating: rating, suggested: suggested, grade: grade, input: input,
          milliseconds: milliseconds, at: recordedAt)
        let next = IntervalText.between(recordedAt, state.due)
        say(style.dim("Saved · \(Self.name(rating)) · next in \(next)"))
        if quitAfter { quitRequested = true }
        return
      } catch {
        say(style.red("error: ") + "\(error)")
        say("Press Enter to try again, or :quit to stop (this answer is not saved).")
        if quitAfter {
          quitRequested = true
          return
        }
      }
    }
  }

  static func name(_ rating: Rating) -> String {
    switch rating {
    case .again: "Again"
    case .hard: "Hard"
    case .good: "Good"
    case .easy: "Easy"
    }
  }
}
