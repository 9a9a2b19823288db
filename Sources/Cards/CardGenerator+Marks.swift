extension CardGenerator {
  /// A set of entity indices that is emptied in constant time: the true objects (or subjects) of the question
  /// being made, tested for every distractor candidate without hashing.
  ///
  /// Each entity has a stamp; the set holds the entities whose stamp is the current one, and `replace` starts a
  /// new stamp. One instance per run of facts: it is not safe to share between threads.
  final class Marks {
    /// One stamp per entity, then the current stamp (kept in the buffer: no exclusivity checks on access).
    private let stamps: UnsafeMutableBufferPointer<UInt32>
    private let currentIndex: Int

    init(count: Int) {
      stamps = .allocate(capacity: count + 1)
      stamps.initialize(repeating: 0)
      currentIndex = count
      stamps[currentIndex] = 1
    }

    deinit { stamps.deallocate() }

    /// Makes the set hold exactly `members`.
    func replace(with members: [Int32]) {
      if stamps[currentIndex] == .max {
        for index in stamps.indices { stamps[index] = 0 }
      }
      stamps[currentIndex] += 1
      let current = stamps[currentIndex]
      for member in members { stamps[Int(member)] = current }
    }

    func contains(_ member: Int32) -> Bool { stamps[Int(member)] == stamps[currentIndex] }
  }
}
