import Foundation

extension ProgressReplay {
  /// The reviews that count, in file order: a view of the replayed entries rather than a copy of them, so a
  /// million reviews are not held twice.
  public struct Reviews: RandomAccessCollection, Sendable {
    private let entries: [ProgressEntry]
    /// Positions in `entries` of the reviews that count; each holds a `.review`.
    let positions: [Int]

    init(entries: [ProgressEntry], positions: [Int]) {
      self.entries = entries
      self.positions = positions
    }

    /// The position of the first review.
    public var startIndex: Int { 0 }
    /// The position after the last review.
    public var endIndex: Int { positions.count }

    /// Where the review at `position` stands among the replayed entries.
    func entryPosition(_ position: Int) -> Int { positions[position] }

    /// The review at `position`.
    public subscript(position: Int) -> Review {
      let entry = entries[positions[position]]
      guard case .review(let record) = entry.event else {
        // Unreachable: only reviews are listed. A harmless value keeps this total.
        return Review(
          time: entry.time, record: ReviewRecord(card: "", rating: .again, milliseconds: 0))
      }
      return Review(time: entry.time, record: record)
    }
  }
}
