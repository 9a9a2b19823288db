import Cards
import Foundation
import Scheduling
import Utilities

/// A learner who studies in a simulation: decides whether each answer is right. Seeded, so a simulation is
/// the same every time.
public struct SimulatedLearner: Sendable {
  /// How the learner answers.
  public enum Model: Sendable {
    /// Right with a fixed probability, whatever the unit.
    case accuracy(Double)
    /// Recalls with the probability the scheduler itself predicts for the unit (its retrievability under the
    /// learner's parameters): a forecast that takes the model at its word.
    case forecast
    /// Has a hidden memory of each unit that evolves as FSRS-6 with `weights` says (the truth), recalls with
    /// its retrievability, and on a recognition rung guesses right with the rung's guess rate (``Guessing``)
    /// when it does not recall.
    case hiddenMemory(weights: [Double])
  }

  /// How the learner answers.
  public let model: Model
  private var random: SplitMix64
  private var memory: [String: CardState] = [:]
  private let truth: Scheduler?
  /// Answers the learner recalled (not guessed), and all answers (for `hiddenMemory`).
  public private(set) var recalled = 0
  /// Answers given.
  public private(set) var answers = 0

  /// A learner answering as `model` says, with random draws from `seed`.
  public init(_ model: Model, seed: UInt64) {
    self.model = model
    random = SplitMix64(seed: seed)
    if case .hiddenMemory(let weights) = model {
      var parameters = FSRSParameters.default
      parameters.weights = weights
      parameters.enableFuzz = false
      truth = Scheduler(parameters: parameters)
    } else {
      truth = nil
    }
  }

  /// The probability of recalling a unit just taught (its first answer comes right after the lesson).
  public static let recallAfterTeaching = 0.95

  /// Whether the learner answers `card` (of unit `unit`, whose scheduled state is `state`) right at `now`.
  public mutating func answersRight(
    _ card: Card, unit: String, state: CardState, scheduler: Scheduler, at now: Date
  ) -> Bool {
    answers += 1
    // The optimizer weighs evidence by the same rates.
    let guess = Guessing.rate(rung: Rung(card.kind).rawValue)
    switch model {
    case .accuracy(let share):
      return random.nextUnitInterval() < share
    case .forecast:
      let chance =
        state.phase == .new
        ? Self.recallAfterTeaching : scheduler.retrievability(of: state, at: now)
      let recalls = random.nextUnitInterval() < chance
      if recalls { recalled += 1 }
      return recalls || random.nextUnitInterval() < guess
    case .hiddenMemory:
      guard let truth else { return false }
      let hidden = memory[unit]
      let chance = hidden.map { truth.retrievability(of: $0, at: now) } ?? Self.recallAfterTeaching
      let recalls = random.nextUnitInterval() < chance
      memory[unit] = truth.review(
        hidden ?? CardState.new(due: now), rating: recalls ? .good : .again, at: now, cardID: unit)
      if recalls { recalled += 1 }
      return recalls || random.nextUnitInterval() < guess
    }
  }

  /// The hidden probability of recall of every unit met so far at `date` (for `hiddenMemory`; else empty).
  public func hiddenRecall(at date: Date) -> [String: Double] {
    guard let truth else { return [:] }
    return memory.mapValues { truth.retrievability(of: $0, at: date) }
  }
}
