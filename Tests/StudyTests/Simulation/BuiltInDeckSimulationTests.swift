import Cards
import Foundation
import Knowledge
import Scheduling
import Testing

@testable import Study

/// Thirty days of a student on the built-in deck, through the real queue and ladder (issue 15's measure):
/// counts, never timings.
@Suite("Study simulation of the built-in deck")
struct BuiltInDeckSimulationTests {
  /// 2026-01-01T09:00:00Z: each day's session starts at this time of day.
  static let start = Date(timeIntervalSince1970: 1_767_258_000)

  /// The built-in deck, read from the repository.
  static func deck() throws -> Deck {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Decks/calcinosis-cutis.yaml").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try DeckLoader.load(yaml: text, file: path, deckID: "calcinosis-cutis")
  }

  /// A student answering 85 % right studies 30 days, 20 new units a day.
  static let run: Result<(StudySimulation.Result, units: Int), any Error> = Result {
    let builtIn = try deck()
    let units = CardGenerator(deck: builtIn, seed: 1).units()
    let simulation = StudySimulation(
      units: units, lexicon: Lexicon(deck: builtIn),
      descriptions: EntityDescriptions.make(deck: builtIn),
      scheduler: Scheduler(), limits: StudyLimits(newUnits: 20, reviews: 200),
      timeZone: TimeZone(identifier: "UTC") ?? .gmt)
    var student = SimulatedLearner(.accuracy(0.85), seed: 42)
    return (simulation.run(days: 30, from: start, learner: &student), units.count)
  }

  @Test("every session ends with no due unit left that it could have shown")
  func noDueUnitLeftUnshown() throws {
    let (result, _) = try Self.run.get()
    #expect(result.days.count == 30)
    for (number, day) in result.days.enumerated() {
      #expect(day.dueLeft == 0, "day \(number + 1): \(day.dueLeft) due units left unshown")
    }
    // Units held back a day by another unit of their fact, and units set aside after failing again and
    // again (shown that day), are counted apart; both occur in this run.
    #expect(result.days.map(\.heldBack).reduce(0, +) > 0)
    #expect(result.days.map(\.setAside).reduce(0, +) > 0)
  }

  @Test("twenty new units a day, and at most 12 reviews per unit introduced over the 30 days")
  func reviewsPerUnit() throws {
    let (result, unitCount) = try Self.run.get()
    #expect(result.days.first?.newUnits == 20)
    #expect(result.days.allSatisfy { $0.newUnits <= 20 })
    let introduced = result.answersByUnit.count
    #expect(introduced == result.days.last?.learned)
    #expect(introduced <= unitCount)
    let answers = result.answersByUnit.values.reduce(0, +)
    #expect(answers == result.days.map(\.reviews).reduce(0, +))
    let mean = Double(answers) / Double(max(1, introduced))
    #expect(mean <= 12, "\(answers) answers to \(introduced) units: \(mean) a unit")
  }

  @Test("units climb their ladders: every rung is asked within the 30 days")
  func unitsClimb() throws {
    let (result, _) = try Self.run.get()
    for rung in Rung.allCases {
      #expect((result.answersByRung[rung] ?? 0) > 0, "\(rung) never asked")
    }
  }
}
