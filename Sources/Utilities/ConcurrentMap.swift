import Dispatch
import Foundation
import Synchronization

/// How many pieces of work run at once on this machine: its active processors (at least one).
///
/// For work cut into contiguous parts (one per worker) before ``concurrentMap(count:_:)`` runs them.
public let concurrentWorkerCount = max(1, ProcessInfo.processInfo.activeProcessorCount)

/// `transform` of each of `0..<count`, in order, computed on every core of the machine.
///
/// The result does not depend on how many cores there are or which finishes first. A single item is
/// transformed on the calling thread, with no dispatch at all.
public func concurrentMap<Result: Sendable>(
  count: Int, _ transform: @Sendable (Int) -> Result
) -> [Result] {
  guard count > 1 else { return (0..<count).map(transform) }
  let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
  DispatchQueue.concurrentPerform(iterations: count) { index in
    let result = transform(index)
    results.withLock { $0[index] = result }
  }
  // Taken out of the lock, so that the caller owns each result alone and can mutate it without a copy.
  return results.withLock { results in
    defer { results = [] }
    return results.compactMap { $0 }
  }
}

/// `transform` of each of `0..<count`, computed on every core of the machine and handed to `body` one by
/// one, in order, on the calling thread.
///
/// For more work than fits in memory at once (a class of ten thousand progress files): the items are
/// transformed a few per core at a time, so only those are held, and `body` folds each result into whatever
/// it builds while the next ones wait. What `body` receives does not depend on how many cores there are.
public func concurrentMap<Result: Sendable, Failure: Error>(
  count: Int, _ transform: @Sendable (Int) -> Result, each body: (Result) throws(Failure) -> Void
) throws(Failure) {
  // Enough items per core that a slow one rarely keeps the others waiting at the end of a batch.
  let batch = concurrentWorkerCount * 32
  for start in stride(from: 0, to: count, by: batch) {
    let results = concurrentMap(count: min(batch, count - start)) { transform(start + $0) }
    for result in results { try body(result) }
  }
}
