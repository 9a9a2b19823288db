import Cards
import Foundation
import ProgressCore
import Scheduling

/// What a learner's report is made from: the deck's units of knowledge, the events of the learner's
/// progress file, and the moment and calendar to count in.
public struct LearnerInput: Sendable {
  /// The learner's name.
  public var learner: String
  /// The deck id.
  public var deckID: String
  /// The deck title.
  public var deckTitle: String
  /// The deck's units, in study order (`CardGenerator.units()`).
  public var units: [KnowledgeUnit]
  /// The progress file's events, in file order.
  public var entries: [ProgressEntry]
  /// The moment the report describes; later events are left out.
  public var now: Date
  /// The calendar days are counted in.
  public var calendar: ReportCalendar
  /// The scheduler that replays the events.
  public var scheduler: Scheduler

  /// Creates an input.
  public init(
    learner: String, deckID: String, deckTitle: String, units: [KnowledgeUnit],
    entries: [ProgressEntry], now: Date, calendar: ReportCalendar,
    scheduler: Scheduler = Scheduler()
  ) {
    self.learner = learner
    self.deckID = deckID
    self.deckTitle = deckTitle
    self.units = units
    self.entries = entries
    self.now = now
    self.calendar = calendar
    self.scheduler = scheduler
  }

  /// Which unit each of the deck's cards presents: reviews name cards, and replay counts them for units (a
  /// card the deck no longer makes is a unit of its own).
  public var unitMap: UnitMap { UnitMap(KnowledgeUnit.unitsByCard(units)) }

  /// The progress replayed by unit.
  func replay() -> ProgressReplay {
    ProgressReplay(entries: entries, scheduler: scheduler, units: unitMap)
  }
}
