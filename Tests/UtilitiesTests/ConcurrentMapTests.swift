import Foundation
import Synchronization
import Testing
import Utilities

@Suite("concurrentMap")
struct ConcurrentMapTests {
  @Test("gives what map gives, in order", arguments: [0, 1, 2, 3, 1_000])
  func inOrder(count: Int) {
    #expect(concurrentMap(count: count) { $0 * $0 } == (0..<count).map { $0 * $0 })
  }

  @Test("transforms each index exactly once")
  func eachOnce() {
    let seen = Mutex<[Int]>([])
    _ = concurrentMap(count: 500) { index in seen.withLock { $0.append(index) } }
    #expect(seen.withLock { $0.sorted() } == Array(0..<500))
  }

  @Test("runs as many workers as the machine has active processors")
  func workers() {
    #expect(concurrentWorkerCount == max(1, ProcessInfo.processInfo.activeProcessorCount))
  }
}
