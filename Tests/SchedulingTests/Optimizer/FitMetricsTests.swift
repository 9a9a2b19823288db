import Foundation
import Testing
import Utilities

@testable import Scheduling

@Suite("FitMetrics")
struct FitMetricsTests {
  @Test(
    "RMSE(bins) sums the bins in bin order, so it is the same in every process",
    arguments: 1...8 as ClosedRange<UInt64>)
  func binsSummedInOrder(seed: UInt64) {
    // 300 bins of 1 to 300 items with drawn predictions: the last bit of their sum depends on the
    // order of its terms, and a dictionary's order on the process's hash seed.
    var generator = SplitMix64(seed: seed)
    var predictions: [TrainingSet.Prediction] = []
    for index in 0..<300 {
      let bin = TrainingSet.Bin(days: index / 15, length: index % 15 / 3, lapses: index % 3)
      for _ in 0...(Int(generator.next() % 300)) {
        predictions.append(
          .init(
            retrievability: generator.nextUnitInterval(),
            recalled: generator.nextUnitInterval() < 0.8, weight: 1, bin: bin))
      }
    }
    var bins: [TrainingSet.Bin: (predicted: Double, recalled: Double, count: Double)] = [:]
    for prediction in predictions {
      bins[prediction.bin, default: (0, 0, 0)].predicted += prediction.retrievability
      bins[prediction.bin, default: (0, 0, 0)].recalled += prediction.recalled ? 1 : 0
      bins[prediction.bin, default: (0, 0, 0)].count += 1
    }
    var squares = 0.0
    for (_, bin) in bins.sorted(by: {
      ($0.key.days, $0.key.length, $0.key.lapses) < ($1.key.days, $1.key.length, $1.key.lapses)
    }) {
      let difference = (bin.predicted - bin.recalled) / bin.count
      squares += difference * difference * bin.count
    }
    #expect(
      FitMetrics(predictions).rmseBins == (squares / Double(predictions.count)).squareRoot())
  }
}
