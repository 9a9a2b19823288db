import Cards
import Foundation
import ProgressCore
import Scheduling
import TestSupport
import Testing

@testable import Study

/// Days of study through the real queue and ladder, by a simulated learner.
@Suite("StudySimulation")
struct StudySimulationTests {
  /// 2026-01-01T09:00:00Z.
  static let start = Date(timeIntervalSince1970: 1_767_258_000)

  func simulation(newUnits: Int = 20) throws -> (StudySimulation, [KnowledgeUnit]) {
    let deck = try MiniDeck.deck()
    let units = CardGenerator(deck: deck, seed: 7).units()
    let simulation = StudySimulation(
      units: units, lexicon: Lexicon(deck: deck), scheduler: MiniDeck.scheduler,
      limits: StudyLimits(newUnits: newUnits), timeZone: .gmt)
    return (simulation, units)
  }

  @Test("the same seed gives the same days and the same events")
  func deterministic() throws {
    let (simulation, _) = try simulation()
    var first = SimulatedLearner(.forecast, seed: 3)
    var second = SimulatedLearner(.forecast, seed: 3)
    let one = simulation.run(days: 20, from: Self.start, learner: &first)
    let two = simulation.run(days: 20, from: Self.start, learner: &second)
    #expect(one.days == two.days)
    #expect(one.entries.map(\.time) == two.entries.map(\.time))
    #expect(one.entries.map(\.event) == two.entries.map(\.event))
  }

  @Test(
    "new units come within the day's limit, each answered through its learning steps on its first day"
  )
  func newUnitsAndLearningSteps() throws {
    let (simulation, units) = try simulation(newUnits: 2)
    var learner = SimulatedLearner(.accuracy(1), seed: 1)
    let result = simulation.run(days: 3, from: Self.start, learner: &learner)
    #expect(result.days.map(\.newUnits) == [2, 2, 2].map { min($0, units.count) })
    #expect(result.days[0].learned == 2)
    // Right every time: the first answer, then the 10-minute step, then review.
    #expect(result.days[0].reviews == 4)
    #expect(result.days[0].lapses == 0)
  }

  @Test(
    "every answer is logged as a review naming its presentation and rung, and every count agrees")
  func countsAgree() throws {
    let (simulation, units) = try simulation()
    var learner = SimulatedLearner(.accuracy(0.8), seed: 9)
    let result = simulation.run(days: 15, from: Self.start, learner: &learner)
    let kinds = Dictionary(
      units.flatMap { unit in unit.ladder.map { ($0.id.rawValue, $0.kind) } }
    ) { first, _ in first }
    let reviews = result.entries.compactMap { entry -> ReviewRecord? in
      guard case .review(let record) = entry.event else { return nil }
      return record
    }
    let total = result.days.map(\.reviews).reduce(0, +)
    #expect(total > 0)
    #expect(reviews.count == total)
    #expect(result.answersByUnit.values.reduce(0, +) == total)
    #expect(result.answersByRung.values.reduce(0, +) == total)
    #expect(result.days.map(\.right).reduce(0, +) == reviews.filter { $0.rating != .again }.count)
    for record in reviews {
      let kind = try #require(kinds[record.card])
      #expect(record.rung == Rung(kind).rawValue)
    }
    #expect(Set(result.answersByUnit.keys).isSubset(of: Set(units.map(\.id.rawValue))))
  }

  @Test("a simulation continues from the events given: units already met are not new again")
  func continuesFromProgress() throws {
    let (simulation, _) = try simulation(newUnits: 2)
    var learner = SimulatedLearner(.accuracy(1), seed: 4)
    let first = simulation.run(days: 2, from: Self.start, learner: &learner)
    let later = simulation.run(
      days: 1, from: Self.start.addingTimeInterval(2 * 86_400), after: first.entries,
      learner: &learner)
    #expect(later.days[0].learned == first.days[1].learned + later.days[0].newUnits)
    #expect(later.entries.count > first.entries.count)
    #expect(
      Array(later.entries.prefix(first.entries.count)).map(\.event) == first.entries.map(\.event))
  }
}
