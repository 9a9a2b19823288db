import Cards
import Foundation
import ProgressCore
import Scheduling
import TestSupport
import Testing

@testable import Study

@Suite("Study queue")
struct StudyQueueTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z
  let day = StudyDay(timeZone: .gmt)

  func queue(_ entries: [ProgressEntry] = [], limits: StudyLimits = StudyLimits()) throws
    -> StudyQueue
  {
    let units = try MiniDeck.units()
    let replay = ProgressReplay(
      entries: entries, scheduler: MiniDeck.scheduler,
      units: UnitMap(KnowledgeUnit.unitsByCard(units)))
    return StudyQueue(units: units, replay: replay, limits: limits, day: day, now: now)
  }

  func review(_ card: String, _ rating: Rating, minutesAgo: Double) -> ProgressEntry {
    ProgressEntry(
      time: now.addingTimeInterval(-minutesAgo * 60),
      event: .review(ReviewRecord(card: card, rating: rating, milliseconds: 0)), line: 0)
  }

  /// The id of the presentation of unit `unit` of kind `kind`.
  func card(_ unit: String, _ kind: CardKind) throws -> String {
    try #require(try MiniDeck.unit(unit).ladder.first { $0.kind == kind }).id.rawValue
  }

  @Test("new units come in study order, one unit per fact a day, up to the daily limit of units")
  func newUnitsRespectLimitAndSiblings() throws {
    var queue = try queue(limits: StudyLimits(newUnits: 3))
    #expect(queue.newCount() == 3)
    var shown: [String] = []
    while let unit = queue.next(now: now) {
      shown.append(unit.id.rawValue)
      let card = try #require(queue.presentation(of: unit))
      let state = MiniDeck.scheduler.review(
        .new(due: now), rating: .easy, at: now, cardID: unit.id.rawValue)
      queue.apply(
        unit: unit, card: card, rating: .easy, newState: state, wasNew: true, wasReview: false)
    }
    // The reverse unit of each fact waits for another day: its forward unit was answered today.
    #expect(shown == ["aspirin-site", "insulin-site", "heparin-site"])
  }

  @Test("the daily limits count units, not the presentations answered")
  func limitsCountUnits() throws {
    // Three answers to two presentations of one new unit: one new unit used up.
    let queue = try queue(
      [
        review(try card("aspirin-site", .choice), .again, minutesAgo: 30),
        review(try card("aspirin-site", .choice), .good, minutesAgo: 29),
        review(try card("aspirin-site", .recall), .good, minutesAgo: 20),
      ], limits: StudyLimits(newUnits: 2))
    #expect(queue.newCount() == 1)
    #expect(queue.learningCount(now: now) == 0)
    #expect(queue.states.keys.sorted() == ["aspirin-site"])
  }

  @Test("a learning unit that is due comes before reviews and new units")
  func learningFirst() throws {
    let queue = try queue([review(try card("heparin-site", .choice), .again, minutesAgo: 5)])
    #expect(queue.next(now: now)?.id.rawValue == "heparin-site")
  }

  @Test("the other unit of a fact answered today is held until tomorrow")
  func buriesSiblings() throws {
    let answered = try card("aspirin-site", .choice)
    let queue = try queue([review(answered, .easy, minutesAgo: 30)])
    let reverse = try MiniDeck.unit("acts-on.heart.reverse")
    #expect(reverse.siblingKey == "aspirin-site")
    #expect(!queue.isAvailable(reverse))
    #expect(queue.isAvailable(try MiniDeck.unit("aspirin-site")))
    let tomorrow = try self.queue([review(answered, .easy, minutesAgo: 26 * 60)])
    #expect(tomorrow.isAvailable(reverse))
  }

  @Test("a suspended unit is never shown, whichever presentation was suspended")
  func skipsSuspended() throws {
    let units = try MiniDeck.units()
    // One presentation of each unit: the last rung's.
    let entries = units.compactMap { unit in
      unit.ladder.last.map {
        ProgressEntry(time: now, event: .suspend(card: $0.id.rawValue), line: 0)
      }
    }
    #expect(try queue(entries).next(now: now) == nil)
  }

  @Test("new units answered earlier today count against today's limit")
  func countsTodaysNewUnits() throws {
    let queue = try queue(
      [review(try card("aspirin-site", .choice), .easy, minutesAgo: 10)],
      limits: StudyLimits(newUnits: 2))
    #expect(queue.newCount() == 1)
  }

  /// The two units of the aspirin fact, both in review and due for two days.
  func dueSiblings() throws -> (forward: KnowledgeUnit, reverse: KnowledgeUnit, [ProgressEntry]) {
    let forward = try MiniDeck.unit("aspirin-site")
    let reverse = try MiniDeck.unit("acts-on.heart.reverse")
    // Easy on a new unit: due eight days later, so due two days before now.
    let history = [
      review(try card("aspirin-site", .choice), .easy, minutesAgo: 10 * 1440),
      review(try card("acts-on.heart.reverse", .choice), .easy, minutesAgo: 10 * 1440),
    ]
    return (forward, reverse, history)
  }

  @Test("a due unit is held back by a sibling answered today when no sibling held it back before")
  func holdsBackForADay() throws {
    let (forward, reverse, history) = try dueSiblings()
    let queue = try queue(
      history + [review(try card("aspirin-site", .recall), .good, minutesAgo: 30)])
    #expect(queue.isAvailable(forward), "answered today: it finishes its day")
    #expect(!queue.isAvailable(reverse))
    #expect(queue.outlook(now: now).heldBack == 1)
  }

  @Test("a due unit a sibling held back yesterday is shown today, whatever its siblings do")
  func neverHoldsBackTwice() throws {
    let (_, reverse, history) = try dueSiblings()
    let queue = try queue(
      history + [
        // Yesterday the forward unit was answered while the reverse one was due: it waited one day.
        review(try card("aspirin-site", .recall), .again, minutesAgo: 24 * 60),
        review(try card("aspirin-site", .choice), .good, minutesAgo: 30),
      ])
    #expect(queue.isAvailable(reverse))
    #expect(queue.next(now: now)?.id == reverse.id)
  }

  @Test("a unit answered today is never held back by a sibling, so it finishes its learning steps")
  func answeredUnitsFinishLearning() throws {
    let queue = try queue([
      review(try card("acts-on.heart.reverse", .choice), .easy, minutesAgo: 40),
      review(try card("aspirin-site", .choice), .again, minutesAgo: 30),
    ])
    let forward = try MiniDeck.unit("aspirin-site")
    #expect(queue.isAvailable(forward))
    #expect(queue.next(now: now)?.id == forward.id)
  }

  @Test("the queue asks a unit with the presentation its ladder gives after its last review")
  func presentationFollowsTheLadder() throws {
    let unit = try MiniDeck.unit("insulin-site")
    #expect(try queue().presentation(of: unit)?.kind == .choice, "new: the lowest rung")
    let climbed = try queue([review(try card("insulin-site", .choice), .good, minutesAgo: 15)])
    #expect(climbed.presentation(of: unit)?.kind == .recall, "Good: one rung up")
  }
}
