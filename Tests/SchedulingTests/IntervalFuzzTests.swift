import Foundation
import Testing
import Utilities

@testable import Scheduling

@Suite("IntervalFuzz")
struct IntervalFuzzTests {
  let fuzz = IntervalFuzz(maximumInterval: 36500)
  let cardIDs = (0..<300).map { "deck/fact-\($0)/recall" }

  @Test("intervals under 2.5 days are never fuzzed", arguments: [1, 2])
  func noFuzzForShortIntervals(days: Int) {
    #expect(fuzz.range(forInterval: days) == nil)
    for id in cardIDs {
      #expect(fuzz.fuzzed(days, cardID: id, reviewCount: 4) == days)
    }
  }

  @Test(
    "the range is the guide's: round(I ± delta), at least 2, at most the maximum interval",
    arguments: [
      (3, 2...4), (4, 3...5), (5, 4...6), (7, 5...9), (8, 6...10), (15, 13...17), (20, 17...23),
      (30, 27...33), (100, 93...107), (1000, 948...1052), (36500, 34673...36500),
    ])
  func range(days: Int, expected: ClosedRange<Int>) {
    #expect(fuzz.range(forInterval: days) == expected)
  }

  @Test("fuzzed intervals stay in the range and reach every day of it", arguments: [3, 8, 30, 365])
  func fuzzedWithinRange(days: Int) throws {
    let range = try #require(fuzz.range(forInterval: days))
    let picked = Set(cardIDs.map { fuzz.fuzzed(days, cardID: $0, reviewCount: 7) })
    #expect(picked.allSatisfy(range.contains))
    #expect(picked.count == range.count)
  }

  @Test("the maximum interval bounds the fuzz too")
  func fuzzRespectsMaximum() {
    let short = IntervalFuzz(maximumInterval: 60)
    #expect(short.range(forInterval: 60) == 55...60)
    #expect(cardIDs.allSatisfy { short.fuzzed(60, cardID: $0, reviewCount: 1) <= 60 })
  }

  @Test("the seed is FNV-1a of \"<card id>:<review count>\", pinned so replays never drift")
  func pinnedSeedAndPick() {
    #expect(IntervalFuzz.seed(cardID: "card", reviewCount: 3) == FNV1aHash.hash("card:3"))
    #expect(fuzz.fuzzed(30, cardID: "calcinosis-cutis/fact-12/recall", reviewCount: 5) == 31)
  }

  @Test(
    "the seed hashes the bytes of the text \"<card id>:<review count>\", whatever the id and count",
    arguments: [
      ("", 0), ("card", 9), ("calcinosis-cutis/fact-12/recall", 10),
      ("fact-5278.recall.forward", 123),
      ("caf\u{E9}.r\u{E9}sum\u{E9}", 4_567_890), ("e\u{301}:1", Int.max), ("x", -1),
    ])
  func seedOfText(cardID: String, reviewCount: Int) {
    #expect(
      IntervalFuzz.seed(cardID: cardID, reviewCount: reviewCount)
        == FNV1aHash.hash("\(cardID):\(reviewCount)"))
  }

  @Test("the same card id and review count always give the same due date")
  func deterministicDue() throws {
    let scheduler = Scheduler(parameters: .default)
    let start = Date(timeIntervalSince1970: 1_735_722_000)
    let card = reviewCard(stability: 50, difficulty: 6, lastReview: start)
    let now = start.addingTimeInterval(50 * 86_400)
    let dues = (0..<5).map { _ in
      scheduler.review(card, rating: .good, at: now, cardID: "card-42").due
    }
    #expect(Set(dues).count == 1)

    let unfuzzed = Scheduler(parameters: try FSRSParameters(enableFuzz: false))
    let plain = unfuzzed.review(card, rating: .good, at: now, cardID: "card-42")
    let days = Int((plain.due.timeIntervalSince(now) / 86_400).rounded())
    let range = try #require(fuzz.range(forInterval: days))
    let fuzzedDays = cardIDs.map { id in
      scheduler.review(card, rating: .good, at: now, cardID: id).due.timeIntervalSince(now) / 86_400
    }
    #expect(fuzzedDays.allSatisfy { $0 == $0.rounded() && range.contains(Int($0)) })
    #expect(Set(fuzzedDays).count > 1)
  }

  @Test("a different review count gives independent fuzz")
  func reviewCountChangesFuzz() {
    let picks = (0..<50).map { fuzz.fuzzed(100, cardID: "card-42", reviewCount: $0) }
    #expect(Set(picks).count > 5)
  }
}
