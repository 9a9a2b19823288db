import Cards
import Foundation
import Scheduling
import TestSupport
import Testing

@testable import Study

/// How a simulated learner answers.
@Suite("SimulatedLearner")
struct SimulatedLearnerTests {
  /// 2026-01-01T09:00:00Z.
  let start = Date(timeIntervalSince1970: 1_767_258_000)

  @Test(
    "the forecast learner is right with g + (1 − g)·R: the guess rate of the rung on top of recall",
    arguments: [(CardKind.truefalse, 0.5), (.choice, 0.25), (.recall, 0)])
  func forecastGuesses(kind: CardKind, guess: Double) throws {
    // Any presentation of the kind: only its rung matters to the learner.
    var card = try #require(try MiniDeck.cards().first)
    card.kind = kind
    let scheduler = MiniDeck.scheduler
    let state = scheduler.review(
      CardState.new(due: start), rating: .good, at: start, cardID: "unit")
    let later = start.addingTimeInterval(200 * 86_400)
    let recall = scheduler.retrievability(of: state, at: later)
    var learner = SimulatedLearner(.forecast, seed: 12)
    let answers = 20_000
    var right = 0
    for _ in 0..<answers {
      let correct = learner.answersRight(
        card, unit: "unit", state: state, scheduler: scheduler, at: later)
      if correct { right += 1 }
    }
    let expected = guess + (1 - guess) * recall
    #expect(abs(Double(right) / Double(answers) - expected) < 0.015, "recall \(recall)")
    #expect(abs(Double(learner.recalled) / Double(answers) - recall) < 0.015)
  }
}
