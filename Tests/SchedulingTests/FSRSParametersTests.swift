import Foundation
import Testing

@testable import Scheduling

@Suite("FSRSParameters")
struct FSRSParametersTests {
  @Test("the defaults are valid and match the design: retention 0.9, steps 1m 10m and 10m")
  func defaults() throws {
    let parameters = FSRSParameters.default
    #expect(try FSRSParameters() == parameters)
    try parameters.validate()
    #expect(parameters.weights.count == 21)
    #expect(parameters.desiredRetention == 0.9)
    #expect(parameters.learningSteps == [60, 600])
    #expect(parameters.relearningSteps == [600])
    #expect(parameters.maximumInterval == 36500)
    #expect(parameters.enableFuzz)
  }

  @Test("weights exactly on their bounds are accepted")
  func weightsOnBounds() throws {
    let bounds = FSRSParameters.weightBounds
    _ = try FSRSParameters(weights: bounds.map(\.lowerBound))
    _ = try FSRSParameters(weights: bounds.map(\.upperBound))
  }

  @Test("a weight just outside its bounds is refused, naming the weight", arguments: 0..<21)
  func weightOutOfBounds(index: Int) throws {
    let range = FSRSParameters.weightBounds[index]
    for value in [range.lowerBound - 0.001, range.upperBound + 0.001] {
      var weights = FSRSParameters.defaultWeights
      weights[index] = value
      let expected = SchedulingError.weightOutOfBounds(
        index: index, value: value, lowerBound: range.lowerBound, upperBound: range.upperBound)
      #expect(throws: expected) { try FSRSParameters(weights: weights) }
      #expect(expected.description.contains("w\(index) "))
    }
  }

  @Test("a weight that is not a number is refused")
  func weightNaN() {
    var weights = FSRSParameters.defaultWeights
    weights[8] = .nan
    #expect {
      try FSRSParameters(weights: weights)
    } throws: { error in
      guard case .weightOutOfBounds(let index, _, _, _) = error as? SchedulingError else {
        return false
      }
      return index == 8
    }
  }

  @Test("anything but 21 weights is refused", arguments: [0, 17, 20, 22])
  func wrongWeightCount(count: Int) {
    let weights = Array(repeating: 1.0, count: count)
    #expect(throws: SchedulingError.wrongWeightCount(expected: 21, found: count)) {
      try FSRSParameters(weights: weights)
    }
  }

  @Test("desired retention must lie strictly between 0 and 1", arguments: [0, 1, -0.5, 1.5])
  func retentionOutOfBounds(retention: Double) {
    #expect(throws: SchedulingError.desiredRetentionOutOfBounds(retention)) {
      try FSRSParameters(desiredRetention: retention)
    }
  }

  @Test("desired retention inside (0, 1) is accepted", arguments: [0.01, 0.7, 0.9, 0.99])
  func retentionInBounds(retention: Double) throws {
    #expect(try FSRSParameters(desiredRetention: retention).desiredRetention == retention)
  }

  @Test("steps must be positive, finite numbers of seconds", arguments: [0, -60, .infinity])
  func invalidSteps(seconds: TimeInterval) {
    #expect(throws: SchedulingError.invalidLearningStep(index: 1, seconds: seconds)) {
      try FSRSParameters(learningSteps: [60, seconds])
    }
    #expect(throws: SchedulingError.invalidRelearningStep(index: 0, seconds: seconds)) {
      try FSRSParameters(relearningSteps: [seconds])
    }
  }

  @Test("empty step lists are allowed")
  func emptySteps() throws {
    let parameters = try FSRSParameters(learningSteps: [], relearningSteps: [])
    #expect(parameters.learningSteps.isEmpty && parameters.relearningSteps.isEmpty)
  }

  @Test("the maximum interval must be at least one day", arguments: [0, -1])
  func invalidMaximumInterval(days: Int) {
    #expect(throws: SchedulingError.invalidMaximumInterval(days)) {
      try FSRSParameters(maximumInterval: days)
    }
  }

  @Test(
    "error messages name the setting the user must fix",
    arguments: [
      (SchedulingError.wrongWeightCount(expected: 21, found: 3), "FSRS weights"),
      (.weightOutOfBounds(index: 7, value: 0.9, lowerBound: 0.001, upperBound: 0.75), "w7"),
      (.desiredRetentionOutOfBounds(1.2), "Desired retention"),
      (.invalidLearningStep(index: 0, seconds: 0), "Learning step 1"),
      (.invalidRelearningStep(index: 1, seconds: -5), "Relearning step 2"),
      (.invalidMaximumInterval(0), "Maximum interval"),
    ])
  func messages(error: SchedulingError, name: String) {
    #expect(error.description.contains(name))
  }
}
