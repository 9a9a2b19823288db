import Cards
import Foundation
import ProgressCore
import Scheduling
import Study
import Utilities

/// Asking one card: the question, commands while answering, and the feedback.
extension StudyREPL {
  /// What happened to a card at the answer prompt.
  enum AnswerOutcome {
    case answered(String, hinted: Bool)
    case leave
  }

  func ask(_ card: Card) {
    var hiddenOptions: Set<Int> = []
    showQuestion(card, hiding: hiddenOptions)
    let shown = now()
    var hinted = false
    while true {
      switch readAnswer(card, hiddenOptions: &hiddenOptions, hinted: &hinted) {
      case .leave: return
      case .answered(let input, let wasHinted):
        let milliseconds = Int(max(0, now().timeIntervalSince(shown)) * 1000)
        let grade = session.grade(input, for: card)
        if grade.isRetry {
          // A slip in the form of the answer: nothing is graded or saved; the card is asked again.
          say(labelled("Asked again: ", grade.reason, style: style.yellow))
          continue
        }
        showFeedback(grade, for: card)
        let suggested = session.suggestedRating(for: grade, hinted: wasHinted)
        if rate(
          card, grade: grade, input: input, suggested: suggested, hinted: wasHinted,
          milliseconds: milliseconds)
        {
          return
        }
        // The learner took this answer back before rating it: ask again.
        showQuestion(card, hiding: hiddenOptions)
      }
    }
  }

  private func readAnswer(
    _ card: Card, hiddenOptions: inout Set<Int>, hinted: inout Bool
  ) -> AnswerOutcome {
    let prompt = AnswerPrompt.text(for: card.kind)
    while true {
      switch readLine(prompt, completions: card.choices) {
      case .endOfInput:
        quitRequested = true
        say()
        return .leave
      case .interrupted:
        continue
      case .line(let line):
        guard let command = command(line) else {
          let answer = line.trimmingCharacters(in: .whitespaces)
          if let removed = removedOption(answer, card, hidden: hiddenOptions) {
            say(removed)
            continue
          }
          return .answered(answer, hinted: hinted)
        }
        switch command {
        case .help: showHelp()
        case .quit:
          quitRequested = true
          return .leave
        case .hint:
          if giveHint(card, hiding: &hiddenOptions) { hinted = true }
        case .skip:
          session.skip(card)
          say(style.dim("Skipped; it will come back in another session."))
          return .leave
        case .undo:
          if undoLastAnswer() { return .leave }
        case .why: say("Answer first; :why shows the explanation after you answer.")
        case .stats: showStats()
        case .suspend:
          if saving("The suspension", { try session.suspend(card, at: now()) }) {
            say(style.dim("Suspended: this unit will not be asked again, in any form."))
            return .leave
          }
        case .flag(let note):
          if saving("The flag", { try session.flag(card, note: note, at: now()) }) {
            say(style.dim("Flagged for the deck's author. Answer when you are ready."))
          }
        case .unknown(let text):
          say("Unknown command \(InertText.make(text)); :help lists the commands.")
        }
      }
    }
  }

  /// Takes back the previous answer or suspension; returns whether there was one.
  func undoLastAnswer() -> Bool {
    guard session.canUndo else {
      say("Nothing to undo yet.")
      return false
    }
    var undone: StudySession.Undone?
    guard saving("The undo", { undone = try session.undo(at: now()) }), let undone else {
      return false
    }
    switch undone.kind {
    case .answer:
      say(labelled("Took back your answer to: ", undone.card.prompt, style: style.yellow))
    case .suspension:
      say(labelled("Took back the suspension of: ", undone.card.prompt, style: style.yellow))
    }
    return true
  }

  /// What to say when `answer` picks an option the hint removed (it is asked again, not graded), else nil.
  private func removedOption(_ answer: String, _ card: Card, hidden: Set<Int>) -> String? {
    guard !hidden.isEmpty, let picked = session.checker.chosenOptions(answer, for: card)?.first,
      let index = card.choices.firstIndex(of: picked), hidden.contains(index)
    else { return nil }
    let offered = card.choices.indices.filter { !hidden.contains($0) }.map(ChoiceLetters.letter)
    return "\(ChoiceLetters.letter(index))) \(InertText.make(picked)) was removed by the hint; "
      + "choose \(offered.joined(separator: " or "))."
  }

