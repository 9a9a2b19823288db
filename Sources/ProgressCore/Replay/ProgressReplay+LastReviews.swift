extension ProgressReplay {
  /// The last review of each unit that moved its schedule (undone and cram reviews left out), by unit id:
  /// which presentation it showed and how it was rated, for choosing how the unit is asked next.
  public var lastReviews: [String: ReviewRecord] {
    var last: [String: ReviewRecord] = [:]
    for review in reviews where review.record.mode != .cram {
      last[units.unit(of: review.record.card)] = review.record
    }
    return last
  }
}
