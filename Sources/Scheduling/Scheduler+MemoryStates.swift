import Utilities

extension Scheduler {
  /// The memory state after each of many review histories, as fsrs-rs's `memory_state` computes it.
  ///
  /// History h is `ratings[historyStarts[h]..<historyStarts[h + 1]]` (1…4) with the whole days since
  /// the previous review in `elapsedDays` (0 for the first review and for same-day reviews, which take
  /// the short-term formula). The histories are cut into `threads` runs (by default one per core of the
  /// machine) replayed at once; the result does not depend on the cut.
  public func memoryStates(
    ratings: [UInt8], elapsedDays: [Int32], historyStarts: [Int],
    threads: Int = concurrentWorkerCount
  ) -> [MemoryState] {
    let count = max(historyStarts.count - 1, 0)
    let model = MemoryModel(weights: parameters.weights)
    let runs = max(1, min(threads, count))
    let states = concurrentMap(count: runs) { run in
      (count * run / runs..<count * (run + 1) / runs).map { history in
        let start = historyStarts[history]
        let end = historyStarts[history + 1]
        guard end > start else { return MemoryState(stability: 0, difficulty: 0) }
        return MemoryState(
          model.replay(ratings: ratings, elapsedDays: elapsedDays, reviews: start..<end))
      }
    }
    return Array(states.joined())
  }
}
