import Foundation
import ProgressCore
import Scheduling
import Testing

@testable import recall

/// The histories `recall optimize` fits: one per unit of knowledge, each review at its rung.
@Suite("OptimizeCommand's unit histories")
struct OptimizeCommandTests {
  let start = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

  func review(_ card: String, day: Int, rung: Int?, mode: ReviewRecord.Mode = .study)
    -> ProgressEntry
  {
    ProgressEntry(
      time: start.addingTimeInterval(Double(day) * 86_400),
      event: .review(
        ReviewRecord(card: card, rating: .good, milliseconds: 900, rung: rung, mode: mode)),
      line: 0)
  }

  @Test(
    "a unit's presentations form one history; a review logged without a rung counts as produce; cram is left out"
  )
  func unitHistories() {
    let entries = [
      review("fact.truefalse.true", day: 0, rung: 0),
      review("other.recall.forward", day: 0, rung: nil),
      review("fact.choice.forward", day: 1, rung: 1),
      review("fact.recall.forward", day: 3, rung: nil),
      review("fact.list.forward", day: 4, rung: 5, mode: .cram),
    ]
    let replay = ProgressReplay(
      entries: entries, scheduler: Scheduler(),
      units: UnitMap([
        "fact.truefalse.true": "fact", "fact.choice.forward": "fact", "fact.recall.forward": "fact",
        "fact.list.forward": "fact", "other.recall.forward": "other",
      ]))
    let histories = OptimizeCommand.unitHistories(replay)
    #expect(histories.count == 2)
    #expect(histories[0].reviews.map(\.rung) == [0, 1, 4])
    #expect(
      histories[0].reviews.map(\.time) == [0, 1, 3].map { start.addingTimeInterval($0 * 86_400) })
    #expect(histories[1].reviews.map(\.rung) == [4])
  }
}
