import Cards
import Foundation
import ProgressCore
import Scheduling

/// Days of study through the real queue and ladder, by a simulated learner: each day one session that runs
/// until nothing is left, every answer graded and recorded as a session records it (in memory). `recall
/// simulate` forecasts a learner's workload with it, and the study benchmark measures the queue with it.
public struct StudySimulation: Sendable {
  /// One simulated day.
  public struct Day: Sendable, Equatable {
    /// Answers given (every review of the day, learning steps included).
    public var reviews = 0
    /// Of those, answers graded right.
    public var right = 0
    /// Units in review that were forgotten (answered wrong).
    public var lapses = 0
    /// New units introduced.
    public var newUnits = 0
    /// Units introduced so far, this day included.
    public var learned = 0
    /// Units the scheduler expects the learner to recall a day after the session (the sum of their
    /// probabilities of recall).
    public var expectedRecalled = 0.0
    /// Due units the session left unshown (waiting, or over the day's limit); units set aside after
    /// failing again and again, and units held back a day by another unit of their fact, are counted
    /// apart.
    public var dueLeft = 0
    /// Due units the session set aside after they failed again and again (they were shown today).
    public var setAside = 0
    /// Due units held back to the next day by another unit of their fact.
    public var heldBack = 0
  }

  /// What a simulation did.
  public struct Result: Sendable {
    /// Each day.
    public var days: [Day] = []
    /// Every event, the simulated days' after those given.
    public var entries: [ProgressEntry] = []
    /// Answers per unit, over the simulated days.
    public var answersByUnit: [String: Int] = [:]
    /// Answers per rung, over the simulated days.
    public var answersByRung: [Rung: Int] = [:]
  }

  let units: [KnowledgeUnit]
  let unitMap: UnitMap
  let checker: AnswerChecker
  let scheduler: Scheduler
  let limits: StudyLimits
  let day: StudyDay
  /// Seconds a simulated answer takes.
  static let answerSeconds: TimeInterval = 15

  /// A simulation of studying `units` (in study order) with `scheduler`, within `limits`, days counted in
  /// `timeZone`.
  public init(
    units: [KnowledgeUnit], lexicon: Lexicon, descriptions: [String: String] = [:],
    scheduler: Scheduler, limits: StudyLimits = StudyLimits(), timeZone: TimeZone
  ) {
    self.units = units
    unitMap = UnitMap(KnowledgeUnit.unitsByCard(units))
    checker = AnswerChecker(lexicon: lexicon, descriptions: descriptions)
    self.scheduler = scheduler
    self.limits = limits
    day = StudyDay(timeZone: timeZone)
  }

  /// Studies `days` days, one session a day at the time of day of `start`, after the events in `entries`,
  /// answering as `learner` does.
  public func run(
    days: Int, from start: Date, after entries: [ProgressEntry] = [],
    learner: inout SimulatedLearner
  ) -> Result {
    let log = SimulationLog(entries)
    var result = Result()
    var introduced = Set(
      ProgressReplay(entries: entries, scheduler: scheduler, units: unitMap).states.keys)
    for dayIndex in 0..<max(0, days) {
      var now = start.addingTimeInterval(Double(dayIndex) * 86_400)
      let replay = ProgressReplay(entries: log.entries, scheduler: scheduler, units: unitMap)
      let session = StudySession(
        units: units, checker: checker, replay: replay, scheduler: scheduler, log: log,
        limits: limits, day: day, now: now)
      var today = Day()
      while let item = session.nextItem(at: now) {
        let unit = item.unit.id.rawValue
        let state = session.state(of: item.card, at: now)
        let right = learner.answersRight(
          item.card, unit: unit, state: state, scheduler: scheduler, at: now)
        let input = right ? item.card.modelAnswer : ""
        let grade = session.grade(input, for: item.card)
        let rating = session.suggestedRating(for: grade)
        // The log is in memory: recording cannot fail.
        _ = try? session.record(
          card: item.card, rating: rating, suggested: rating, grade: grade, input: input,
          milliseconds: Int(Self.answerSeconds * 1000), at: now)
        today.reviews += 1
        if grade.isCorrect { today.right += 1 }
        if state.phase == .review, rating == .again { today.lapses += 1 }
        if introduced.insert(unit).inserted { today.newUnits += 1 }
        result.answersByUnit[unit, default: 0] += 1
        result.answersByRung[Rung(item.card.kind), default: 0] += 1
        now = now.addingTimeInterval(Self.answerSeconds)
      }
      let outlook = session.outlook(at: now)
      today.dueLeft = outlook.waiting + outlook.overLimit
      today.setAside = outlook.setAside
      today.heldBack = outlook.heldBack
      today.learned = introduced.count
      let dayLater = now.addingTimeInterval(86_400)
      // Summed in unit order: a dictionary's order differs from one instance to the next, and the last
      // bit of a sum with the order of its terms, so the same seed would not give the same figures.
      let states = session.queue.states
      today.expectedRecalled = states.keys.sorted().reduce(0) { sum, unit in
        sum + (states[unit].map { scheduler.retrievability(of: $0, at: dayLater) } ?? 0)
      }
      result.days.append(today)
    }
    result.entries = log.entries
    return result
  }
}

/// The events of a simulation, in memory.
final class SimulationLog: ProgressLog {
  private(set) var entries: [ProgressEntry]

  init(_ entries: [ProgressEntry]) { self.entries = entries }

  func record(_ event: ProgressEvent, at time: Date) throws(ProgressError) {
    entries.append(ProgressEntry(time: time, event: event, line: 0))
  }
}
