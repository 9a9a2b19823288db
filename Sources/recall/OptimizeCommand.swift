import ArgumentParser
import Cards
import Foundation
import ProgressCore
import ProgressStore
import Reports
import Scheduling

/// `recall optimize`: fits the FSRS-6 weights to a learner's history and keeps them only when they
/// predict the learner's latest reviews better.
struct OptimizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "optimize",
    abstract: "Fit the scheduler's FSRS-6 parameters to a learner's review history.",
    discussion: """
      Fits one memory per unit of knowledge, every review of any of its presentations counting for \
      it; a right answer to a true/false, choice or select question may be a guess, and is weighed \
      as such. Trains on the earlier 80 % of the reviews and compares the current and the fitted \
      parameters on the latest 20 % (log loss and RMSE over bins, lower is better; log loss also by \
      rung). Only when the fitted ones are better are they saved, as a `parameters` event in the \
      learner's progress file, and the scheduler uses them from then on. With --class, each learner \
      of the deck gets their own fit.
      """)

  @OptionGroup var common: SessionOptions

  @Flag(
    name: .customLong("class"), help: "Fit every learner of the deck, each on their own history.")
  var wholeClass = false

  func run() throws {
    let environment = RecallEnvironment()
    let now = try environment.clock()()
    let deck = try DeckLocator.load(common.deck, in: environment)
    let units = CardGenerator(deck: deck, seed: try environment.seed()).units()
    let directory = environment.progressDirectory(common.progressDir)
    if wholeClass {
      let learners = try directory.learners(deck: deck.id)
      guard !learners.isEmpty else {
        throw RecallError(ReportError.noLearners(directory: directory.path, deck: deck.id))
      }
      for (index, learner) in learners.enumerated() {
        if index > 0 { print("") }
        do {
          try optimize(
            learner: learner, deck: deck.id, units: units, directory: directory, now: now)
        } catch let error as SchedulingError {
          print("  \(error)")
        } catch {
          print("  \(learner): \(error)")
        }
      }
      return
    }
    let learner = try FileName.validateLearner(environment.learner(common.learner))
    do {
      try optimize(learner: learner, deck: deck.id, units: units, directory: directory, now: now)
    } catch let error as SchedulingError {
      throw RecallError(error)
    }
  }

  private func optimize(
    learner: String, deck: String, units: [KnowledgeUnit], directory: ProgressDirectory, now: Date
  ) throws {
    let path = try directory.file(learner: learner, deck: deck)
    guard FileManager.default.fileExists(atPath: path) else {
      throw RecallError("\(path): no progress yet, so nothing to fit (study first)")
    }
    // Locked for the whole fit: a session running on this file is refused, and none can start.
    let file = try ProgressFile(
      directory: directory.path, learner: learner, deck: deck, now: now)
    if let recovery = file.recovery { Notice.note(recovery.description) }
    defer { file.close() }
    let replay = ProgressReplay(
      entries: file.contents.entries, scheduler: Scheduler(),
      units: UnitMap(KnowledgeUnit.unitsByCard(units)))
    let histories = Self.unitHistories(replay)
    let reviews = histories.reduce(0) { $0 + $1.reviews.count }
    print("Optimizing FSRS-6 for learner \(learner) · deck \(deck)")
    print("  history: \(reviews) reviews of \(histories.count) units")
    let current = replay.scheduler.parameters.weights
    let result = try ParameterOptimizer().fit(histories, current: current)
    let currentName = replay.fittedWeights == nil ? "current (default)" : "current (fitted)"
    print(
      "  trained on \(result.trainingItems) reviews, compared on the latest \(result.current.reviews)"
        + " (reviews a day or more after the unit's previous one)")
    print("  \("".padding(toLength: 18, withPad: " ", startingAt: 0))  log loss  RMSE(bins)")
    for (name, metrics) in [(currentName, result.current), ("fitted", result.fitted)] {
      print(
        "  \(name.padding(toLength: 18, withPad: " ", startingAt: 0))  "
          + "\(Self.format(metrics.logLoss, 4).leftPadded(8))  \(Self.format(metrics.rmseBins, 4).leftPadded(10))"
      )
    }
    printByRung(
      result, reviewsWithoutRung: replay.reviews.filter { $0.record.rung == nil }.count)
    guard result.isBetter else {
      print("  not better on the held-out reviews: the current parameters stay.")
      return
    }
    try file.append(
      .parameters(
        weights: result.weights, logLoss: result.fitted.logLoss,
        previousLogLoss: result.current.logLoss), at: now)
    print("  better: saved to \(path); the scheduler uses them from now on.")
    print("  w = " + result.weights.map { Self.format($0, 4) }.joined(separator: " "))
  }

  /// The held-out log loss of each rung, current against fitted: a right answer at a recognition rung is
  /// predicted as g + (1 − g)·R, so the rungs show where the evidence comes from.
  private func printByRung(_ result: ParameterOptimizer.Result, reviewsWithoutRung: Int) {
    func row(_ cells: [String]) -> String {
      "    " + cells[0].padding(toLength: 24, withPad: " ", startingAt: 0)
        + cells[1].leftPadded(9) + cells[2].leftPadded(10) + cells[3].leftPadded(10)
    }
    print("  held-out log loss by rung")
    print(row(["rung (guess rate)", "reviews", "current", "fitted"]))
    for rung in Rung.allCases {
      guard let current = result.currentByRung[rung.rawValue],
        let fitted = result.fittedByRung[rung.rawValue]
      else { continue }
      let guess = Guessing.rate(rung: rung.rawValue)
      print(
        row([
          "\(rung) (\(Self.format(guess, 2)))", String(current.reviews),
          Self.format(current.logLoss, 4), Self.format(fitted.logLoss, 4),
        ]))
    }
    if reviewsWithoutRung > 0 {
      print(
        "    (\(reviewsWithoutRung) reviews logged without a rung, before rungs were: counted as produce)"
      )
    }
  }

  /// Each unit's reviews that moved its schedule (undone and cram reviews left out), units in order of
  /// first review, each review at the rung its event logged; a review written before rungs were logged
  /// counts as one at the produce rung (``Guessing/producedRung``), so an old file is fitted as before.
  static func unitHistories(_ replay: ProgressReplay) -> [CardHistory] {
    var order: [String] = []
    var histories: [String: [CardHistory.Review]] = [:]
    for review in replay.reviews where review.record.mode != .cram {
      let unit = replay.units.unit(of: review.record.card)
      if histories[unit] == nil { order.append(unit) }
      histories[unit, default: []].append(
        CardHistory.Review(
          time: review.time, rating: review.record.rating, rung: review.record.rung))
    }
    return order.map { CardHistory(reviews: histories[$0] ?? []) }
  }

  static func format(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }
}

extension String {
  /// The string right-aligned in `width` columns.
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
