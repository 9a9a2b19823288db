import Foundation
import Testing

@testable import Scheduling

/// 2025-01-01 09:00 UTC, the start of the guide's reference trace.
private let newYear = Date(timeIntervalSince1970: 1_735_722_000)
private let day: TimeInterval = 86_400

private func scheduler(fuzz: Bool = false) throws -> Scheduler {
  Scheduler(parameters: try FSRSParameters(enableFuzz: fuzz))
}

@Suite("Scheduler")
struct SchedulerTests {
  @Test("the guide's reference trace: Good, Good, Good, Again, Good, Hard, Easy, each on time")
  func referenceTrace() throws {
    let scheduler = try scheduler()
    let ratings: [Rating] = [.good, .good, .good, .again, .good, .hard, .easy]
    let stabilities = [2.306500, 2.306500, 10.971048, 1.539013, 1.571842, 3.594306, 12.302840]
    var card = CardState.new(due: newYear)
    for (rating, stability) in zip(ratings, stabilities) {
      card = scheduler.review(card, rating: rating, at: card.due, cardID: "trace")
      let memory = try #require(card.memory)
      #expect(abs(memory.stability - stability) < 5e-7, "after \(rating)")
    }
    let memory = try #require(card.memory)
    #expect(abs(memory.difficulty - 7.643121) < 5e-7)
    #expect(card.due == newYear.addingTimeInterval(31 * day + 20 * 60))  // 2025-02-01 09:20
    #expect(card.phase == .review)
    #expect(card.reviewCount == 7)
    #expect(card.lapses == 1)
  }

  @Test(
    "a new card's first answer starts learning or, on Easy, graduates",
    arguments: [
      (Rating.again, CardPhase.learning, 0 as Int?, 60.0),
      (.hard, .learning, 0, 330),  // the mean of 1 and 10 minutes
      (.good, .learning, 1, 600),
      (.easy, .review, nil, 8 * 86_400),  // I(w3 = 8.2956) = 8 days
    ])
  func firstAnswer(rating: Rating, phase: CardPhase, step: Int?, delay: TimeInterval) throws {
    let card = try scheduler().review(.new(due: newYear), rating: rating, at: newYear, cardID: "c")
    #expect(card.phase == phase)
    #expect(card.step == step)
    #expect(card.due == newYear.addingTimeInterval(delay))
    #expect(card.lastReview == newYear)
    #expect(card.reviewCount == 1)
    let defaults = FSRSParameters.defaultWeights
    #expect(card.memory?.stability == defaults[rating.rawValue - 1])
  }

  @Test("a failed review moves the card to relearning and counts a lapse")
  func lapse() throws {
    let scheduler = try scheduler()
    let card = reviewCard(stability: 10, difficulty: 5, lastReview: newYear)
    let now = newYear.addingTimeInterval(10 * day)
    let failed = scheduler.review(card, rating: .again, at: now, cardID: "c")
    #expect(failed.phase == .relearning)
    #expect(failed.step == 0)
    #expect(failed.due == now.addingTimeInterval(600))
    #expect(failed.lapses == 1)
    let stability = try #require(failed.memory?.stability)
    #expect(stability < 10)
  }

  @Test("without relearning steps a lapse stays in review, due in whole days")
  func lapseWithoutRelearningSteps() throws {
    let scheduler = Scheduler(
      parameters: try FSRSParameters(relearningSteps: [], enableFuzz: false))
    let card = reviewCard(stability: 10, difficulty: 5, lastReview: newYear)
    let now = newYear.addingTimeInterval(10 * day)
    let failed = scheduler.review(card, rating: .again, at: now, cardID: "c")
    let stability = try #require(failed.memory?.stability)
    #expect(failed.phase == .review)
    #expect(failed.step == nil)
    #expect(failed.lapses == 1)
    let days = TimeInterval(scheduler.interval(forStability: stability))
    #expect(failed.due == now.addingTimeInterval(days * day))
  }

