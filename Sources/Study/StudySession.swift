import Cards
import Foundation
import ProgressCore
import Scheduling
import Utilities

/// A study session without a terminal: picks units of knowledge and the presentation each is asked with,
/// grades answers, suggests ratings and records each review in the progress log before it counts; takes
/// answers back, suspends, flags, and spots leeches.
///
/// The REPL (or a test) drives it: `nextItem` (or `nextCard`), `grade`, `preview`, then `record`. Nothing here
/// reads the clock: every call takes the time.
public final class StudySession {
  /// How the session treats the schedule.
  public enum Mode: String, Sendable {
    /// Due units, then new ones; every review moves the schedule.
    case study
    /// Practice: every unit once in a shuffled order, nothing on the schedule changes.
    case cram
  }

  /// Study days on which a unit was forgotten after which it is a leech: tagged, suspended, and the learner
  /// told. A day counts when the unit was answered Again on it, as a lapse from review or while learning or
  /// relearning; several Agains on one day count once, so a unit failed again and again in one session is
  /// one forgotten day, and a new unit that never gets learned becomes a leech as a lapsing one does.
  public static let leechLapses = 8

  /// Again answers after which a unit is set aside for the rest of the session (it comes back next
  /// session): a unit failed again and again within one session is not asked over and over.
  public static let setAsideAfter = 4

  /// Answers of any rating after which a unit is set aside for the rest of the session: a learning unit
  /// kept at its step (Hard, again and again) must not come back for ever either when the clock stands
  /// still (a script, `RECALL_NOW`).
  public static let setAsideAfterAnswers = 8

  /// The checker used for answers.
  public let checker: AnswerChecker
  /// The scheduler.
  public let scheduler: Scheduler
  /// Where events go.
  public let log: any ProgressLog
  /// Study or cram.
  public let mode: Mode
  /// The queue state.
  public internal(set) var queue: StudyQueue
  /// Counts for the end-of-session summary.
  public internal(set) var summary: SessionSummary
  /// What came before each answer and suspension of this session, for `:undo`.
  var history: [Action] = []
  /// Facts (sibling keys) skipped in this session: they come back next time.
  var skipped: Set<String> = []
  /// Units set aside for the rest of this session after failing again and again.
  var setAside: Set<String> = []
  /// Each unit's answers in this session.
  var tries: [String: Tries] = [:]
  /// Cram: the units still to practise, in order.
  var cramOrder: [KnowledgeUnit]
  /// The reviews before this session, for counting the days a unit was forgotten.
  let earlierReviews: ProgressReplay.Reviews
  /// The unit of each card, for reading earlier reviews.
  let units: UnitMap
  /// The times of each unit's earlier Again answers, gathered on the session's first Again.
  var earlierAgains: [String: [Date]]?

  /// Creates a session at `now` from the deck's units (in the order new ones are introduced) and the
  /// progress replayed by unit. In cram mode the units are practised once each in an order shuffled with
  /// `seed`.
  public convenience init(
    units: [KnowledgeUnit], lexicon: Lexicon, descriptions: [String: String] = [:],
    replay: ProgressReplay, scheduler: Scheduler, log: any ProgressLog, limits: StudyLimits,
    day: StudyDay, now: Date, mode: Mode = .study, seed: UInt64 = 0
  ) {
    self.init(
      units: units, checker: AnswerChecker(lexicon: lexicon, descriptions: descriptions),
      replay: replay, scheduler: scheduler, log: log, limits: limits, day: day, now: now,
      mode: mode, seed: seed)
  }

  /// A session that grades with `checker`: building a checker indexes the deck's names, which a
  /// simulation of many days does once rather than every day.
  init(
    units: [KnowledgeUnit], checker: AnswerChecker, replay: ProgressReplay, scheduler: Scheduler,
    log: any ProgressLog, limits: StudyLimits, day: StudyDay, now: Date, mode: Mode = .study,
    seed: UInt64 = 0
  ) {
    self.checker = checker
    self.scheduler = scheduler
    self.log = log
    self.mode = mode
    queue = StudyQueue(units: units, replay: replay, limits: limits, day: day, now: now)
    summary = SessionSummary(started: now)
    earlierReviews = replay.reviews
    self.units = replay.units
    var random = SplitMix64(seed: seed)
    cramOrder =
      mode == .cram
      ? units.filter { !replay.suspended.contains($0.id.rawValue) }.shuffled(using: &random) : []
  }

