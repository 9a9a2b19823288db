import Dispatch
import Synchronization

/// `transform` of each of `0..<count`, in order, computed on every core of the machine.
///
/// The result does not depend on how many cores there are or which finishes first. A single item is
/// transformed on the calling thread, with no dispatch at all.
func concurrentMap<Result: Sendable>(
  count: Int, _ transform: @Sendable (Int) -> Result
) -> [Result] {
  guard count > 1 else { return (0..<count).map(transform) }
  let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
  DispatchQueue.concurrentPerform(iterations: count) { index in
    let result = transform(index)
    results.withLock { $0[index] = result }
  }
  return results.withLock { results in results.compactMap { $0 } }
}
