import ArgumentParser
import Cards
import Foundation
import Knowledge
import ProgressCore
import ProgressStore
import Scheduling
import Study

/// `recall simulate`: forecasts the daily workload for a deck under the learner's parameters, through the
/// same queue and ladder a study session uses.
struct SimulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Forecast daily reviews and units learned for a deck, and compare retentions.",
    discussion: """
      Starts from the learner's progress as it stands and simulates a learner who studies every day \
      (20 new units, 200 reviews at most), one session a day through the real study queue and \
      ladder. Each answer is right with the probability the learner's FSRS-6 parameters predict \
      (fitted by `recall optimize`, else the defaults), or by a guess on a true/false or choice \
      question. Deterministic with RECALL_SEED.
      """)

  @OptionGroup var common: SessionOptions

  @Option(name: .long, help: "Days to simulate (1…3650).")
  var days = 30

  @Option(name: .long, help: "Desired retention for the daily table (0.7…0.99).")
  var retention = 0.9

  @Option(name: .customLong("new"), help: "New units a day.")
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
    let entries =
      FileManager.default.fileExists(atPath: path) ? try ProgressFile.read(path: path).entries : []
    let units = CardGenerator(deck: deck, seed: seed).units()
    let replay = ProgressReplay(
      entries: entries, scheduler: Scheduler(),
      units: UnitMap(KnowledgeUnit.unitsByCard(units)))
    let deckUnits = Set(units.map(\.id.rawValue))
    let studied = replay.states.keys.filter { deckUnits.contains($0) }.count
    let limits = StudyLimits(newUnits: newPerDay)
    let lexicon = Lexicon(deck: deck)
    let descriptions = EntityDescriptions.make(deck: deck)

    func simulate(_ retention: Double) throws -> StudySimulation.Result {
      var parameters = replay.scheduler.parameters
      parameters.desiredRetention = retention
      try parameters.validate()
      let simulation = StudySimulation(
        units: units, lexicon: lexicon, descriptions: descriptions,
        scheduler: Scheduler(parameters: parameters), limits: limits, timeZone: .current)
      var forecaster = SimulatedLearner(.forecast, seed: seed)
      return simulation.run(days: days, from: now, after: entries, learner: &forecaster)
    }

    print(
      "Forecast for learner \(learner) · deck \(deck.id) · \(days) days · retention "
        + "\(Self.format(retention, 2)) · \(replay.fittedWeights != nil ? "fitted" : "default") parameters"
    )
    print(
      "  \(studied) units studied, \(units.count - studied) new left; \(newPerDay) new units and at most"
        + " \(limits.reviews) reviews a day")
    print("")
    let result = try simulate(retention)
    let forecast = result.days
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
          + "  \(String(slice.map(\.newUnits).reduce(0, +)).leftPadded(3))"
          + "  \(String(last.learned).leftPadded(7))  \(Self.format(last.expectedRecalled, 1).leftPadded(8))"
      )
    }
    print("")
    Self.printPerUnit(result)
    print("")
    print("  retention  reviews/day  total reviews  learned  recalled at the end")
    for candidate in Set([0.8, 0.85, 0.9, 0.95, retention]).sorted() {
      let run = candidate == retention ? forecast : try simulate(candidate).days
      let total = run.map(\.reviews).reduce(0, +)
      let last = run[run.count - 1]
      print(
        "  \(Self.format(candidate, 2).leftPadded(9))  \(Self.format(Double(total) / Double(days), 1).leftPadded(11))"
          + "  \(String(total).leftPadded(13))  \(String(last.learned).leftPadded(7))"
          + "  \(Self.format(last.expectedRecalled, 1).leftPadded(19))"
          + (candidate == retention ? "  ←" : ""))
    }
  }

  /// Reviews a day, reviews per unit answered and answers by rung: how the workload falls on the units.
  static func printPerUnit(_ result: StudySimulation.Result) {
    let daily = result.days.map(\.reviews)
    print(
      "  reviews a day: mean \(format(Double(daily.reduce(0, +)) / Double(max(1, daily.count)), 1)),"
        + " min \(daily.min() ?? 0), max \(daily.max() ?? 0)")
    let perUnit = result.answersByUnit.values.sorted()
    guard !perUnit.isEmpty else { return }
    print(
      "  reviews per unit answered: mean \(format(Double(perUnit.reduce(0, +)) / Double(perUnit.count), 1)),"
        + " median \(perUnit[perUnit.count / 2]), max \(perUnit[perUnit.count - 1])"
        + " (\(perUnit.count) units)")
    print(
      "  answers by rung: "
        + Rung.allCases.map { "\($0) \(result.answersByRung[$0] ?? 0)" }.joined(separator: ", "))
  }

  static func format(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }
}
