import Testing

@testable import Scheduling

@Suite("WorkloadSimulator")
struct WorkloadSimulatorTests {
  func run(_ retention: Double, seed: UInt64 = 7) throws -> [WorkloadSimulator.Day] {
    let parameters = try FSRSParameters(desiredRetention: retention)
    let studied = (0..<50).map { index in
      WorkloadSimulator.Card(
        memory: MemoryState(stability: Double(1 + index % 20), difficulty: 5),
        lastReview: -(index % 10), due: index % 7)
    }
    return WorkloadSimulator(parameters: parameters, newPerDay: 10).run(
      cards: studied, newAvailable: 100, days: 60, seed: seed)
  }

  @Test("the same seed gives the same forecast; new cards stop when the deck runs out")
  func deterministic() throws {
    let first = try run(0.9)
    #expect(first == (try run(0.9)))
    #expect(first.count == 60)
    #expect(first.map(\.newCards).reduce(0, +) == 100)
    #expect(first[9].learned == 150 && first[59].learned == 150)
    #expect(first.allSatisfy { $0.lapses <= $0.reviews })
  }

  @Test("a higher desired retention costs more reviews and keeps more cards in memory")
  func retentionTradeOff() throws {
    let low = try run(0.8)
    let high = try run(0.95)
    #expect(high.map(\.reviews).reduce(0, +) > low.map(\.reviews).reduce(0, +))
    #expect(high[59].expectedRecalled > low[59].expectedRecalled)
  }
}
