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

@Suite("concurrentMap, each result in turn")
struct ConcurrentMapEachTests {
  @Test("hands each result to the body in order", arguments: [0, 1, 2, 17, 1_000])
  func inOrder(count: Int) {
    var received: [Int] = []
    concurrentMap(count: count, { $0 * 3 }, each: { received.append($0) })
    #expect(received == (0..<count).map { $0 * 3 })
  }

  @Test("transforms each index exactly once")
  func eachOnce() {
    let seen = Mutex<[Int]>([])
    concurrentMap(count: 500, { index in seen.withLock { $0.append(index) } }, each: { _ in })
    #expect(seen.withLock { $0.sorted() } == Array(0..<500))
  }

  @Test("holds only a few results at once: the body has had the first before the last is made")
  func fewAtOnce() {
    let made = Mutex(0)
    var madeWhenFirstReceived: Int?
    concurrentMap(
      count: 1_000, { index in made.withLock { $0 += 1 } },
      each: { _ in madeWhenFirstReceived = madeWhenFirstReceived ?? made.withLock { $0 } })
    #expect((madeWhenFirstReceived ?? 1_000) < 1_000)
  }

  struct Stop: Error {}

  @Test("an error thrown by the body stops the work and reaches the caller")
  func throwing() {
    var received = 0
    #expect(throws: Stop.self) {
      try concurrentMap(
        count: 1_000, { $0 },
        each: { value throws(Stop) in
          guard value < 10 else { throw Stop() }
          received += 1
        })
    }
    #expect(received == 10)
  }
}