  /// A first letter (typed answers) or two wrong options removed (choices). Returns whether a hint was given.
  private func giveHint(_ card: Card, hiding hidden: inout Set<Int>) -> Bool {
    switch card.key {
    case .choice(let options, let correct):
      let wrong = options.indices.filter { $0 != correct && !hidden.contains($0) }
      guard wrong.count > 1 else {
        say("No more hints for this card.")
        return false
      }
      hidden.formUnion(wrong.prefix(2))
      say(style.yellow("Hint: two wrong options removed (rating at most Hard)."))
      showOptions(card, hiding: hidden)
      return true
    case .typed, .list:
      let answer = card.answer
      guard let first = answer.first else { return false }
      let words = answer.split(separator: " ").count
      say(
        style.yellow("Hint: ") + "it starts with “\(InertText.make(String(first)))”, "
          + "\(plural(words, "word")) (rating at most Hard).")
      return true
    case .select, .trueFalse, .number:
      say("No hint for this kind of question.")
      return false
    }
  }

  func showQuestion(_ card: Card, hiding hidden: Set<Int>) {
    let state = session.queue.states[card.unit.rawValue]
    let status = session.mode == .cram ? "practice" : state?.phase.rawValue ?? "new"
    let topic = card.tags.first.map { " · \($0)" } ?? ""
    say()
    say(style.dim("[\(session.summary.reviewed + 1)] \(status) · \(card.kind.rawValue)\(topic)"))
    showPrompt(card)
    showOptions(card, hiding: hidden)
  }

  /// The question; a case's vignette first, in plain type, then its question in bold.
  private func showPrompt(_ card: Card) {
    if let vignette = CaseText(card) {
      say(wrapped(vignette.stem))
      say(style.bold(wrapped(vignette.question)))
    } else {
      say(style.bold(wrapped(card.prompt)))
    }
  }

  private func showOptions(_ card: Card, hiding hidden: Set<Int>) {
    guard card.kind == .choice || card.kind == .select || card.kind == .clinicalCase else { return }
    for (index, option) in card.choices.enumerated() where !hidden.contains(index) {
      say(wrapped(option, indent: "  \(ChoiceLetters.letter(index))) ", hanging: "     "))
    }
  }

  func showFeedback(_ grade: Grade, for card: Card) {
    let answer = InertText.make(card.answer)
    if grade.isBlank {
      say(style.yellow("The answer: ") + answer)
    } else if grade.isCorrect, let spelling = grade.typoOf {
      say(
        style.green("✓ Correct") + " — \(answer) "
          + style.yellow("(a typo: the spelling is “\(InertText.make(spelling))”)"))
    } else if grade.isCorrect {
      say(style.green("✓ Correct") + " — \(answer)")
      if grade.matched != nil { say(style.dim("  " + InertText.make(grade.reason))) }
    } else if grade.verdict == .partial {
      say(style.yellow("◐ Partly right") + " — \(InertText.make(grade.reason))")
    } else {
      say(labelled("✗ Not quite — ", grade.reason, style: style.red))
    }
    if !grade.found.isEmpty || !grade.missed.isEmpty {
      if !grade.found.isEmpty { say(style.green("  found: ") + list(grade.found)) }
      if !grade.missed.isEmpty { say(style.yellow("  missed: ") + list(grade.missed)) }
      if !grade.wrongItems.isEmpty { say(style.red("  not right: ") + list(grade.wrongItems)) }
    }
    if !grade.isCorrect, grade.verdict != .partial, !grade.isBlank,
      !grade.reason.contains(card.answer)
    {
      say("  The answer: " + answer)
    }
    // Right just after the lesson: the lesson said it all a moment ago (`:why` shows it again).
    if grade.isCorrect, taughtUnit == card.unit { return }
    showExplanation(card)
  }

  func showExplanation(_ card: Card) {
    say(style.dim(wrapped(card.explanation, indent: "  ")))
    say(style.dim(wrapped(CaseText.sourceLine(card), indent: "  ")))
    if let note = CaseText.noteLine(card) { say(style.dim(wrapped(note, indent: "  "))) }
  }

  private func list(_ items: [String]) -> String {
    items.map(InertText.make).joined(separator: ", ")
  }
}
