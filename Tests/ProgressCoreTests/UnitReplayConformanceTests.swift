import Foundation
import Scheduling
import Testing

@testable import ProgressCore

/// py-fsrs's vectors (the Scheduling conformance fixture), replayed as units: a unit whose reviews are all
/// at one rung, whichever of its presentations was shown, has exactly the states py-fsrs gives.
@Suite("Replay by unit: conformance with py-fsrs 6.3.2")
struct UnitReplayConformanceTests {
  /// The fixture's layout (Scripts/fsrs-vectors.py): scheduler configurations, and histories of reviews,
  /// each row `[time, rating, state, step, stability, difficulty, due, last review]`.
  struct Fixture: Decodable {
    struct Config: Decodable {
      let w: [Double]
      let dr: Double
      let ls: [TimeInterval]
      let rs: [TimeInterval]
      let mi: Int
    }

    struct History: Decodable {
      let c: Int
      let r: [[Double?]]
    }

    let fsrs: String
    let configs: [Config]
    let histories: [History]
  }

  static let fixture: Result<Fixture, any Error> = Result {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("SchedulingTests/Fixtures/fsrs-vectors.json")
    return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
  }

  /// py-fsrs's State values: 1 Learning, 2 Review, 3 Relearning.
  static let phases: [Int: CardPhase] = [1: .learning, 2: .review, 3: .relearning]

  @Test(
    "every prefix of every vector, replayed as one unit shown as two true/false presentations, gives py-fsrs's state",
    arguments: 0..<6)
  func vectorsAsUnits(configIndex: Int) throws {
    let fixture = try Self.fixture.get()
    #expect(fixture.fsrs == "6.3.2")
    let config = try #require(
      fixture.configs.indices.contains(configIndex) ? fixture.configs[configIndex] : nil)
    let scheduler = Scheduler(
      parameters: try FSRSParameters(
        weights: config.w, desiredRetention: config.dr, learningSteps: config.ls,
        relearningSteps: config.rs, maximumInterval: config.mi, enableFuzz: false))
    // Each prefix of each history is a unit of its own, `h<history>/<length>`; its reviews alternate
    // between the unit's true and false statements (both on the judge rung), as a session varies them.
    var entries: [ProgressEntry] = []
    var unitByCard: [String: String] = [:]
    var expected: [String: [Double?]] = [:]
    for (number, history) in fixture.histories.enumerated() where history.c == configIndex {
      for length in 1...history.r.count {
        let unit = "h\(number)/\(length)"
        let cards = [unit + ".truefalse.true", unit + ".truefalse.false"]
        for card in cards { unitByCard[card] = unit }
        for (index, row) in history.r.prefix(length).enumerated() {
          let seconds = try #require(row[0])
          let value = try #require(row[1])
          let rating = try #require(Rating(rawValue: Int(value)))
          let time = Date(timeIntervalSince1970: seconds)
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
    for (unit, row) in expected.sorted(by: { $0.key < $1.key }) {
      guard let state = replay.states[unit] else {
        mismatches.append("\(unit): no state")
        continue
      }
      if let problem = Self.difference(state, row) { mismatches.append("\(unit): \(problem)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
  }

  /// What differs between `state` and py-fsrs's row, or nil.
  static func difference(_ state: CardState, _ row: [Double?]) -> String? {
    guard row.count == 8, let phase = row[2].flatMap({ phases[Int($0)] }),
      let stability = row[4], let difficulty = row[5], let due = row[6], let last = row[7]
    else { return "malformed row \(row)" }
    guard let memory = state.memory else { return "no memory state" }
    if state.phase != phase { return "phase \(state.phase), expected \(phase)" }
    if state.step != row[3].map({ Int($0) }) { return "step \(String(describing: state.step))" }
    if abs(memory.stability - stability) > 1e-4 { return "stability \(memory.stability)" }
    if abs(memory.difficulty - difficulty) > 1e-4 { return "difficulty \(memory.difficulty)" }
    if state.due != Date(timeIntervalSince1970: due) { return "due \(state.due)" }
    if state.lastReview != Date(timeIntervalSince1970: last) { return "last review" }
    return nil
  }
}
