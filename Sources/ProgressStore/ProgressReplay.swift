import Foundation
import Scheduling

/// Derives every card's state from a progress file's events: card state is never stored, only replayed.
public struct ProgressReplay: Sendable {
  /// A review that still counts (not taken back by an undo).
  public struct Review: Sendable, Equatable {
    /// When it was made.
    public var time: Date
    /// What was logged.
    public var record: ReviewRecord
  }

  /// The scheduling state of every card reviewed at least once (cram reviews do not count).
  public var states: [String: CardState] = [:]
  /// Cards the learner suspended.
  public var suspended: Set<String> = []
  /// Flags with their notes, per card.
  public var flags: [String: [String]] = [:]
  /// Tags Recall gave cards (`leech`).
  public var tags: [String: Set<String>] = [:]
  /// Every review that counts, in order, cram included (for statistics).
  public var reviews: [Review] = []

  /// Replays `entries` through `scheduler`.
  public init(entries: [ProgressEntry], scheduler: Scheduler) {
    for entry in entries {
      switch entry.event {
      case .review(let record):
        reviews.append(Review(time: entry.time, record: record))
      case .undo(let card):
        if let index = reviews.lastIndex(where: { $0.record.card == card }),
          index == reviews.count - 1
        {
          reviews.removeLast()
        }
      case .suspend(let card): suspended.insert(card)
      case .unsuspend(let card): suspended.remove(card)
      case .flag(let card, let note): flags[card, default: []].append(note ?? "")
      case .tag(let card, let tag): tags[card, default: []].insert(tag)
      case .sessionStart, .sessionEnd, .quizResult, .unknown: break
      }
    }
    for review in reviews where review.record.mode != .cram {
      let card = review.record.card
      let state = states[card] ?? CardState.new(due: review.time)
      states[card] = scheduler.review(
        state, rating: review.record.rating, at: review.time, cardID: card)
    }
  }

  /// The state of `card`: replayed, or new and due now.
  public func state(of card: String, now: Date) -> CardState {
    states[card] ?? CardState.new(due: now)
  }
}
