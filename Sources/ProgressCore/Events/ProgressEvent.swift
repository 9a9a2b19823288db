import Foundation
import Scheduling

/// One line of a progress file after the header.
public enum ProgressEvent: Sendable, Equatable {
  /// An answered card.
  case review(ReviewRecord)
  /// Takes back the last review not yet taken back; `card` names it as a check.
  case undo(card: String)
  /// The learner suspended a card: it is not shown until unsuspended.
  case suspend(card: String)
  /// The learner unsuspended a card.
  case unsuspend(card: String)
  /// The learner flagged a card for the deck's author.
  case flag(card: String, note: String?)
  /// Recall tagged a card (for example `leech` after eight lapses).
  case tag(card: String, tag: String)
  /// A quiz ended: its score and how many questions it asked, and the fixed quiz it was (`recall quiz
  /// --set NAME`), if one.
  case quizResult(correct: Double, questions: Int, seconds: Int, set: String? = nil)
  /// A session began: its mode, the version of the deck studied (files written before Recall recorded it
  /// have none) and, for a fixed quiz, its name.
  case sessionStart(mode: String, deck: DeckVersion? = nil, set: String? = nil)
  /// A session ended.
  case sessionEnd(reviewed: Int, correct: Int, seconds: Int)
  /// Recall fitted the FSRS weights to the learner's history (`recall optimize`): reviews from this
  /// event on are scheduled with `weights`. The held-out log losses before and after are kept as a record.
  case parameters(weights: [Double], logLoss: Double?, previousLogLoss: Double?)
  /// An event of a kind this version does not know (from a newer Recall): kept, ignored.
  case unknown(type: String)

  /// The event as one line of JSON (without the newline).
  public func line(at time: Date) -> String {
    let t = JSONValue.string(Timestamp.format(time))
    switch self {
    case .review(let record):
      return JSONLine.encode([
        "t": t, "type": .string("review"), "card": .string(record.card),
        "rating": .number(Double(record.rating.rawValue)),
        "ms": .number(Double(record.milliseconds)),
        "suggested": record.suggested.map { .number(Double($0.rawValue)) },
        "verdict": record.verdict.map(JSONValue.string),
        "override": record.override.map(JSONValue.string),
        "rung": record.rung.map { .number(Double($0)) },
        "answer": record.answer.map(JSONValue.string),
        "chosen": record.chosen.map { .array($0.map(JSONValue.string)) },
        "mode": record.mode == .study ? nil : .string(record.mode.rawValue),
      ])
    case .undo(let card):
      return JSONLine.encode(["t": t, "type": .string("undo"), "card": .string(card)])
    case .suspend(let card):
      return JSONLine.encode(["t": t, "type": .string("suspend"), "card": .string(card)])
    case .unsuspend(let card):
      return JSONLine.encode(["t": t, "type": .string("unsuspend"), "card": .string(card)])
    case .flag(let card, let note):
      return JSONLine.encode([
        "t": t, "type": .string("flag"), "card": .string(card), "note": note.map(JSONValue.string),
      ])
    case .tag(let card, let tag):
      return JSONLine.encode([
        "t": t, "type": .string("tag"), "card": .string(card), "tag": .string(tag),
      ])
    case .quizResult(let correct, let questions, let seconds, let set):
      return JSONLine.encode([
        "t": t, "type": .string("quiz-result"), "correct": .number(correct),
        "questions": .number(Double(questions)), "seconds": .number(Double(seconds)),
        "set": set.map(JSONValue.string),
      ])
    case .sessionStart(let mode, let deck, let set):
      return JSONLine.encode([
        "t": t, "type": .string("session-start"), "mode": .string(mode),
        "deckVersion": deck?.number.map { .number(Double($0)) },
        "deckHash": deck.map { .string($0.hash) }, "set": set.map(JSONValue.string),
      ])
    case .sessionEnd(let reviewed, let correct, let seconds):
      return JSONLine.encode([
        "t": t, "type": .string("session-end"), "reviewed": .number(Double(reviewed)),
        "correct": .number(Double(correct)), "seconds": .number(Double(seconds)),
      ])
    case .parameters(let weights, let logLoss, let previousLogLoss):
      return JSONLine.encode([
        "t": t, "type": .string("parameters"), "w": .array(weights.map(JSONValue.number)),
        "logLoss": logLoss.map(JSONValue.number),
        "previousLogLoss": previousLogLoss.map(JSONValue.number),
      ])
    case .unknown(let type):
      return JSONLine.encode(["t": t, "type": .string(type)])
    }
  }