  @Test(
    "a review less than a day after the last uses the same-day formula", arguments: Rating.allCases)
  func sameDayReview(rating: Rating) throws {
    let scheduler = try scheduler()
    let w = FSRSParameters.defaultWeights
    let card = reviewCard(stability: 10, difficulty: 5, lastReview: newYear)
    let now = newYear.addingTimeInterval(day - 1)
    let reviewed = scheduler.review(card, rating: rating, at: now, cardID: "c")
    var increase = exp(w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(10, -w[19])
    if rating != .again {
      increase = max(increase, 1)
    }
    let stability = try #require(reviewed.memory?.stability)
    #expect(abs(stability - 10 * increase) < 1e-9)
  }

  @Test(
    "intervals round half to even like Python, at least one day, at most 36500",
    arguments: [
      (0.001, 1), (0.4, 1), (0.6, 1), (1.5, 2), (2.4, 2), (2.5, 2), (2.6, 3), (3.5, 4), (4.5, 4),
      (100.5, 100), (36499.4, 36499), (36500.6, 36500), (1e9, 36500), (.infinity, 36500),
    ])
  func intervalRounding(stability: Double, days: Int) throws {
    #expect(try scheduler().interval(forStability: stability) == days)
  }

  @Test(
    "desired retention stretches intervals and the maximum interval caps them",
    arguments: [(1.0, 3), (10, 33), (100, 332), (1000, 365)])
  func intervalWithRetentionAndCap(stability: Double, days: Int) throws {
    let parameters = try FSRSParameters(desiredRetention: 0.8, maximumInterval: 365)
    #expect(Scheduler(parameters: parameters).interval(forStability: stability) == days)
  }

  @Test("retrievability is 0.9 after exactly S days", arguments: [1, 3, 10, 100, 365, 10_000])
  func retrievabilityAtStability(days: Int) throws {
    let card = reviewCard(stability: Double(days), difficulty: 5, lastReview: newYear)
    let now = newYear.addingTimeInterval(TimeInterval(days) * day)
    #expect(abs(try scheduler().retrievability(of: card, at: now) - 0.9) < 1e-12)
  }

  @Test("retrievability counts whole days: 0 for a new card, 1 within the first day")
  func retrievabilityEdges() throws {
    let scheduler = try scheduler()
    #expect(scheduler.retrievability(of: .new(due: newYear), at: newYear) == 0)
    let card = reviewCard(stability: 3, difficulty: 5, lastReview: newYear)
    #expect(scheduler.retrievability(of: card, at: newYear.addingTimeInterval(day - 1)) == 1)
    #expect(scheduler.retrievability(of: card, at: newYear.addingTimeInterval(-day)) == 1)
    let later = scheduler.retrievability(of: card, at: newYear.addingTimeInterval(4 * day - 1))
    #expect(abs(later - 0.9) < 1e-12)
  }

  @Test("preview shows all four ratings, each exactly what review would give, fuzz included")
  func preview() throws {
    let scheduler = try scheduler(fuzz: true)
    let card = reviewCard(stability: 40, difficulty: 5, lastReview: newYear)
    let now = newYear.addingTimeInterval(40 * day)
    let outcomes = scheduler.preview(card, at: now, cardID: "deck/fact-7/recall")
    #expect(Set(outcomes.keys) == Set(Rating.allCases))
    for rating in Rating.allCases {
      let reviewed = scheduler.review(card, rating: rating, at: now, cardID: "deck/fact-7/recall")
      #expect(outcomes[rating] == reviewed)
    }
    let dues = Rating.allCases.compactMap { outcomes[$0]?.due }
    #expect(dues == dues.sorted())
  }

  @Test("learning steps are never fuzzed")
  func stepsAreNotFuzzed() throws {
    let scheduler = try scheduler(fuzz: true)
    let first = scheduler.review(.new(due: newYear), rating: .good, at: newYear, cardID: "x")
    #expect(first.due == newYear.addingTimeInterval(600))
  }
}

/// A review-phase card with the given memory, last reviewed (and due from) `lastReview`.
func reviewCard(stability: Double, difficulty: Double, lastReview: Date) -> CardState {
  CardState(
    phase: .review, memory: MemoryState(stability: stability, difficulty: difficulty),
    due: lastReview.addingTimeInterval(stability * 86_400), lastReview: lastReview,
    reviewCount: 3)
}
