import Foundation

/// How well a parameter vector predicts recall on a set of reviews: lower is better for both measures.
public struct FitMetrics: Sendable, Equatable {
  /// The mean binary log loss of the predicted probability of a right answer (the retrievability, or
  /// g + (1 − g)·R for a review that can be guessed) against right / wrong.
  public var logLoss: Double
  /// fsrs-rs's RMSE(bins): reviews are grouped by (elapsed days, review count, lapse count) on geometric
  /// scales; per bin the mean prediction is compared with the observed recall rate; the root of the
  /// count-weighted mean of the squared differences.
  public var rmseBins: Double
  /// How many reviews were scored.
  public var reviews: Int

  /// Scores `predictions` without weights (every review counts once).
  init(_ predictions: [TrainingSet.Prediction]) {
    reviews = predictions.count
    guard !predictions.isEmpty else {
      logLoss = .nan
      rmseBins = .nan
      return
    }
    var loss = 0.0
    var bins: [TrainingSet.Bin: (predicted: Double, recalled: Double, count: Double)] = [:]
    for prediction in predictions {
      loss += prediction.logLoss
      bins[prediction.bin, default: (0, 0, 0)].predicted += prediction.probability
      bins[prediction.bin, default: (0, 0, 0)].recalled += prediction.recalled ? 1 : 0
      bins[prediction.bin, default: (0, 0, 0)].count += 1
    }
    logLoss = loss / Double(predictions.count)
    var squares = 0.0
    // In bin order: a dictionary's order changes with the process's hash seed, and the last bit of
    // a sum with the order of its terms.
    for (_, bin) in bins.sorted(by: { $0.key < $1.key }) {
      let difference = (bin.predicted - bin.recalled) / bin.count
      squares += difference * difference * bin.count
    }
    rmseBins = (squares / Double(predictions.count)).squareRoot()
  }

  /// The metrics of `predictions` by the rung of the presentation answered.
  static func byRung(_ predictions: [TrainingSet.Prediction]) -> [Int: FitMetrics] {
    Dictionary(grouping: predictions, by: \.rung).mapValues(FitMetrics.init)
  }
}
