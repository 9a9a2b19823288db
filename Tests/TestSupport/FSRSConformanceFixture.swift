import Foundation
import Scheduling

/// The committed vectors from py-fsrs 6.3.2 (fuzz off), `Tests/SchedulingTests/Fixtures/fsrs-vectors.json`;
/// see Scripts/fsrs-vectors.py for the layout. The scheduler's conformance tests replay them card by card,
/// the progress replay's by unit.
public struct FSRSConformanceFixture: Decodable, Sendable {
  /// One scheduler configuration of the fixture.
  public struct Config: Decodable, Sendable {
    /// The 21 weights.
    public let w: [Double]
    /// Desired retention.
    public let dr: Double
    /// Learning steps, in seconds.
    public let ls: [TimeInterval]
    /// Relearning steps, in seconds.
    public let rs: [TimeInterval]
    /// Maximum interval, in days.
    public let mi: Int

    /// The scheduler this configuration describes, fuzz off.
    public func scheduler() throws -> Scheduler {
      Scheduler(
        parameters: try FSRSParameters(
          weights: w, desiredRetention: dr, learningSteps: ls, relearningSteps: rs,
          maximumInterval: mi, enableFuzz: false))
    }
  }

  /// One card's reviews, replayed from a new card with configuration `c`.
  public struct History: Decodable, Sendable {
    /// The index of its configuration.
    public let c: Int
    /// Its reviews, in order.
    public let r: [Step]
  }

  /// One review and py-fsrs's card right after it.
  public struct Step: Decodable, Sendable {
    /// When it was reviewed (seconds since 1970).
    public let time: Int
    /// py-fsrs's Rating value (1 Again … 4 Easy).
    public let rating: Int
    /// py-fsrs's State value: 1 Learning, 2 Review, 3 Relearning.
    public let state: Int
    /// The learning or relearning step, if in one.
    public let step: Int?
    /// Stability in days.
    public let stability: Double
    /// Difficulty, 1…10.
    public let difficulty: Double
    /// When the card falls due (seconds since 1970).
    public let due: Int
    /// The last review (seconds since 1970).
    public let lastReview: Int

    /// Reads a row `[time, rating, state, step, stability, difficulty, due, last review]`.
    public init(from decoder: any Decoder) throws {
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

    /// What differs between Recall's `card` and py-fsrs's card after this review, or nil if they agree:
    /// phase, step, due and last review exactly, stability and difficulty to 1e-4.
    public func difference(from card: CardState) -> String? {
      guard let memory = card.memory else { return "no memory state" }
      let phases: [Int: CardPhase] = [1: .learning, 2: .review, 3: .relearning]
      if card.phase != phases[state] { return "phase \(card.phase), expected state \(state)" }
      if card.step != step {
        return "step \(String(describing: card.step)), expected \(String(describing: step))"
      }
      if abs(memory.stability - stability) > 1e-4 {
        return "stability \(memory.stability), expected \(stability)"
      }
      if abs(memory.difficulty - difficulty) > 1e-4 {
        return "difficulty \(memory.difficulty), expected \(difficulty)"
      }
      if card.due != Date(timeIntervalSince1970: TimeInterval(due)) {
        return "due \(card.due.timeIntervalSince1970), expected \(due)"
      }
      if card.lastReview != Date(timeIntervalSince1970: TimeInterval(lastReview)) {
        return "last review \(String(describing: card.lastReview)), expected \(lastReview)"
      }
      return nil
    }
  }

  /// The py-fsrs version that wrote the vectors.
  public let fsrs: String
  /// The scheduler configurations.
  public let configs: [Config]
  /// The review histories.
  public let histories: [History]

  /// The committed fixture, decoded once.
  public static let committed: Result<FSRSConformanceFixture, any Error> = Result {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("SchedulingTests/Fixtures/fsrs-vectors.json")
    return try JSONDecoder().decode(FSRSConformanceFixture.self, from: Data(contentsOf: url))
  }
}
