import Cards
import Foundation
import ProgressCore

extension StudySession {
  /// What `:undo` takes back.
  public struct Undone: Sendable {
    /// What kind of action it was.
    public enum Kind: Sendable, Equatable {
      /// An answer: an `undo` event was appended and the card is asked again.
      case answer
      /// A suspension: an `unsuspend` event was appended and the card comes back.
      case suspension
    }

    /// The card concerned.
    public var card: Card
    /// What was taken back.
    public var kind: Kind
  }

  /// An answer or a suspension of this session, with the session as it was before it.
  struct Action {
    enum Kind {
      case answer
      /// An answer that made the card a leech (tagged and suspended).
      case leechAnswer
      case suspension
    }

    var kind: Kind
    var card: Card
    var before: Snapshot
  }

  /// Everything an answer or a suspension changes in the session.
  struct Snapshot {
    var queue: StudyQueue
    var summary: SessionSummary
    var skipped: Set<String>
    var setAside: Set<String>
    var tries: [String: Tries]
    var cramOrder: [KnowledgeUnit]
  }

  /// A unit's answers in this session.
  struct Tries {
    var answers = 0
    var agains = 0
    /// The study days (their starts) on which this session saw the card answered Again.
    var againDays: Set<Date> = []
  }

  func snapshot() -> Snapshot {
    Snapshot(
      queue: queue, summary: summary, skipped: skipped, setAside: setAside, tries: tries,
      cramOrder: cramOrder)
  }

  /// Takes back the last answer or suspension of this session: an `undo` event (for an answer) or an
  /// `unsuspend` event (for a suspension, and for an answer that made the card a leech) is appended, nothing
  /// is rewritten, and the card comes back. Returns what was taken back, or nil when there is nothing.
  public func undo(at now: Date) throws(ProgressError) -> Undone? {
    guard let last = history.last else { return nil }
    let id = last.card.id.rawValue
    switch last.kind {
    case .answer, .leechAnswer:
      try log.record(.undo(card: id), at: now)
      // The leech's tag stays (there is no event to remove a tag); its suspension goes with the answer.
      if last.kind == .leechAnswer { try? log.record(.unsuspend(card: id), at: now) }
    case .suspension:
      try log.record(.unsuspend(card: id), at: now)
    }
    history.removeLast()
    let before = last.before
    queue = before.queue
    summary = before.summary
    skipped = before.skipped
    setAside = before.setAside
    tries = before.tries
    cramOrder = before.cramOrder
    return Undone(card: last.card, kind: last.kind == .suspension ? .suspension : .answer)
  }

  /// Whether there is an answer or a suspension to take back.
  public var canUndo: Bool { !history.isEmpty }

  /// The study days on which unit `id` was forgotten: before this session, and in it (`tried`).
  func forgottenDays(of id: String, tried: Tries) -> Int {
    if earlierAgains == nil {
      var times: [String: [Date]] = [:]
      for review in earlierReviews
      where review.record.rating == .again && review.record.mode != .cram {
        times[units.unit(of: review.record.card), default: []].append(review.time)
      }
      earlierAgains = times
    }
    let earlier = (earlierAgains?[id] ?? []).map { queue.day.start(of: $0) }
    return tried.againDays.union(earlier).count
  }
}
