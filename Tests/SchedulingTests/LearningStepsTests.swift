import Foundation
import Testing

@testable import Scheduling

@Suite("LearningSteps")
struct LearningStepsTests {
  typealias Outcome = LearningSteps.Outcome

  @Test(
    "the step ladder follows py-fsrs 6.3.2",
    arguments: [
      // two steps (Recall's learning steps)
      ([60.0, 600], 0, Rating.again, Outcome.step(index: 0, delay: 60)),
      ([60, 600], 0, .hard, .step(index: 0, delay: 330)),  // mean of the first two steps
      ([60, 600], 0, .good, .step(index: 1, delay: 600)),
      ([60, 600], 0, .easy, .graduate),
      ([60, 600], 1, .again, .step(index: 0, delay: 60)),
      ([60, 600], 1, .hard, .step(index: 1, delay: 600)),  // Hard repeats the step
      ([60, 600], 1, .good, .graduate),
      // one step (Recall's relearning step): Hard on it waits 1.5 times as long
      ([600], 0, .hard, .step(index: 0, delay: 900)),
      ([600], 0, .good, .graduate),
      // three steps
      ([300, 1800, 7200], 1, .good, .step(index: 2, delay: 7200)),
      ([300, 1800, 7200], 2, .hard, .step(index: 2, delay: 7200)),
      // a step beyond the ladder (steps shortened since): graduate unless Again
      ([60, 600], 5, .hard, .graduate),
      ([60, 600], 5, .again, .step(index: 0, delay: 60)),
      // no steps at all: every rating graduates
      ([], 0, .again, .graduate),
      ([], 0, .good, .graduate),
    ])
  func ladder(delays: [TimeInterval], step: Int, rating: Rating, outcome: Outcome) {
    #expect(LearningSteps(delays: delays).outcome(fromStep: step, rating: rating) == outcome)
  }
}
