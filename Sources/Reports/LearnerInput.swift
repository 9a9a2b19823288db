import Cards
import Foundation
import ProgressCore
import Scheduling

/// What a learner's report is made from: the deck, the events of the learner's progress file, and the
/// moment and calendar to count in.
public struct LearnerInput: Sendable {
  /// The learner's name.
  public var learner: String
  /// The deck, with its units of knowledge.
  public var deck: ReportDeck
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
    learner: String, deck: ReportDeck, entries: [ProgressEntry], now: Date,
    calendar: ReportCalendar, scheduler: Scheduler = Scheduler()
  ) {
    self.learner = learner
    self.deck = deck
    self.entries = entries
    self.now = now
    self.calendar = calendar
    self.scheduler = scheduler
  }

  /// Creates an input for the deck `deckID`, titled `deckTitle`, whose units are `units`, in study order
  /// (`CardGenerator.units()`).
  public init(
    learner: String, deckID: String, deckTitle: String, units: [KnowledgeUnit],
    entries: [ProgressEntry], now: Date, calendar: ReportCalendar,
    scheduler: Scheduler = Scheduler()
  ) {
    self.init(
      learner: learner, deck: ReportDeck(id: deckID, title: deckTitle, units: units),
      entries: entries, now: now, calendar: calendar, scheduler: scheduler)
  }

  /// The deck id.
  public var deckID: String {
    get { deck.id }
    set { deck.id = newValue }
  }
  /// The deck title.
  public var deckTitle: String {
    get { deck.title }
    set { deck.title = newValue }
  }
  /// The deck's units, in study order.
  public var units: [KnowledgeUnit] { deck.units }

  /// Which unit each of the deck's cards presents (see ``ReportDeck/unitMap``).
  public var unitMap: UnitMap { deck.unitMap }

  /// The progress file's events as replay reads them, by unit (reports schedule the units themselves, as
  /// they walk the history).
  func events() -> ProgressReplay.Events {
    ProgressReplay.Events(entries: entries, scheduler: scheduler, units: deck.unitMap)
  }
}
