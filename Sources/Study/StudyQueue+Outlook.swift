import Foundation

extension StudyQueue {
  /// What is left at `now`, as a session that skipped the facts in `skipped` and set the units in
  /// `setAside` aside sees it.
  public func outlook(
    now: Date, skipping skipped: Set<String> = [], setAside: Set<String> = []
  ) -> StudyOutlook {
    var outlook = StudyOutlook()
    var dueReviews = 0
    var upcoming: [Date] = []
    for unit in units {
      let id = unit.id.rawValue
      guard let state = states[id], !suspended.contains(id) else { continue }
      if state.due > now {
        upcoming.append(state.due)
      } else if skipped.contains(unit.siblingKey) || setAside.contains(id) {
        outlook.setAside += 1
      } else if !isAvailable(unit) {
        outlook.heldBack += 1
      } else if state.phase == .review {
        dueReviews += 1
      } else {
        outlook.learning += 1
      }
    }
    outlook.reviews = min(dueReviews, max(0, limits.reviews - reviewsToday))
    outlook.overLimit = dueReviews - outlook.reviews
    outlook.newUnits = newCount(skipping: skipped)
    if let first = upcoming.min() {
      let dayLater = first.addingTimeInterval(86_400)
      outlook.next = .init(date: first, count: upcoming.filter { $0 < dayLater }.count)
    }
    return outlook
  }
}
