import Cards
import Foundation
import ProgressCore
import Scheduling
import Testing

@testable import Study

@Suite("Study queue")
struct StudyQueueTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z
  let day = StudyDay(timeZone: .gmt)

  func queue(_ entries: [ProgressEntry] = [], limits: StudyLimits = StudyLimits()) throws
    -> StudyQueue
  {
    let replay = ProgressReplay(entries: entries, scheduler: MiniDeck.scheduler)
    return StudyQueue(
      cards: try MiniDeck.cards(), replay: replay, limits: limits, day: day, now: now)
  }

  func review(_ card: String, _ rating: Rating, minutesAgo: Double) -> ProgressEntry {
    ProgressEntry(
      time: now.addingTimeInterval(-minutesAgo * 60),
      event: .review(ReviewRecord(card: card, rating: rating, milliseconds: 0)), line: 0)
  }

  @Test("new cards come in deck order, one per fact a day, up to the daily limit")
  func newCardsRespectLimitAndSiblings() throws {
    var queue = try queue(limits: StudyLimits(newCards: 3))
    #expect(queue.newCount() == 3)
    var facts: [String] = []
    while let card = queue.next(now: now) {
      facts.append(card.siblingKey)
      let state = MiniDeck.scheduler.review(
        .new(due: now), rating: .easy, at: now, cardID: card.id.rawValue)
      queue.apply(card: card, newState: state, wasNew: true, wasReview: false)
    }
    #expect(facts == ["aspirin-site", "insulin-site", "heparin-site"])
  }

  @Test("a learning card that is due comes before reviews and new cards")
  func learningFirst() throws {
    let cards = try MiniDeck.cards()
    let learning = try #require(cards.first { $0.siblingKey == "heparin-site" })
    let queue = try queue([review(learning.id.rawValue, .again, minutesAgo: 5)])
    #expect(queue.next(now: now)?.id == learning.id)
  }

  @Test("siblings of a card answered today are buried until tomorrow")
  func buriesSiblings() throws {
    let cards = try MiniDeck.cards()
    let answered = try #require(cards.first { $0.siblingKey == "aspirin-site" })
    let queue = try queue([review(answered.id.rawValue, .easy, minutesAgo: 30)])
    let siblings = cards.filter { $0.siblingKey == "aspirin-site" && $0.id != answered.id }
    #expect(!siblings.isEmpty)
    for sibling in siblings { #expect(!queue.isAvailable(sibling)) }
    let tomorrow = StudyQueue(
      cards: cards,
      replay: ProgressReplay(
        entries: [review(answered.id.rawValue, .easy, minutesAgo: 26 * 60)],
        scheduler: MiniDeck.scheduler),
      limits: StudyLimits(), day: day, now: now)
    for sibling in siblings { #expect(tomorrow.isAvailable(sibling)) }
  }

  @Test("suspended cards are never shown")
  func skipsSuspended() throws {
    let cards = try MiniDeck.cards()
    let entries = cards.map {
      ProgressEntry(time: now, event: .suspend(card: $0.id.rawValue), line: 0)
    }
    #expect(try queue(entries).next(now: now) == nil)
  }

  @Test("new cards answered earlier today count against today's limit")
  func countsTodaysNewCards() throws {
    let cards = try MiniDeck.cards()
    let queue = try queue(
      [review(cards[0].id.rawValue, .easy, minutesAgo: 10)], limits: StudyLimits(newCards: 2))
    #expect(queue.newCount() == 1)
  }

  /// Three cards of one fact: two in review and due for two days, a third new.
  func siblings() throws -> (held: Card, other: Card, new: Card, history: [ProgressEntry]) {
    let cards = try MiniDeck.cards().filter { $0.siblingKey == "aspirin-site" }
    try #require(cards.count >= 3)
    // Easy on a new card: due eight days later, so due two days before now.
    let history = [
      review(cards[0].id.rawValue, .easy, minutesAgo: 10 * 1440),
      review(cards[1].id.rawValue, .easy, minutesAgo: 10 * 1440),
    ]
    return (cards[1], cards[0], cards[2], history)
  }

  @Test("a due card is held back by a sibling answered today when no sibling held it back before")
  func holdsBackForADay() throws {
    let (held, other, new, history) = try siblings()
    let queue = try queue(history + [review(new.id.rawValue, .easy, minutesAgo: 30)])
    #expect(!queue.isAvailable(held))
    #expect(!queue.isAvailable(other))
    #expect(queue.outlook(now: now).heldBack == 2)
  }

  @Test("a due card a sibling held back yesterday is shown today, whatever its siblings do")
  func neverHoldsBackTwice() throws {
    let (held, other, new, history) = try siblings()
    let queue = try queue(
      history + [
        // Yesterday the other card was answered while this one was due: it waited one day.
        review(other.id.rawValue, .good, minutesAgo: 24 * 60),
        review(new.id.rawValue, .easy, minutesAgo: 30),
      ])
    #expect(queue.isAvailable(held))
    #expect(queue.next(now: now)?.id == held.id)
  }

  @Test("a card answered today is never held back by a sibling, so it finishes its learning steps")
  func answeredCardsFinishLearning() throws {
    let (_, other, new, _) = try siblings()
    let queue = try queue([
      review(new.id.rawValue, .easy, minutesAgo: 40),
      review(other.id.rawValue, .again, minutesAgo: 30),
    ])
    #expect(queue.isAvailable(other))
    #expect(queue.next(now: now)?.id == other.id)
  }
}
