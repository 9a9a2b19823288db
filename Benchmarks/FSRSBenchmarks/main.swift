// `fsrs-benchmarks`: Recall's side of Scripts/peer-benchmarks.py (which generates the data and runs
// py-fsrs and fsrs-rs-python on the same files).
//
//   fsrs-benchmarks memory HISTORIES OUT   memory states of every history; prints the best of 5 times
//   fsrs-benchmarks fit CARDS CUTOFF OUT   fits on the reviews before day CUTOFF; prints the time
//
// HISTORIES: one history a line, reviews as "rating,elapsed-days" separated by spaces.
// CARDS: one card a line, reviews as "rating,day" (absolute day numbers) separated by spaces.
import BenchmarkSupport
import Foundation
import Scheduling

func readLines(_ path: String) -> [Substring] {
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("fsrs-benchmarks: cannot read \(path)\n".utf8))
    exit(1)
  }
  return text.split(separator: "\n")
}

func pairs(_ line: Substring) -> [(Int, Int)] {
  line.split(separator: " ").compactMap { pair in
    let parts = pair.split(separator: ",")
    guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
    return (a, b)
  }
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
  FileHandle.standardError.write(
    Data("usage: fsrs-benchmarks memory HISTORIES OUT | fit CARDS CUTOFF OUT\n".utf8))
  exit(2)
}
let clock = ContinuousClock()
switch arguments[1] {
case "memory":
  var ratings: [UInt8] = []
  var elapsed: [Int32] = []
  var starts = [0]
  for line in readLines(arguments[2]) {
    for (rating, days) in pairs(line) {
      ratings.append(UInt8(rating))
      elapsed.append(Int32(days))
    }
    starts.append(ratings.count)
  }
  let scheduler = Scheduler(parameters: .default)
  var best = Double.infinity
  var states: [MemoryState] = []
  for _ in 0..<5 {
    let time = clock.measure {
      states = scheduler.memoryStates(ratings: ratings, elapsedDays: elapsed, historyStarts: starts)
    }
    best = min(best, seconds(time))
  }
  let out = states.map { "\($0.stability) \($0.difficulty)" }.joined(separator: "\n") + "\n"
  try out.write(toFile: arguments[3], atomically: true, encoding: .utf8)
  print("recall memory: \(states.count) histories, \(ratings.count) reviews, best of 5 \(best) s")
case "fit":
  guard arguments.count >= 5, let cutoffDay = Int(arguments[3]) else { exit(2) }
  let start = Date(timeIntervalSince1970: 1_767_225_600)
  let histories = readLines(arguments[2]).map { line in
    CardHistory(
      reviews: pairs(line).map { rating, day in
        CardHistory.Review(
          time: start.addingTimeInterval(Double(day) * 86_400),
          rating: Rating(rawValue: rating) ?? .good)
      })
  }
  var result: ParameterOptimizer.Result?
  let time = clock.measure {
    var configuration = ParameterOptimizer.Configuration()
    if let threads = ProcessInfo.processInfo.environment["RECALL_BENCH_THREADS"].flatMap(Int.init) {
      configuration.threads = threads
    }
    result = try? ParameterOptimizer(configuration: configuration).fit(
      histories, current: FSRSParameters.defaultWeights,
      heldOutFrom: start.addingTimeInterval(Double(cutoffDay) * 86_400))
  }
  guard let result else {
    FileHandle.standardError.write(Data("fsrs-benchmarks: not enough history\n".utf8))
    exit(1)
  }
  try (result.weights.map { "\($0)" }.joined(separator: " ") + "\n").write(
    toFile: arguments[4], atomically: true, encoding: .utf8)
  print(
    "recall fit: \(result.trainingItems) training items in \(seconds(time)) s; held out "
      + "\(result.fitted.reviews): log loss \(result.fitted.logLoss) (defaults \(result.current.logLoss)), "
      + "RMSE(bins) \(result.fitted.rmseBins) (defaults \(result.current.rmseBins))")
default:
  exit(2)
}
