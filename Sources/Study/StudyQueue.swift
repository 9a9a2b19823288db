import Cards
import Foundation
import ProgressCore
import Scheduling

/// Chooses the next unit of knowledge: learning units when due first, then due reviews, then new units, within
/// the daily limits (counted in units); suspended units never. Once a unit of a fact has been answered on a
/// study day, the fact's other units (its reverse questions) wait for the next day, but a due unit waits behind
/// them for one study day at most: one already held back on an earlier day is shown whatever the others do.
public struct StudyQueue: Sendable {
  /// How far ahead a learning unit may be shown when nothing else is left (as Anki's "learn ahead").
  public static let learnAhead: TimeInterval = 20 * 60

  /// The units in the order new ones are introduced.
  public let units: [KnowledgeUnit]
  let position: [UnitID: Int]
  let limits: StudyLimits
  let day: StudyDay
  /// Unit states by unit id, updated as the session goes; absent means never reviewed.
  public private(set) var states: [String: CardState]
  /// Each unit's last review (the presentation shown and the rating), for choosing the next presentation.
  public private(set) var lastSteps: [String: Ladder.Step]
  var suspended: Set<String>
  /// The units answered this study day, by sibling key (the fact they come from).
  var answeredToday: [String: Set<String>] = [:]
  /// Due units that a sibling already held back on an earlier study day: never held back again.
  var heldBackBefore: Set<String> = []
  var newToday = 0
  var reviewsToday = 0
  let dayStart: Date

  /// Builds the queue from the deck's units and the replayed progress at `now`.
  public init(
    units: [KnowledgeUnit], replay: ProgressReplay, limits: StudyLimits, day: StudyDay, now: Date
  ) {
    self.units = units
    position = Dictionary(units.enumerated().map { ($1.id, $0) }) { first, _ in first }
    self.limits = limits
    self.day = day
    states = replay.states
    lastSteps = replay.lastReviews.mapValues { Ladder.Step(card: $0.card, rating: $0.rating) }
    suspended = replay.suspended
    dayStart = day.start(of: now)
    heldBackBefore = Self.heldBack(
      units: units, states: states, suspended: suspended, replay: replay, day: day,
      before: dayStart)
    // Only reviews made today count below. The first session of a day finds none, and need not go through
    // a history of a million reviews to learn it.
    guard let latest = replay.latestReview, latest >= dayStart else { return }
    let siblingKeys = Dictionary(units.map { ($0.id.rawValue, $0.siblingKey) }) { first, _ in first
    }
    var seenBeforeToday: Set<String> = []
    var seenToday: Set<String> = []
    for review in replay.reviews where review.record.mode != .cram {
      let unit = replay.units.unit(of: review.record.card)
      guard review.time >= dayStart else {
        seenBeforeToday.insert(unit)
        continue
      }
      if let key = siblingKeys[unit] { answeredToday[key, default: []].insert(unit) }
      if seenToday.insert(unit).inserted {
        // A unit first seen today used up one of today's new units; any other, one of its reviews.
        if seenBeforeToday.contains(unit) { reviewsToday += 1 } else { newToday += 1 }
      }
    }
  }

  /// The unit with id `id`, if the deck has it.
  public func unit(_ id: UnitID) -> KnowledgeUnit? { position[id].map { units[$0] } }

  /// Units due for review now (not counting learning units), within today's limit.
  public func dueCount(now: Date) -> Int {
    let due = units.filter { unit in
      guard let state = states[unit.id.rawValue], isAvailable(unit) else { return false }
      return state.phase == .review && state.due <= now
    }.count
    return min(due, max(0, limits.reviews - reviewsToday))
  }

  /// Learning and relearning units due now or later today.
  public func learningCount(now: Date) -> Int {
    units.filter { unit in
      guard let state = states[unit.id.rawValue], isAvailable(unit) else { return false }
      return state.phase == .learning || state.phase == .relearning
    }.count
  }

  /// New units that today's limit still allows (none of the facts in `skipped`).
  public func newCount(skipping skipped: Set<String> = []) -> Int {
    let unseen = units.filter {
      states[$0.id.rawValue] == nil && isAvailable($0) && !skipped.contains($0.siblingKey)
    }.count
    return min(unseen, max(0, limits.newUnits - newToday))
  }

  /// The next unit to show at `now`, or nil when the day's work is done; units whose sibling key is in
  /// `skipped`, and the units in `setAside`, are passed over. A new unit is not shown on a day another unit
  /// of its fact was answered.
  public func next(
    now: Date, skipping skipped: Set<String> = [], setAside: Set<String> = []
  ) -> KnowledgeUnit? {
    var learning: (KnowledgeUnit, Date)?
    var review: (KnowledgeUnit, Date)?
    var firstNew: KnowledgeUnit?
    for unit in units
    where isAvailable(unit) && !skipped.contains(unit.siblingKey)
      && !setAside.contains(unit.id.rawValue)
    {
      guard let state = states[unit.id.rawValue] else {
        if firstNew == nil, newToday < limits.newUnits { firstNew = unit }
        continue
      }
      switch state.phase {
      case .learning, .relearning:
        if state.due < (learning?.1 ?? .distantFuture) { learning = (unit, state.due) }
      case .review where state.due <= now && reviewsToday < limits.reviews:
        if state.due < (review?.1 ?? .distantFuture) { review = (unit, state.due) }
      default: break
      }
    }
    if let learning, learning.1 <= now { return learning.0 }
    if let review { return review.0 }
    if let firstNew { return firstNew }
    if let learning, learning.1 <= now.addingTimeInterval(Self.learnAhead) { return learning.0 }
    return nil
  }

  /// The presentation to ask `unit` with now (by its ladder and its last review).
  public func presentation(of unit: KnowledgeUnit) -> Card? {
    Ladder.presentation(of: unit, after: lastSteps[unit.id.rawValue])
  }

  /// A unit is available unless suspended or held back: a sibling was answered today, the unit itself was
  /// not, and no sibling has held it back on an earlier day.
  func isAvailable(_ unit: KnowledgeUnit) -> Bool {
    let id = unit.id.rawValue
    guard !suspended.contains(id) else { return false }
    guard let answered = answeredToday[unit.siblingKey], !answered.contains(id) else { return true }
    return heldBackBefore.contains(id)
  }

  /// Takes a suspended unit out of the queue.
  public mutating func suspend(_ unit: String) { suspended.insert(unit) }

  /// Takes a review into account: the new state, the step for the ladder, today's counts and the siblings it
  /// holds back.
  public mutating func apply(
    unit: KnowledgeUnit, card: Card, rating: Rating, newState: CardState, wasNew: Bool,
    wasReview: Bool
  ) {
    let id = unit.id.rawValue
    states[id] = newState
    lastSteps[id] = Ladder.Step(card: card.id.rawValue, rating: rating)
    if wasNew { newToday += 1 } else if wasReview { reviewsToday += 1 }
    answeredToday[unit.siblingKey, default: []].insert(id)
  }
}
