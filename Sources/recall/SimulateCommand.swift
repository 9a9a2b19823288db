import ArgumentParser
import Cards
import Foundation
import ProgressCore
import ProgressStore
import Scheduling

/// `recall simulate`: forecasts the daily workload for a deck under the learner's parameters.
struct SimulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Forecast daily reviews and cards learned for a deck, and compare retentions.",
    discussion: """
      Starts from the learner's cards as they stand and simulates a learner who studies every day
      (20 new cards, 200 reviews at most), recalling each card with the probability the learner's
      FSRS-6 parameters predict (fitted by `recall optimize`, else the defaults). Deterministic with
      RECALL_SEED.
      """)

  @OptionGroup var common: SessionOptions

  @Option(name: .long, help: "Days to simulate (1…3650).")
  var days = 30

  @Option(name: .long, help: "Desired retention for the daily table (0.7…0.99).")
  var retention = 0.9

  @Option(name: .customLong("new"), help: "New cards a day.")
  var newPerDay = 20

  func validate() throws {
    guard (1...3650).contains(days) else { throw ValidationError("--days must be from 1 to 3650") }
    guard (0.7...0.99).contains(retention) else {
      throw ValidationError("--retention must be from 0.7 to 0.99")
    }
    guard newPerDay >= 0 else { throw ValidationError("--new must be 0 or more") }
  }

  func run() throws {
    let environment = RecallEnvironment()
    let now = try environment.clock()()
    let seed = try environment.seed()
    let (learner, deck, path) = try common.progressFile(in: environment)
    let replay: ProgressReplay? =
      FileManager.default.fileExists(atPath: path)
      ? ProgressReplay(entries: try ProgressFile.read(path: path).entries, scheduler: Scheduler())
      : nil
    let cardIDs = Set(CardGenerator(deck: deck, seed: seed).generate().map(\.id.rawValue))
    var studied: [WorkloadSimulator.Card] = []
    for (card, state) in replay?.states ?? [:] where cardIDs.contains(card) {
      guard let memory = state.memory, let last = state.lastReview else { continue }
      let lastDay = -Int((now.timeIntervalSince(last) / 86_400).rounded(.down))
      let dueDay = max(0, Int((state.due.timeIntervalSince(now) / 86_400).rounded(.up)))
      studied.append(.init(memory: memory, lastReview: min(lastDay, 0), due: dueDay))
    }
    // A fixed order, so that the seed alone decides the forecast.
    studied.sort {
      ($0.due, $0.lastReview, $0.memory.stability) < ($1.due, $1.lastReview, $1.memory.stability)
    }
    let newLeft = max(0, cardIDs.count - studied.count)
    let weights = replay?.scheduler.parameters.weights ?? FSRSParameters.defaultWeights
    let fitted = replay?.fittedWeights != nil

    func simulate(_ retention: Double) throws -> [WorkloadSimulator.Day] {
      let parameters = try FSRSParameters(weights: weights, desiredRetention: retention)
      return WorkloadSimulator(parameters: parameters, newPerDay: newPerDay).run(
        cards: studied, newAvailable: newLeft, days: days, seed: seed)
    }

    print(
      "Forecast for learner \(learner) · deck \(deck.id) · \(days) days · retention "
        + "\(Self.format(retention, 2)) · \(fitted ? "fitted" : "default") parameters")
    print(
      "  \(studied.count) cards studied, \(newLeft) new left; \(newPerDay) new and at most 200"
        + " reviews a day")
    print("")
    let forecast = try simulate(retention)
    let weekly = days > 31
    print("  \(weekly ? "week" : " day")  reviews  forgotten  new  learned  recalled")
    let groups: [Range<Int>] = stride(from: 0, to: days, by: weekly ? 7 : 1).map {
      $0..<min($0 + (weekly ? 7 : 1), days)
    }
    for (index, group) in groups.enumerated() {
      let slice = forecast[group]
      let last = forecast[group.upperBound - 1]
      print(
        "  \(String(index + 1).leftPadded(4))  \(String(slice.map(\.reviews).reduce(0, +)).leftPadded(7))"
          + "  \(String(slice.map(\.lapses).reduce(0, +)).leftPadded(9))"
          + "  \(String(slice.map(\.newCards).reduce(0, +)).leftPadded(3))"
          + "  \(String(last.learned).leftPadded(7))  \(Self.format(last.expectedRecalled, 1).leftPadded(8))"
      )
    }
    print("")
    print("  retention  reviews/day  total reviews  learned  recalled at the end")
    for candidate in Set([0.8, 0.85, 0.9, 0.95, retention]).sorted() {
      let run = try simulate(candidate)
      let total = run.map(\.reviews).reduce(0, +)
      let last = run[run.count - 1]
      print(
        "  \(Self.format(candidate, 2).leftPadded(9))  \(Self.format(Double(total) / Double(days), 1).leftPadded(11))"
          + "  \(String(total).leftPadded(13))  \(String(last.learned).leftPadded(7))"
          + "  \(Self.format(last.expectedRecalled, 1).leftPadded(19))"
          + (candidate == retention ? "  ←" : ""))
    }
  }

  static func format(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }
}
