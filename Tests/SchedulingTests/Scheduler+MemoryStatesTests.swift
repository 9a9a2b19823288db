import Foundation
import Testing

@testable import Scheduling

/// `Fixtures/memory-state-vectors.json`, written by `Scripts/memory-state-vectors.py` with py-fsrs 6.3.2.
private struct MemoryStateVectors: Decodable {
  struct History: Decodable {
    var reviews: [[Int]]
    var stability: Double
    var difficulty: Double
  }
  var histories: [History]
}

@Suite("Scheduler.memoryStates")
struct SchedulerMemoryStatesTests {
  @Test("the memory states of 200 histories equal py-fsrs 6.3.2's, on any number of threads")
  func matchesPyFSRS() throws {
    let url = try #require(
      Bundle.module.url(
        forResource: "memory-state-vectors", withExtension: "json", subdirectory: "Fixtures"))
    let vectors = try JSONDecoder().decode(MemoryStateVectors.self, from: Data(contentsOf: url))
    #expect(vectors.histories.count == 200)
    var ratings: [UInt8] = []
    var elapsed: [Int32] = []
    var starts = [0]
    for history in vectors.histories {
      for review in history.reviews {
        ratings.append(UInt8(review[0]))
        elapsed.append(Int32(review[1]))
      }
      starts.append(ratings.count)
    }
    let scheduler = Scheduler(parameters: .default)
    for threads in [1, 2, 3, 7, 500] {
      let states = scheduler.memoryStates(
        ratings: ratings, elapsedDays: elapsed, historyStarts: starts, threads: threads)
      #expect(states.count == vectors.histories.count)
      for (state, expected) in zip(states, vectors.histories) {
        #expect(abs(state.stability - expected.stability) <= 1e-8 * max(1, expected.stability))
        #expect(abs(state.difficulty - expected.difficulty) <= 1e-8)
      }
    }
  }
}
