public import Foundation

/// A scheduler setting that Recall refuses, with a message that names the setting.
///
/// Thrown when ``FSRSParameters`` are created or validated; only the first problem found is
/// reported, checking weights first, then retention, steps and the maximum interval.
public enum SchedulingError: Error, Equatable, CustomStringConvertible {
  /// The weight list does not hold exactly the 21 FSRS-6 weights w0…w20.
  case wrongWeightCount(expected: Int, found: Int)
  /// Weight `w<index>` is outside the bounds FSRS-6 is defined for, or is not a number.
  case weightOutOfBounds(index: Int, value: Double, lowerBound: Double, upperBound: Double)
  /// The desired retention is not strictly between 0 and 1.
  case desiredRetentionOutOfBounds(Double)
  /// A learning step is not a positive, finite number of seconds.
  case invalidLearningStep(index: Int, seconds: TimeInterval)
  /// A relearning step is not a positive, finite number of seconds.
  case invalidRelearningStep(index: Int, seconds: TimeInterval)
  /// The maximum interval is shorter than one day.
  case invalidMaximumInterval(Int)
  /// Too little review history to fit parameters: `items` reviews at least a day after the previous one
  /// of their card (to train on, and to hold out), fewer than `needed`.
  case notEnoughHistory(
    trainingItems: Int, heldOutItems: Int, neededTraining: Int, neededHeldOut: Int)

  /// A one-line message for the learner or teacher who supplied the setting.
  public var description: String {
    switch self {
    case .wrongWeightCount(let expected, let found):
      "FSRS weights: expected \(expected) values (w0…w\(expected - 1)), found \(found)."
    case .weightOutOfBounds(let index, let value, let lowerBound, let upperBound):
      "FSRS weight w\(index) = \(value) is out of bounds: it must be between \(lowerBound)"
        + " and \(upperBound)."
    case .desiredRetentionOutOfBounds(let value):
      "Desired retention \(value) is out of bounds: it must be greater than 0 and less than 1"
        + " (0.9 means 90 %)."
    case .invalidLearningStep(let index, let seconds):
      "Learning step \(index + 1) is \(seconds) seconds: each step must be a positive number"
        + " of seconds."
    case .invalidRelearningStep(let index, let seconds):
      "Relearning step \(index + 1) is \(seconds) seconds: each step must be a positive number"
        + " of seconds."
    case .invalidMaximumInterval(let days):
      "Maximum interval \(days) days is too short: it must be at least 1 day."
    case .notEnoughHistory(let training, let heldOut, let neededTraining, let neededHeldOut):
      "Not enough review history to fit parameters: \(training) reviews to train on and \(heldOut)"
        + " to check against (reviews at least a day after the card's previous one); at least"
        + " \(neededTraining) and \(neededHeldOut) are needed. Keep studying and try again later."
    }
  }
}
