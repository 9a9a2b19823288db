import Cards
import Foundation
import ProgressStore
import Scheduling

/// A study session without a terminal: picks cards, grades answers, suggests ratings and records each
/// review in the progress log before it counts; takes answers back, suspends, flags, and spots leeches.
///
/// The REPL (or a test) drives it: `nextCard`, `grade`, `preview`, then `record`. Nothing here reads the clock:
/// every call takes the time.
public final class StudySession {
  /// How the session treats the schedule.
  public enum Mode: String, Sendable {
    /// Due cards, then new ones; every review moves the schedule.
    case study
    /// Practice: every card once in a shuffled order, nothing on the schedule changes.
    case cram
  }

  /// Lapses after which a card is a leech: tagged, suspended, and the learner told.
  public static let leechLapses = 8

  /// The checker used for answers.
  public let checker: AnswerChecker
  /// The scheduler.
  public let scheduler: Scheduler
  /// Where events go.
  public let log: any ProgressLog
  /// Study or cram.
  public let mode: Mode
  /// The queue state.
  public private(set) var queue: StudyQueue
  /// Counts for the end-of-session summary.
  public private(set) var summary: SessionSummary
  /// What came before each answer of this session, for `:undo`.
  private var history: [(card: Card, queue: StudyQueue, summary: SessionSummary)] = []
  /// Facts (sibling keys) skipped in this session: they come back next time.
  private var skipped: Set<String> = []
  /// Cram: the cards still to practise, in order.
  private var cramOrder: [Card]

  /// Creates a session at `now` from the deck's cards and the replayed progress. In cram mode `cards` are
  /// practised once each in an order shuffled with `seed`.
  public init(
    cards: [Card], lexicon: Lexicon, descriptions: [String: String] = [:], replay: ProgressReplay,
    scheduler: Scheduler, log: any ProgressLog, limits: StudyLimits, day: StudyDay, now: Date,
    mode: Mode = .study, seed: UInt64 = 0
  ) {
    checker = AnswerChecker(lexicon: lexicon, descriptions: descriptions)
    self.scheduler = scheduler
    self.log = log
    self.mode = mode
    queue = StudyQueue(cards: cards, replay: replay, limits: limits, day: day, now: now)
    summary = SessionSummary(started: now)
    var random = SplitMix64(seed: seed)
    cramOrder =
      mode == .cram
      ? cards.filter { !replay.suspended.contains($0.id.rawValue) }.shuffled(using: &random) : []
  }

  /// The card to show next, or nil when nothing is left for today (or, cramming, nothing left to practise).
  public func nextCard(at now: Date) -> Card? {
    if mode == .cram { return cramOrder.first { !skipped.contains($0.siblingKey) } }
    return queue.next(now: now, skipping: skipped)
  }

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
    scheduler.preview(state(of: card, at: now), at: now, cardID: card.id.rawValue)
  }

  /// The card's current state (new and due now if never reviewed).
  public func state(of card: Card, at now: Date) -> CardState {
    queue.states[card.id.rawValue] ?? CardState.new(due: now)
  }

  /// What recording a review did beyond the new state.
  public struct Outcome: Sendable {
    /// The card's state after the review (unchanged when cramming).
    public var state: CardState
    /// The card just became a leech and was suspended.
    public var becameLeech: Bool
  }

  /// Writes the review (durably) and only then applies it.
  @discardableResult
  public func record(
    card: Card, rating: Rating, suggested: Rating, grade: Grade, input: String, milliseconds: Int,
    at now: Date
  ) throws(ProgressError) -> Outcome {
    let record = ReviewRecord(
      card: card.id.rawValue, rating: rating, milliseconds: milliseconds,
      suggested: suggested == rating ? nil : suggested,
      answer: input.isEmpty ? nil : String(input.prefix(500)),
      chosen: checker.chosenOptions(input, for: card), verdict: grade.verdict.rawValue,
      mode: mode == .cram ? .cram : .study)
    try log.record(.review(record), at: now)
    history.append((card, queue, summary))
    summary.reviewed += 1
    if grade.isCorrect { summary.correct += 1 }
    summary.countTopic(card.tags.first, correct: grade.isCorrect)
    if mode == .cram {
      cramOrder.removeAll { $0.id == card.id }
      return Outcome(state: state(of: card, at: now), becameLeech: false)
    }
    let previous = queue.states[card.id.rawValue]
    let state = scheduler.review(
      previous ?? CardState.new(due: now), rating: rating, at: now, cardID: card.id.rawValue)
    queue.apply(
      card: card, newState: state, wasNew: previous == nil, wasReview: previous?.phase == .review)
    var becameLeech = false
    if state.lapses >= Self.leechLapses, (previous?.lapses ?? 0) < Self.leechLapses {
      // Tagging and suspending are best effort: the review itself is already safe.
      try? log.record(.tag(card: card.id.rawValue, tag: "leech"), at: now)
      try? log.record(.suspend(card: card.id.rawValue), at: now)
      queue.suspend(card.id.rawValue)
      becameLeech = true
    }
    return Outcome(state: state, becameLeech: becameLeech)
  }

  /// Takes back the last answer of this session: an undo event is appended (nothing is rewritten) and the
  /// card is asked again. Returns the card, or nil when there is nothing to undo.
  public func undo(at now: Date) throws(ProgressError) -> Card? {
    guard let last = history.last else { return nil }
    try log.record(.undo(card: last.card.id.rawValue), at: now)
    history.removeLast()
    queue = last.queue
    summary = last.summary
    if mode == .cram, !cramOrder.contains(where: { $0.id == last.card.id }) {
      cramOrder.insert(last.card, at: 0)
    }
    return last.card
  }

  /// Whether there is an answer to take back.
  public var canUndo: Bool { !history.isEmpty }

  /// Suspends `card` (it is not shown again until unsuspended); the rest of its fact waits for another
  /// session, as the learner has just seen it.
  public func suspend(_ card: Card, at now: Date) throws(ProgressError) {
    try log.record(.suspend(card: card.id.rawValue), at: now)
    queue.suspend(card.id.rawValue)
    skipped.insert(card.siblingKey)
    cramOrder.removeAll { $0.id == card.id }
  }

  /// Flags `card` for the deck's author, with an optional note.
  public func flag(_ card: Card, note: String?, at now: Date) throws(ProgressError) {
    try log.record(.flag(card: card.id.rawValue, note: note), at: now)
  }

  /// Leaves `card`, and the other cards of its fact, for another session.
  public func skip(_ card: Card) { skipped.insert(card.siblingKey) }

  /// Logs the start of the session.
  public func begin(at now: Date) throws(ProgressError) {
    try log.record(.sessionStart(mode: mode.rawValue), at: now)
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
