import Foundation
import TestSupport
import Testing

@testable import Scheduling

@Suite("Conformance with py-fsrs 6.3.2")
struct ConformanceTests {
  @Test("the fixture comes from py-fsrs 6.3.2 and holds at least 1,000 histories")
  func fixtureShape() throws {
    let fixture = try FSRSConformanceFixture.committed.get()
    #expect(fixture.fsrs == "6.3.2")
    #expect(fixture.histories.count >= 1_000)
    #expect(fixture.configs.count == 6, "the replay test below covers configurations 0..<6")
    #expect(
      fixture.histories.allSatisfy { !$0.r.isEmpty && fixture.configs.indices.contains($0.c) })
  }

  @Test(
    "every review of every history matches py-fsrs: phase, step, due exactly; S and D to 1e-4",
    arguments: 0..<6)
  func replay(configIndex: Int) throws {
    let fixture = try FSRSConformanceFixture.committed.get()
    try #require(fixture.configs.indices.contains(configIndex))
    let scheduler = try fixture.configs[configIndex].scheduler()
    var mismatches: [String] = []
    var reviews = 0
    for (number, history) in fixture.histories.enumerated() where history.c == configIndex {
      guard let first = history.r.first else { continue }
      var card = CardState.new(due: Self.date(first.time))
      for (index, expected) in history.r.enumerated() {
        let rating = try #require(Rating(rawValue: expected.rating))
        card = scheduler.review(
          card, rating: rating, at: Self.date(expected.time), cardID: "h\(number)")
        reviews += 1
        if let problem = expected.difference(from: card) {
          mismatches.append("history \(number) review \(index + 1): \(problem)")
          break  // later reviews of this history would only repeat the error
        }
      }
    }
    #expect(reviews > 0)
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
  }

  private static func date(_ seconds: Int) -> Date {
    Date(timeIntervalSince1970: TimeInterval(seconds))
  }
}
