import Cards
import Foundation
import ProgressCore
import Scheduling
import Study

/// The rating step: the next interval of each rating, Enter to accept, 1–4 (or a rating's name) to override.
extension StudyREPL {
  /// Rates and records the answer. Returns false when the learner took the answer back (`:undo` before
  /// rating) so the card is asked again. After a hint (`hinted`) only Again and Hard are offered, and a
  /// higher rating typed is saved as Hard.
  func rate(
    _ card: Card, grade: Grade, input: String, suggested: Rating, hinted: Bool, milliseconds: Int
  ) -> Bool {
    let saveAnswer = { (rating: Rating, quitAfter: Bool) in
      self.save(
        card, rating, suggested, grade, input, milliseconds, hinted: hinted, quitAfter: quitAfter)
    }
    if session.mode == .cram {
      // Practice: nothing to schedule, so no rating to choose; the answer is still logged.
      return saveAnswer(suggested, false)
    }
    let shownAt = now()
    let preview = session.preview(card, at: shownAt)
    let offered = Rating.allCases.filter { StudySession.allowedRating($0, hinted: hinted) == $0 }
    var choices = offered.map { rating -> String in
      let interval = preview[rating].map { IntervalText.between(shownAt, $0.due) } ?? "?"
      let text = "\(rating.rawValue) \(Self.name(rating)) \(interval)"
      return rating == suggested ? style.bold("[\(text)]") : text
    }
    if hinted { choices.append(style.dim("(at most Hard after a hint)")) }
    say(WordWrap.join(choices, separator: " · ", width: width))
    while true {
      var rating: Rating?
      var quitAfter = false
      switch readLine("rating [Enter = \(Self.name(suggested))]> ", completions: []) {
      case .interrupted: continue
      case .endOfInput:
        say()
        rating = suggested
        quitAfter = true
      case .line(let line):
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        switch command(trimmed) {
        case .quit?:
          rating = suggested
          quitAfter = true
        case .undo?:
          say(style.yellow("Answer not counted; try the card again."))
          return false
        case .why?:
          showExplanation(card)
          continue
        case .stats?:
          showStats()
          continue
        case .help?:
          showHelp()
          continue
        case .flag(let note)?:
          if saving("The flag", { try session.flag(card, note: note, at: now()) }) {
            say(style.dim("Flagged for the deck's author."))
          }
          continue
        case .suspend?:
          // The answer is kept (it was given), then the card is put away.
          guard saveAnswer(suggested, false) else { continue }
          if saving("The suspension", { try session.suspend(card, at: now()) }) {
            say(style.dim("Suspended: this unit will not be asked again, in any form."))
          }
          return true
        case .hint?, .skip?, .unknown?:
          say(Self.ratingHint(suggested))
          continue
        case nil:
          if trimmed.isEmpty {
            rating = suggested
          } else if let picked = Int(trimmed).flatMap(Rating.init(rawValue:))
            ?? Self.rating(named: trimmed)
          {
            rating = picked
            if StudySession.allowedRating(picked, hinted: hinted) != picked {
              say(style.yellow("After a hint the rating is at most Hard."))
            }
          } else {
            say(Self.ratingHint(suggested))
            continue
          }
        }
      }
      guard let rating else { continue }
      if saveAnswer(rating, quitAfter) {
        return true
      }
      if quitAfter {
        quitRequested = true
        return true
      }
      say("Press Enter to try again, or :quit to stop (this answer is not saved).")
    }
  }

  /// Records the review; says so only once it is on disk.
  private func save(
    _ card: Card, _ rating: Rating, _ suggested: Rating, _ grade: Grade, _ input: String,
    _ milliseconds: Int, hinted: Bool, quitAfter: Bool
  ) -> Bool {
    let recordedAt = now()
    do {
      let outcome = try session.record(
        card: card, rating: rating, suggested: suggested, grade: grade, input: input,
        milliseconds: milliseconds, hinted: hinted, at: recordedAt)
      if session.mode == .cram {
        say(style.dim("Saved (practice: your schedule is unchanged)"))
      } else {
        let next = IntervalText.between(recordedAt, outcome.state.due)
        say(style.dim("Saved · \(Self.name(outcome.rating)) · next in \(next)"))
      }
      if outcome.becameLeech {
        say(
          style.yellow(
            "This card is a leech: forgotten on \(StudySession.leechLapses) different days. ")
            + "It is suspended and tagged “leech”; look at it again with a fresh approach.")
      } else if outcome.setAside {
        say(
          style.yellow("Set aside for the rest of this session: ")
            + "it keeps slipping away today. It comes back next session.")
      }
      if quitAfter { quitRequested = true }
      return true
    } catch {
      output.sayWhole(style.red("error: ") + "\(error)")
      return false
    }
  }

  /// What to type at the rating prompt.
  static func ratingHint(_ suggested: Rating) -> String {
    "Press Enter to accept \(name(suggested)), or type 1–4 or a rating's name (again, hard, good, easy)."
  }

  /// The rating `text` names, in any case ("good", "Again"): a learner reads the names on the line above.
  static func rating(named text: String) -> Rating? {
    [Rating.again, .hard, .good, .easy].first { name($0).lowercased() == text.lowercased() }
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
