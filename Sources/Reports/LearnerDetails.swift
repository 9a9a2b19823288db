import Foundation
import ProgressCore

/// What the class view shows of one learner beyond the class table: mastery in each topic, the deck
/// versions studied, and the fixed quizzes taken. Worked out from one learner's events and statistics
/// alone, so that learners can be read one at a time.
public struct LearnerDetails: Sendable, Equatable, Codable {
  /// The learner's name.
  public var learner: String
  /// Units known and studied in each topic, in the order of the learner's statistics (the deck's).
  public var topics: [LearnerStatistics.TopicMastery]
  /// Each deck version the learner's sessions recorded, oldest first.
  public var versions: [VersionUse]
  /// Sessions that recorded no deck version (written before Recall recorded it).
  public var sessionsWithoutVersion: Int
  /// Every fixed quiz taken (`recall quiz --set NAME`), oldest first; one not finished has no result.
  public var quizzes: [QuizAttempt]

  /// How a learner used one version of the deck.
  public struct VersionUse: Sendable, Equatable, Codable {
    /// The version.
    public var version: DeckVersion
    /// Sessions started with it.
    public var sessions: Int
    /// When the latest of them started.
    public var last: Date
  }

  /// One sitting of a fixed quiz.
  public struct QuizAttempt: Sendable, Equatable, Codable {
    /// The quiz's name (`--set`).
    public var set: String
    /// When it started.
    public var started: Date
    /// Its result, when it was finished (a `quiz-result`); nil when the session ended without one.
    public var result: Result?
    /// The answers, in the order given.
    public var answers: [Answer]

    /// One answered question.
    public struct Answer: Sendable, Equatable, Codable {
      /// The card asked.
      public var card: String
      /// `correct`, `partial` or `incorrect`.
      public var verdict: String
      /// What was typed, if anything.
      public var text: String?
    }

    /// A finished quiz's score.
    public struct Result: Sendable, Equatable, Codable {
      /// Points (a partly right answer scores its share).
      public var correct: Double
      /// Questions asked.
      public var questions: Int
      /// How long it took.
      public var seconds: Int
    }

    /// The score out of 1, when finished.
    public var score: Double? {
      guard let result, result.questions > 0 else { return nil }
      return result.correct / Double(result.questions)
    }
  }

  /// The latest version the learner studied, if any session recorded one.
  public var latestVersion: DeckVersion? { versions.max { $0.last < $1.last }?.version }

  /// The learner's first finished attempt at the fixed quiz `set`: a class compares first sittings (a
  /// second one follows the walk through the first one's answers).
  public func firstResult(of set: String) -> QuizAttempt? {
    quizzes.first { $0.set == set && $0.result != nil }
  }

}

extension LearnerDetails {
  /// The details of `input`'s learner, whose statistics are `statistics`.
  public init(input: LearnerInput, statistics: LearnerStatistics) {
    var versions: [DeckVersion: VersionUse] = [:]
    var order: [DeckVersion] = []
    var withoutVersion = 0
    var attempts: [QuizAttempt] = []
    // The fixed quiz being sat, by its index in `attempts`: reviews belong to it until the next session.
    var sitting: Int?
    for entry in input.entries where entry.time <= input.now {
      switch entry.event {
      case .sessionStart(_, let deck, let set):
        if let deck {
          if versions[deck] == nil { order.append(deck) }
          versions[deck, default: VersionUse(version: deck, sessions: 0, last: entry.time)]
            .sessions += 1
          versions[deck]?.last = entry.time
        } else {
          withoutVersion += 1
        }
        sitting = nil
        if let set {
          attempts.append(QuizAttempt(set: set, started: entry.time, result: nil, answers: []))
          sitting = attempts.count - 1
        }
      case .review(let record):
        guard let sitting, record.mode == .quiz else { continue }
        attempts[sitting].answers.append(
          .init(card: record.card, verdict: record.verdict ?? "", text: record.answer))
      case .quizResult(let correct, let questions, let seconds, let set):
        guard let index = sitting, attempts[index].set == set else { continue }
        attempts[index].result = .init(correct: correct, questions: questions, seconds: seconds)
        sitting = nil
      case .sessionEnd:
        sitting = nil
      default:
        continue
      }
    }
    self.init(
      learner: input.learner, topics: statistics.topics,
      versions: order.compactMap { versions[$0] }, sessionsWithoutVersion: withoutVersion,
      quizzes: attempts)
  }
}
