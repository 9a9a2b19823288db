import Cards
import Foundation
import ProgressCore
import Scheduling
import Utilities

/// A scored test: a fixed set of questions mixing kinds, one question per unit (and per fact), each asked at
/// the unit's place on its ladder; each answer saved as a quiz review (which the scheduler counts like any
/// review), and a result per topic at the end.
public final class QuizSession {
  /// One answered question.
  public struct Answer: Sendable {
    /// The card asked.
    public var card: Card
    /// What the learner typed.
    public var input: String
    /// How it was graded.
    public var grade: Grade
  }

  /// The questions, in the order asked.
  public let questions: [Card]
  /// The answers so far.
  public private(set) var answers: [Answer] = []
  /// The checker.
  public let checker: AnswerChecker
  let log: any ProgressLog
  /// When the quiz started.
  public let started: Date
  /// The class's fixed quiz this is (`recall quiz --set NAME`), recorded with the result; nil for a quiz of
  /// the learner's own.
  public let set: String?

  /// A fixed quiz: `questions` asked in their order (``FixedQuizSelection`` chooses them), its result
  /// recorded under `set`.
  public init(
    questions: [Card], checker: AnswerChecker, log: any ProgressLog, now: Date, set: String
  ) {
    self.questions = questions
    self.checker = checker
    self.log = log
    started = now
    self.set = set
  }

  /// Picks `count` questions from `units` (not suspended ones), one per unit and per fact, each unit asked
  /// with the presentation its ladder gives it now, rotating through the kinds so the quiz mixes them, in an
  /// order shuffled with `seed`.
  public init(
    units: [KnowledgeUnit], count: Int, checker: AnswerChecker, replay: ProgressReplay,
    log: any ProgressLog, seed: UInt64, now: Date
  ) {
    var random = SplitMix64(seed: seed)
    let last = replay.lastReviews
    let available = units.filter { !replay.suspended.contains($0.id.rawValue) }
      .compactMap { unit in
        Ladder.presentation(
          of: unit,
          after: last[unit.id.rawValue].map { Ladder.Step(card: $0.card, rating: $0.rating) })
      }
      .shuffled(using: &random)
    var byKind: [CardKind: [Card]] = Dictionary(grouping: available, by: \.kind)
    let kinds = CardKind.allCases.filter { byKind[$0] != nil }.shuffled(using: &random)
    var chosen: [Card] = []
    var facts: Set<String> = []
    var exhausted = false
    while chosen.count < count, !exhausted {
      exhausted = true
      for kind in kinds where chosen.count < count {
        while var pool = byKind[kind], !pool.isEmpty {
          let card = pool.removeFirst()
          byKind[kind] = pool
          if facts.insert(card.siblingKey).inserted {
            chosen.append(card)
            exhausted = false
            break
          }
        }
      }
    }
    questions = chosen
    self.checker = checker
    self.log = log
    started = now
    set = nil
  }

  /// Grades `input` for question `index` and saves it as a quiz review with the suggested rating (replaying
  /// the file, the scheduler counts it like any review). An input in the wrong form (`retry`) is returned
  /// unsaved: the question is asked again.
  @discardableResult
  public func answer(
    _ index: Int, input: String, milliseconds: Int, at now: Date
  ) throws(ProgressError) -> Grade {
    let card = questions[index]
    let grade = checker.grade(input, for: card)
    guard !grade.isRetry else { return grade }
    let rating: Rating =
      switch grade.verdict {
      case .incorrect, .retry: .again
      case .partial: .hard
      case .correct: grade.typoOf == nil ? .good : .hard
      }
    let record = ReviewRecord(
      card: card.id.rawValue, rating: rating, milliseconds: milliseconds,
      answer: input.isEmpty ? nil : String(input.prefix(500)),
      chosen: checker.chosenOptions(input, for: card), verdict: grade.verdict.rawValue,
      rung: Rung(card.kind).rawValue, mode: .quiz)
    try log.record(.review(record), at: now)
    answers.append(Answer(card: card, input: input, grade: grade))
    return grade
  }

  /// The result: points (partial answers count their share) out of the questions asked.
  public var score: Double { answers.reduce(0) { $0 + $1.grade.score } }

  /// Points and questions per topic (the card's first tag), including questions left unanswered.
  public var byTopic: [(topic: String, points: Double, questions: Int)] {
    var points: [String: Double] = [:]
    var totals: [String: Int] = [:]
    for card in questions {
      totals[card.tags.first ?? "other", default: 0] += 1
    }
    for answer in answers {
      points[answer.card.tags.first ?? "other", default: 0] += answer.grade.score
    }
    return totals.keys.sorted().map { ($0, points[$0] ?? 0, totals[$0] ?? 0) }
  }

  /// Saves the result line.
  public func finish(at now: Date) throws(ProgressError) {
    let seconds = Int(max(0, now.timeIntervalSince(started)).rounded())
    try log.record(
      .quizResult(correct: score, questions: questions.count, seconds: seconds, set: set), at: now)
  }
}
