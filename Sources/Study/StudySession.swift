import Cards
import Foundation
import ProgressStore
import Scheduling

/// A study session without a terminal: picks cards, grades answers, suggests ratings and records each
/// review in the progress log before it counts.
///
/// The REPL (or a test) drives it: `nextCard`, `grade`, `preview`, then `record`. Nothing here reads the clock:
/// every call takes the time.
public final class StudySession {
  /// The checker used for answers.
  public let checker: AnswerChecker
  /// The scheduler.
  public let scheduler: Scheduler
  /// Where events go.
  public let log: any ProgressLog
  /// The queue state.
  public private(set) var queue: StudyQueue
  /// Counts for the end-of-session summary.
  public private(set) var summary: SessionSummary

  /// Creates a session at `now` from the deck's cards and the replayed progress.
  public init(
    cards: [Card], lexicon: Lexicon, replay: ProgressReplay, scheduler: Scheduler,
    log: any ProgressLog, limits: StudyLimits, day: StudyDay, now: Date
  ) {
    checker = AnswerChecker(lexicon: lexicon)
    self.scheduler = scheduler
    self.log = log
    queue = StudyQueue(cards: cards, replay: replay, limits: limits, day: day, now: now)
    summary = SessionSummary(started: now)
  }

  /// The card to show next, or nil when nothing is left for today.
  public func nextCard(at now: Date) -> Card? { queue.next(now: now) }

  /// How `input` is graded for `card`.
  public func grade(_ input: String, for card: Card) -> Grade { checker.grade(input, for: card) }

  /// The rating answer checking suggests: wrong → Again, right with a hint or a typo (or only partly) → Hard,
  /// right → Good.
  public func suggestedRating(for grade: Grade, hinted: Bool = false) -> Rating {
    switch grade.verdict {
    case .incorrect: .again
    case .partial: .hard
    case .correct: hinted || grade.typoOf != nil ? .hard : .good
    }
  }

  /// The state each rating would lead to now.
  public func preview(_ card: Card, at now: Date) -> [Rating: CardState] {
    let state = queue.states[card.id.rawValue] ?? CardState.new(due: now)
    return scheduler.preview(state, at: now, cardID: card.id.rawValue)
  }

  /// Writes the review (durably) and only then applies it. Returns the card's new state.
  @discardableResult
  public func record(
    card: Card, rating: Rating, suggested: Rating, grade: Grade, input: String, milliseconds: Int,
    at now: Date
  ) throws(ProgressError) -> CardState {
    let record = ReviewRecord(
      card: card.id.rawValue, rating: rating, milliseconds: milliseconds,
      suggested: suggested == rating ? nil : suggested,
      answer: input.isEmpty ? nil : String(input.prefix(500)), verdict: grade.verdict.rawValue)
    try log.record(.review(record), at: now)
    let previous = queue.states[card.id.rawValue]
    let state = scheduler.review(
      previous ?? CardState.new(due: now), rating: rating, at: now, cardID: card.id.rawValue)
    queue.apply(
      card: card, newState: state, wasNew: previous == nil, wasReview: previous?.phase == .review)
    summary.reviewed += 1
    if grade.isCorrect { summary.correct += 1 }
    return state
  }

  /// Logs the start of the session.
  public func begin(at now: Date) throws(ProgressError) {
    try log.record(.sessionStart(mode: "study"), at: now)
  }

  /// Logs the end of the session and returns its summary.
  @discardableResult
  public func finish(at now: Date) throws(ProgressError) -> SessionSummary {
    let seconds = Int(max(0, now.timeIntervalSince(summary.started)).rounded())
    try log.record(
      .sessionEnd(reviewed: summary.reviewed, correct: summary.correct, seconds: seconds), at: now)
    return summary
  }
}