  /// The event on `line` (without its newline), read by the general parser; nil if it is not one.
  package static func read(line: ArraySlice<UInt8>) -> (time: Date, event: ProgressEvent)? {
    guard let object = try? JSONLine.parseObject(line),
      case .success(let (time, event)) = from(object)
    else { return nil }
    return (time, event)
  }

  /// Reads an event from a parsed line; the message says what is missing.
  package static func from(_ object: [String: JSONValue]) -> Result<(Date, ProgressEvent), Problem>
  {
    from(JSONObjectFields(object: object))
  }

  /// Reads an event from the fields of a line, whichever reader found them.
  static func from(_ fields: some EventFields) -> Result<(Date, ProgressEvent), Problem> {
    guard let time = fields.time else {
      return .failure(Problem("missing or invalid time \"t\""))
    }
    func card() -> String? { fields.string(.card).flatMap { $0.isEmpty ? nil : $0 } }
    let kind = fields.kind
    switch kind {
    case .review:
      guard let card = card() else { return .failure(Problem("a review needs \"card\"")) }
      guard let value = fields.integer(.rating), let rating = Rating(rawValue: value) else {
        return .failure(Problem("a review needs \"rating\" from 1 to 4"))
      }
      let record = ReviewRecord(
        card: card, rating: rating, milliseconds: max(0, fields.integer(.milliseconds) ?? 0),
        suggested: fields.integer(.suggested).flatMap(Rating.init(rawValue:)),
        answer: fields.string(.answer), chosen: fields.strings(.chosen),
        verdict: fields.string(.verdict), override: fields.string(.override),
        rung: fields.integer(.rung),
        mode: fields.string(.mode).flatMap(ReviewRecord.Mode.init(rawValue:)) ?? .study)
      return .success((time, .review(record)))
    case .undo, .suspend, .unsuspend, .flag:
      guard let card = card() else {
        return .failure(Problem("\(fields.type ?? "review") needs \"card\""))
      }
      let event: ProgressEvent =
        switch kind {
        case .undo: .undo(card: card)
        case .suspend: .suspend(card: card)
        case .unsuspend: .unsuspend(card: card)
        default: .flag(card: card, note: fields.string(.note))
        }
      return .success((time, event))
    case .tag:
      guard let card = card(), let tag = fields.string(.tag) else {
        return .failure(Problem("tag needs \"card\" and \"tag\""))
      }
      return .success((time, .tag(card: card, tag: tag)))
    case .quizResult:
      return .success(
        (
          time,
          .quizResult(
            correct: fields.number(.correct) ?? 0, questions: fields.integer(.questions) ?? 0,
            seconds: fields.integer(.seconds) ?? 0, set: fields.string(.set))
        ))
    case .sessionStart:
      // A hash that is not a string is no version at all; a number alone names no text.
      let deck = fields.string(.deckHash).map {
        DeckVersion(hash: $0, number: fields.integer(.deckVersion))
      }
      return .success(
        (
          time,
          .sessionStart(mode: fields.string(.mode) ?? "study", deck: deck, set: fields.string(.set))
        ))
    case .sessionEnd:
      return .success(
        (
          time,
          .sessionEnd(
            reviewed: fields.integer(.reviewed) ?? 0, correct: fields.integer(.correct) ?? 0,
            seconds: fields.integer(.seconds) ?? 0)
        ))
    case .parameters:
      guard let weights = fields.numbers(.weights), weights.count == 21 else {
        return .failure(Problem("parameters need \"w\", an array of the 21 FSRS weights"))
      }
      for (index, (weight, range)) in zip(weights, FSRSParameters.weightBounds).enumerated()
      where !range.contains(weight) {
        return .failure(
          Problem(
            "parameters: w\(index) = \(weight) is outside [\(range.lowerBound), \(range.upperBound)]"
          ))
      }
      return .success(
        (
          time,
          .parameters(
            weights: weights, logLoss: fields.number(.logLoss),
            previousLogLoss: fields.number(.previousLogLoss))
        ))
    case .unknown:
      return .success((time, .unknown(type: fields.type ?? "review")))
    }
  }

  /// Why a line is not a valid event.
  package struct Problem: Error {
    package let message: String
    init(_ message: String) { self.message = message }
  }
}
