import Scheduling

extension ProgressReplay {
  /// Each unit's reviews that moved its schedule (undone and cram reviews left out), for the optimizer:
  /// in file order, units in order of first review.
  public var cardHistories: [CardHistory] {
    var order: [String] = []
    var histories: [String: [CardHistory.Review]] = [:]
    for review in reviews where review.record.mode != .cram {
      let card = units.unit(of: review.record.card)
      if histories[card] == nil { order.append(card) }
      histories[card, default: []].append(
        CardHistory.Review(time: review.time, rating: review.record.rating))
    }
    return order.map { CardHistory(reviews: histories[$0] ?? []) }
  }
}
