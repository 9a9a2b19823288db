import Cards
import Foundation

/// What a session did, for the summary at its end and `:stats`.
public struct SessionSummary: Sendable, Equatable {
  /// Right and total answers in one topic.
  public struct Tally: Sendable, Equatable {
    /// Answers counted right.
    public var correct = 0
    /// Answers given.
    public var total = 0
  }

  /// Answers given (undone answers excluded); a unit answered three times counts three.
  public var reviewed = 0
  /// Of those, answers graded correct.
  public var correct = 0
  /// The units answered, each once however often it was answered.
  public var answeredUnits: Set<String> = []
  /// When the session started.
  public var started: Date
  /// Answers per topic (the first tag, or "other").
  public var byTopic: [String: Tally] = [:]

  /// Creates an empty summary.
  public init(started: Date) { self.started = started }

  /// Share correct, 0...1 (0 when nothing was answered).
  public var accuracy: Double { reviewed == 0 ? 0 : Double(correct) / Double(reviewed) }

  /// Counts an answer to `card`.
  mutating func count(_ card: Card, topic: String?, correct: Bool) {
    reviewed += 1
    if correct { self.correct += 1 }
    answeredUnits.insert(card.unit.rawValue)
    countTopic(topic, correct: correct)
  }

  mutating func countTopic(_ topic: String?, correct: Bool) {
    let key = topic ?? "other"
    byTopic[key, default: Tally()].total += 1
    if correct { byTopic[key, default: Tally()].correct += 1 }
  }
}
