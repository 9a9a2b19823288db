import Cards
import Foundation
import ProgressCore
import Scheduling

extension StudyQueue {
  /// The units that a sibling has already held back: due before the study day that begins at `dayStart`,
  /// with another unit of their fact answered on or after the study day they fell due and before this one.
  ///
  /// A unit that falls due on a day a sibling is answered waits for the next day; from then on it is shown
  /// whatever its siblings do. Holding siblings back by the day alone would let one sibling that is answered
  /// every day (a unit forgotten again and again, always first as a learning unit) keep the others hidden
  /// for weeks.
  ///
  /// Walks the reviews back from the newest only as far as the earliest such due date, and only until the
  /// siblings concerned have all been found.
  static func heldBack(
    units: [KnowledgeUnit], states: [String: CardState], suspended: Set<String>,
    replay: ProgressReplay, day: StudyDay, before dayStart: Date
  ) -> Set<String> {
    var dueSince: [String: Date] = [:]
    for unit in units {
      let id = unit.id.rawValue
      guard let state = states[id], state.due < dayStart, !suspended.contains(id) else { continue }
      dueSince[id] = day.start(of: state.due)
    }
    guard let earliest = dueSince.values.min() else { return [] }
    var keys: [String: String] = [:]
    var byKey: [String: [String]] = [:]
    for unit in units {
      keys[unit.id.rawValue] = unit.siblingKey
      byKey[unit.siblingKey, default: []].append(unit.id.rawValue)
    }
    func siblings(of id: String) -> [String] {
      byKey[keys[id] ?? id, default: []].filter { $0 != id }
    }
    // The siblings whose latest answer before today matters (those with a state: never-answered units have
    // none to find).
    var wanted = Set(dueSince.keys.flatMap(siblings).filter { states[$0] != nil })
    var lastAnswered: [String: Date] = [:]
    let reviews = replay.reviews
    for index in reviews.indices.reversed() {
      let review = reviews[index]
      if review.time < earliest || wanted.isEmpty { break }
      let unit = replay.units.unit(of: review.record.card)
      guard review.time < dayStart, review.record.mode != .cram, wanted.remove(unit) != nil
      else { continue }
      lastAnswered[unit] = review.time
    }
    var result: Set<String> = []
    for (id, since) in dueSince
    where siblings(of: id).contains(where: { lastAnswered[$0].map { $0 >= since } ?? false }) {
      result.insert(id)
    }
    return result
  }
}