  /// What to ask next: a unit and the presentation it is asked with.
  public struct Item: Sendable {
    /// The unit.
    public var unit: KnowledgeUnit
    /// The presentation chosen for it by its ladder.
    public var card: Card
    /// Whether the unit has never been answered (it is taught before it is asked).
    public var isNew: Bool
  }

  /// The unit to ask next and how, or nil when nothing is left for today (or, cramming, nothing left to
  /// practise).
  public func nextItem(at now: Date) -> Item? {
    let next =
      mode == .cram
      ? cramOrder.first { !skipped.contains($0.siblingKey) }
      : queue.next(now: now, skipping: skipped, setAside: setAside)
    guard let unit = next, let card = queue.presentation(of: unit) else { return nil }
    return Item(unit: unit, card: card, isNew: queue.states[unit.id.rawValue] == nil)
  }

  /// The presentation to show next (see `nextItem(at:)`).
  public func nextCard(at now: Date) -> Card? { nextItem(at: now)?.card }

  /// The unit `card` presents.
  public func unit(of card: Card) -> KnowledgeUnit? { queue.unit(card.unit) }

  /// What is left of the study day at `now`: the units still waiting, held back or set aside, and when the
  /// next one falls due.
  public func outlook(at now: Date) -> StudyOutlook {
    queue.outlook(now: now, skipping: skipped, setAside: setAside)
  }

  /// How `input` is graded for `card`.
  public func grade(_ input: String, for card: Card) -> Grade { checker.grade(input, for: card) }

  /// The rating that is saved for `rating`: after a hint at most Hard, whatever the learner picks.
  public static func allowedRating(_ rating: Rating, hinted: Bool) -> Rating {
    hinted ? min(rating, .hard) : rating
  }

  /// The rating answer checking suggests: wrong → Again, right with a hint or a typo (or only partly) → Hard,
  /// right → Good.
  public func suggestedRating(for grade: Grade, hinted: Bool = false) -> Rating {
    switch grade.verdict {
    case .incorrect, .retry: .again
    case .partial: .hard
    case .correct: hinted || grade.typoOf != nil ? .hard : .good
    }
  }

  /// The state each rating would lead to now, for the unit `card` presents (its id seeds the fuzz).
  public func preview(_ card: Card, at now: Date) -> [Rating: CardState] {
    scheduler.preview(state(of: card, at: now), at: now, cardID: card.unit.rawValue)
  }

  /// The current state of the unit `card` presents (new and due now if never reviewed).
  public func state(of card: Card, at now: Date) -> CardState {
    queue.states[card.unit.rawValue] ?? CardState.new(due: now)
  }

  /// What recording a review did beyond the new state.
  public struct Outcome: Sendable {
    /// The unit's state after the review (unchanged when cramming).
    public var state: CardState
    /// The rating saved: the one given, capped at Hard after a hint.
    public var rating: Rating
    /// The unit just became a leech and was suspended.
    public var becameLeech: Bool
    /// The unit was set aside for the rest of the session after failing again and again.
    public var setAside: Bool
  }

