import Foundation
import Scheduling
import TestSupport
import Testing

@testable import ProgressCore

/// py-fsrs's vectors (the Scheduling conformance fixture), replayed as units: a unit whose reviews are all
/// at one rung, whichever of its presentations was shown, has exactly the states py-fsrs gives.
@Suite("Replay by unit: conformance with py-fsrs 6.3.2")
struct UnitReplayConformanceTests {
  @Test(
    "every prefix of every vector, replayed as one unit shown as two true/false presentations, gives py-fsrs's state",
    arguments: 0..<6)
  func vectorsAsUnits(configIndex: Int) throws {
    let fixture = try FSRSConformanceFixture.committed.get()
    #expect(fixture.fsrs == "6.3.2")
    try #require(fixture.configs.indices.contains(configIndex))
    let scheduler = try fixture.configs[configIndex].scheduler()
    // Each prefix of each history is a unit of its own, `h<history>/<length>`; its reviews alternate
    // between the unit's true and false statements (both on the judge rung), as a session varies them.
    var entries: [ProgressEntry] = []
    var unitByCard: [String: String] = [:]
    var expected: [String: FSRSConformanceFixture.Step] = [:]
    for (number, history) in fixture.histories.enumerated() where history.c == configIndex {
      for length in 1...history.r.count {
        let unit = "h\(number)/\(length)"
        let cards = [unit + ".truefalse.true", unit + ".truefalse.false"]
        for card in cards { unitByCard[card] = unit }
        for (index, row) in history.r.prefix(length).enumerated() {
          let rating = try #require(Rating(rawValue: row.rating))
          let time = Date(timeIntervalSince1970: TimeInterval(row.time))
          entries.append(
            ProgressEntry(
              time: time,
              event: .review(
                ReviewRecord(
                  card: cards[index % 2], rating: rating, milliseconds: 0, rung: 0)),
              line: entries.count + 2))
        }
        expected[unit] = history.r[length - 1]
      }
    }
    #expect(!expected.isEmpty)
    let replay = ProgressReplay(entries: entries, scheduler: scheduler, units: UnitMap(unitByCard))
    var mismatches: [String] = []
    for (unit, step) in expected.sorted(by: { $0.key < $1.key }) {
      guard let state = replay.states[unit] else {
        mismatches.append("\(unit): no state")
        continue
      }
      if let problem = step.difference(from: state) { mismatches.append("\(unit): \(problem)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
  }
}
