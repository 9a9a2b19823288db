import Cards
import Foundation
import ProgressCore
import Scheduling

extension StudyQueue {
  /// The cards that a sibling has already held back: due before the study day that begins at `dayStart`,
  /// with another card of their fact answered on or after the study day they fell due and before this one.
  ///
  /// A card that falls due on a day a sibling is answered waits for the next day; from then on it is shown
  /// whatever its siblings do. Burying siblings by the day alone would let one sibling that is answered
  /// every day (a card forgotten again and again, always first as a learning card) keep the others hidden
  /// for weeks.
  ///
  /// Walks the reviews back from the newest only as far as the earliest such due date, and only until the
  /// siblings concerned have all been found.
  static func heldBack(
    cards: [Card], states: [String: CardState], suspended: Set<String>,
    reviews: ProgressReplay.Reviews, day: StudyDay, before dayStart: Date
  ) -> Set<String> {
    var dueSince: [String: Date] = [:]
    for card in cards {
      let id = card.id.rawValue
      guard let state = states[id], state.due < dayStart, !suspended.contains(id) else { continue }
      dueSince[id] = day.start(of: state.due)
    }
    guard let earliest = dueSince.values.min() else { return [] }
    var keys: [String: String] = [:]
    var byKey: [String: [String]] = [:]
    for card in cards {
      keys[card.id.rawValue] = card.siblingKey
      byKey[card.siblingKey, default: []].append(card.id.rawValue)
    }
    func siblings(of id: String) -> [String] {
      byKey[keys[id] ?? id, default: []].filter { $0 != id }
    }
    // The siblings whose latest answer before today matters (those with a state: never-answered cards have
    // none to find).
    var wanted = Set(dueSince.keys.flatMap(siblings).filter { states[$0] != nil })
    var lastAnswered: [String: Date] = [:]
    for index in reviews.indices.reversed() {
      let review = reviews[index]
      if review.time < earliest || wanted.isEmpty { break }
      guard review.time < dayStart, review.record.mode != .cram,
        wanted.remove(review.record.card) != nil
      else { continue }
      lastAnswered[review.record.card] = review.time
    }
    var result: Set<String> = []
    for (id, since) in dueSince
    where siblings(of: id).contains(where: { lastAnswered[$0].map { $0 >= since } ?? false }) {
      result.insert(id)
    }
    return result
  }
}