  /// Writes the review of `card` (durably) and only then applies it to the card's unit. After a hint (`hinted`) the rating is capped at
  /// Hard. A rating of Good or Easy after a wrong or partly right verdict is logged as the learner's "I was
  /// right" (`override`). A grade to ask again (`retry`) is not an answer: nothing is recorded.
  @discardableResult
  public func record(
    card: Card, rating requested: Rating, suggested: Rating, grade: Grade, input: String,
    milliseconds: Int, hinted: Bool = false, at now: Date
  ) throws(ProgressError) -> Outcome {
    let rating = Self.allowedRating(requested, hinted: hinted)
    let id = card.unit.rawValue
    guard !grade.isRetry else {
      return Outcome(
        state: state(of: card, at: now), rating: rating, becameLeech: false, setAside: false)
    }
    let overridden =
      (grade.verdict == .incorrect || grade.verdict == .partial) && !grade.isBlank
      && rating >= .good
    let record = ReviewRecord(
      card: card.id.rawValue, rating: rating, milliseconds: milliseconds,
      suggested: suggested == rating ? nil : suggested,
      answer: input.isEmpty ? nil : String(input.prefix(500)),
      chosen: checker.chosenOptions(input, for: card), verdict: grade.verdict.rawValue,
      override: overridden ? ReviewRecord.overriddenRight : nil, rung: Rung(card.kind).rawValue,
      mode: mode == .cram ? .cram : .study)
    try log.record(.review(record), at: now)
    let before = snapshot()
    summary.count(card, topic: card.tags.first, correct: grade.isCorrect || overridden)
    if mode == .cram {
      history.append(Action(kind: .answer, card: card, before: before))
      cramOrder.removeAll { $0.id == card.unit }
      return Outcome(
        state: state(of: card, at: now), rating: rating, becameLeech: false, setAside: false)
    }
    let previous = queue.states[id]
    let state = scheduler.review(
      previous ?? CardState.new(due: now), rating: rating, at: now, cardID: id)
    if let unit = queue.unit(card.unit) {
      queue.apply(
        unit: unit, card: card, rating: rating, newState: state, wasNew: previous == nil,
        wasReview: previous?.phase == .review)
    }
    var outcome = Outcome(state: state, rating: rating, becameLeech: false, setAside: false)
    var tried = tries[id, default: Tries()]
    tried.answers += 1
    if rating == .again {
      let forgottenBefore = forgottenDays(of: id, tried: tried)
      tried.againDays.insert(queue.day.start(of: now))
      tried.agains += 1
      if forgottenBefore < Self.leechLapses, forgottenDays(of: id, tried: tried) >= Self.leechLapses
      {
        // Tagging and suspending are best effort: the review itself is already safe.
        try? log.record(.tag(card: card.id.rawValue, tag: "leech"), at: now)
        try? log.record(.suspend(card: card.id.rawValue), at: now)
        queue.suspend(id)
        outcome.becameLeech = true
      }
    }
    tries[id] = tried
    if state.phase != .review,
      tried.agains >= Self.setAsideAfter || tried.answers >= Self.setAsideAfterAnswers
    {
      setAside.insert(id)
      outcome.setAside = true
    }
    history.append(
      Action(kind: outcome.becameLeech ? .leechAnswer : .answer, card: card, before: before))
    return outcome
  }

  /// Suspends the unit `card` presents (it is not shown again until unsuspended); the rest of its fact
  /// waits for another session, as the learner has just seen it. `:undo` takes it back.
  public func suspend(_ card: Card, at now: Date) throws(ProgressError) {
    try log.record(.suspend(card: card.id.rawValue), at: now)
    history.append(Action(kind: .suspension, card: card, before: snapshot()))
    queue.suspend(card.unit.rawValue)
    skipped.insert(card.siblingKey)
    cramOrder.removeAll { $0.id == card.unit }
  }

  /// Flags `card` for the deck's author, with an optional note.
  public func flag(_ card: Card, note: String?, at now: Date) throws(ProgressError) {
    try log.record(.flag(card: card.id.rawValue, note: note), at: now)
  }

  /// Leaves the unit `card` presents, and the other units of its fact, for another session.
  public func skip(_ card: Card) { skipped.insert(card.siblingKey) }

  /// The version of the deck studied, recorded at the start of the session (nil: not known).
  public var deckVersion: DeckVersion?

  /// Logs the start of the session, with the version of the deck studied.
  public func begin(at now: Date) throws(ProgressError) {
    try log.record(.sessionStart(mode: mode.rawValue, deck: deckVersion), at: now)
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
