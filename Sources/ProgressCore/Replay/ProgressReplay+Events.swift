import Scheduling

extension ProgressReplay {
  /// A progress file's events as replay reads them, before any unit is scheduled: the reviews that count
  /// (undos applied), suspensions, flags, tags, and the scheduler in force at each review.
  ///
  /// ``ProgressReplay`` schedules these reviews. A report that walks the history review by review, scheduling
  /// each unit as it goes, starts from here, so that the history is not scheduled twice.
  public struct Events: Sendable {
    /// Every review that counts, in order, cram included.
    public let reviews: Reviews
    /// Units the learner suspended.
    public let suspended: Set<String>
    /// Flags with their notes, per card.
    public let flags: [String: [String]]
    /// Tags Recall gave units (`leech`), by unit id.
    public let tags: [String: Set<String>]
    /// The scheduler in effect after the last event (see ``ProgressReplay/scheduler``).
    public let scheduler: Scheduler
    /// The weights of the latest `parameters` event, nil when the learner never ran `recall optimize`.
    public let fittedWeights: [Double]?
    /// The units the cards belong to.
    public let units: UnitMap
    /// The schedulers of the file, by the positions of its `parameters` events.
    let regimes: Regimes

    /// Reads `entries`, to be scheduled with `scheduler`, the reviews of each card counting for its unit in
    /// `units` (by default every card is a unit of its own).
    public init(entries: [ProgressEntry], scheduler: Scheduler, units: UnitMap = .cards) {
      var counted: [Int] = []
      var suspended: Set<String> = []
      var flags: [String: [String]] = [:]
      var tags: [String: Set<String>] = [:]
      // Each `parameters` event starts a new scheduler for the reviews after it (by position in the file).
      var schedulers = [scheduler]
      var parameterPositions: [Int] = []
      entries.withUnsafeBufferPointer { entries in
        for index in entries.indices {
          switch entries[index].event {
          case .review:
            counted.append(index)
          case .undo(let card):
            // Only the last review that counts can be taken back, and only by naming its card.
            if let last = counted.last, case .review(let record) = entries[last].event,
              record.card == card
            {
              counted.removeLast()
            }
          case .suspend(let card): suspended.insert(units.unit(of: card))
          case .unsuspend(let card): suspended.remove(units.unit(of: card))
          case .flag(let card, let note): flags[card, default: []].append(note ?? "")
          case .tag(let card, let tag): tags[units.unit(of: card), default: []].insert(tag)
          case .parameters(let weights, _, _):
            var parameters = scheduler.parameters
            parameters.weights = weights
            schedulers.append(Scheduler(parameters: parameters))
            parameterPositions.append(index)
          case .sessionStart, .sessionEnd, .quizResult, .unknown: break
          }
        }
      }
      self.suspended = suspended
      self.flags = flags
      self.tags = tags
      reviews = Reviews(entries: entries, positions: counted)
      self.units = units
      self.scheduler = schedulers[schedulers.count - 1]
      fittedWeights = parameterPositions.isEmpty ? nil : self.scheduler.parameters.weights
      regimes = Regimes(schedulers: schedulers, positions: parameterPositions)
    }

    /// The scheduler for the review at `index` of ``reviews``: the one given, or the weights of the latest
    /// `parameters` event before it.
    public func scheduler(forReview index: Int) -> Scheduler {
      regimes.schedulers[regimes.regime(at: reviews.entryPosition(index))]
    }
  }
}
