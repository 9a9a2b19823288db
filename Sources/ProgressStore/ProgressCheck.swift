import Foundation
import ProgressCore

/// What `recall progress check` reports about one progress file.
public struct ProgressCheck: Sendable {
  /// The file's header.
  public var header: ProgressHeader
  /// Events after the header.
  public var events: Int
  /// Review events (undone ones included: the file keeps them).
  public var reviews: Int
  /// Undo events.
  public var undos: Int
  /// Distinct cards (presentations) reviewed.
  public var cardsSeen: Int
  /// Distinct units of knowledge reviewed, by any of their presentations.
  public var unitsSeen: Int
  /// Suspended cards.
  public var suspended: Int
  /// Flagged cards.
  public var flagged: Int
  /// Card ids with events that the deck no longer has, with their event counts (kept, never removed).
  public var orphans: [String: Int]
  /// The line number of a cut-off last line, if any.
  public var tornLine: Int?

  /// Summarises `contents`; `knownCards` are the ids the deck has now, `units` maps them to their units.
  public init(
    contents: ProgressReader.Contents, knownCards: Set<String>, units: UnitMap = .cards
  ) {
    header = contents.header
    events = contents.entries.count
    var reviews = 0
    var undos = 0
    var seen: Set<String> = []
    var suspended: Set<String> = []
    var flagged: Set<String> = []
    var orphans: [String: Int] = [:]
    for entry in contents.entries {
      var card: String?
      switch entry.event {
      case .review(let record):
        reviews += 1
        seen.insert(record.card)
        card = record.card
      case .undo(let id):
        undos += 1
        card = id
      case .suspend(let id):
        suspended.insert(id)
        card = id
      case .unsuspend(let id):
        suspended.remove(id)
        card = id
      case .flag(let id, _):
        flagged.insert(id)
        card = id
      case .tag(let id, _): card = id
      case .sessionStart, .sessionEnd, .quizResult, .parameters, .unknown: break
      }
      if let card, !knownCards.contains(card) { orphans[card, default: 0] += 1 }
    }
    self.reviews = reviews
    self.undos = undos
    cardsSeen = seen.count
    unitsSeen = Set(seen.map(units.unit(of:))).count
    self.suspended = suspended.count
    self.flagged = flagged.count
    self.orphans = orphans
    tornLine = contents.tornLine
  }
}
