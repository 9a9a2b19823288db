import Dispatch

extension Scheduler {
  /// The memory state after each of many review histories, as fsrs-rs's `memory_state` computes it.
  ///
  /// History h is `ratings[historyStarts[h]..<historyStarts[h + 1]]` (1…4) with the whole days since
  /// the previous review in `elapsedDays` (0 for the first review and for same-day reviews, which take
  /// the short-term formula). The work is split over `threads` threads (1 or 2) by history.
  public func memoryStates(
    ratings: [UInt8], elapsedDays: [Int32], historyStarts: [Int], threads: Int = 2
  ) -> [MemoryState] {
    let count = max(historyStarts.count - 1, 0)
    var result = [MemoryState](
      repeating: MemoryState(stability: 0, difficulty: 0), count: count)
    let model = MemoryModel(weights: parameters.weights)
    let parts = max(1, min(threads, 2, count))
    result.withUnsafeMutableBufferPointer { output in
      nonisolated(unsafe) let output = output
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let lower = count * part / parts
        let upper = count * (part + 1) / parts
        for history in lower..<upper {
          let start = historyStarts[history]
          let end = historyStarts[history + 1]
          guard end > start else { continue }
          output[history] = MemoryState(
            model.replay(ratings: ratings, elapsedDays: elapsedDays, reviews: start..<end))
        }
      }
    }
    return result
  }
}
