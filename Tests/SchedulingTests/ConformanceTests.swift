import Foundation
import Testing

@testable import Scheduling

/// The committed vectors from py-fsrs 6.3.2 (fuzz off); see Scripts/fsrs-vectors.py for the layout.
struct ConformanceFixture: Decodable {
  /// One scheduler configuration of the fixture.
  struct Config: Decodable {
    let w: [Double]
    let dr: Double
    let ls: [TimeInterval]
    let rs: [TimeInterval]
    let mi: Int
  }

  /// One card's reviews, replayed from a new card with configuration `c`.
  struct History: Decodable {
    let c: Int
    let r: [Step]
  }

  /// One review and py-fsrs's card right after it.
  struct Step: Decodable {
    let time: Int
    let rating: Int
    let state: Int
    let step: Int?
    let stability: Double
    let difficulty: Double
    let due: Int
    let lastReview: Int

    init(from decoder: any Decoder) throws {
      var row = try decoder.unkeyedContainer()
      time = try row.decode(Int.self)
      rating = try row.decode(Int.self)
      state = try row.decode(Int.self)
      step = try row.decodeIfPresent(Int.self)
      stability = try row.decode(Double.self)
      difficulty = try row.decode(Double.self)
      due = try row.decode(Int.self)
      lastReview = try row.decode(Int.self)
    }
  }

  let fsrs: String
  let configs: [Config]
  let histories: [History]

  /// The fixture bundled with the test target, decoded once.
  static let bundled: Result<ConformanceFixture, any Error> = Result {
    guard
      let url = Bundle.module.url(
        forResource: "fsrs-vectors", withExtension: "json", subdirectory: "Fixtures")
    else {
      throw CocoaError(.fileNoSuchFile)
    }
    return try JSONDecoder().decode(ConformanceFixture.self, from: Data(contentsOf: url))
  }
}

@Suite("Conformance with py-fsrs 6.3.2")
struct ConformanceTests {
  /// py-fsrs's State values: 1 Learning, 2 Review, 3 Relearning.
  static let phases: [Int: CardPhase] = [1: .learning, 2: .review, 3: .relearning]

  @Test("the fixture comes from py-fsrs 6.3.2 and holds at least 1,000 histories")
  func fixtureShape() throws {
    let fixture = try ConformanceFixture.bundled.get()
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
    let fixture = try ConformanceFixture.bundled.get()
    try #require(fixture.configs.indices.contains(configIndex))
    let config = fixture.configs[configIndex]
    let scheduler = Scheduler(
      parameters: try FSRSParameters(
        weights: config.w, desiredRetention: config.dr, learningSteps: config.ls,
        relearningSteps: config.rs, maximumInterval: config.mi, enableFuzz: false))
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
        if let problem = Self.difference(card, expected) {
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

  /// What differs between Recall's `card` and py-fsrs's `expected` card, or `nil` if they agree.
  private static func difference(
    _ card: CardState, _ expected: ConformanceFixture.Step
  ) -> String? {
    guard let memory = card.memory else { return "no memory state" }
    if card.phase != phases[expected.state] {
      return "phase \(card.phase), expected state \(expected.state)"
    }
    if card.step != expected.step {
      return "step \(String(describing: card.step)), expected \(String(describing: expected.step))"
    }
    if abs(memory.stability - expected.stability) > 1e-4 {
      return "stability \(memory.stability), expected \(expected.stability)"
    }
    if abs(memory.difficulty - expected.difficulty) > 1e-4 {
      return "difficulty \(memory.difficulty), expected \(expected.difficulty)"
    }
    if card.due != date(expected.due) {
      return "due \(card.due.timeIntervalSince1970), expected \(expected.due)"
    }
    if card.lastReview != date(expected.lastReview) {
      return "last review \(String(describing: card.lastReview)), expected \(expected.lastReview)"
    }
    return nil
  }
}
