import Cards
import Foundation
import Knowledge
import Scheduling
import Testing

@testable import Study

/// The rung rule of `docs/units.md` held on every unit of the built-in decks, for every presentation and
/// every rating, rather than on one hand-made unit.
@Suite("Ladder on the built-in decks")
struct LadderDeckTests {
  /// The units of every built-in deck, in study order.
  static let units: Result<[KnowledgeUnit], any Error> = Result {
    let decks = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Decks")
    return try ["calcinosis-cutis", "first-aid-burns"].flatMap { name in
      let path = decks.appendingPathComponent(name + ".yaml").path
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let deck = try DeckLoader.load(yaml: text, file: path, deckID: name)
      return CardGenerator(deck: deck, seed: 1).units()
    }
  }

  /// How many rungs a rating moves a unit: Good one up, Easy two, Hard none, Again one down.
  static func move(_ rating: Rating) -> Int {
    switch rating {
    case .again: -1
    case .hard: 0
    case .good: 1
    case .easy: 2
    }
  }

  @Test("the decks make units with ladders of several rungs, so the rules below are put to work")
  func decksHaveLadders() throws {
    let units = try Self.units.get()
    #expect(units.count > 100)
    // A fact with several answers climbs four rungs or more (true/false, choice, select, typed, list); one
    // with a single answer three, since no cloze repeats its typed question.
    #expect(units.filter { $0.rungs.count >= 4 }.count > 15)
    #expect(units.filter { $0.rungs.count >= 3 }.count > 50)
    #expect(units.contains { $0.presentations(at: $0.lowestRung).count >= 2 })
  }

  @Test(
    "a new unit is asked first at the lowest rung that does not repeat its lesson word for word"
  )
  func newUnitsStartLow() throws {
    var skipped = 0
    for unit in try Self.units.get() {
      let first = try #require(Ladder.presentation(of: unit, after: nil), "\(unit.id)")
      #expect(first.unit == unit.id, "\(unit.id)")
      #expect(Rung(first.kind) == Ladder.rung(of: unit, after: nil), "\(unit.id)")
      guard let lowest = unit.ladder.first(where: { $0.prompt != unit.lesson }) else {
        // Nothing but the lesson's statement (a hand-written true statement): asked with it.
        #expect(Rung(first.kind) == unit.lowestRung, "\(unit.id)")
        continue
      }
      #expect(first.prompt != unit.lesson, "\(unit.id) repeats its lesson: \(unit.lesson)")
      #expect(Rung(first.kind) == Rung(lowest.kind), "\(unit.id)")
      if Rung(first.kind) > unit.lowestRung { skipped += 1 }
    }
    #expect(skipped > 0, "a unit of the decks has only its lesson's statement at its lowest rung")
  }

  @Test(
    "after every presentation and every rating the unit moves by the rule, clamped to its ladder")
  func everyStepFollowsTheRule() throws {
    for unit in try Self.units.get() {
      let rungs = unit.rungs
      for card in unit.ladder {
        let position = try #require(rungs.firstIndex(of: Rung(card.kind)))
        for rating in Rating.allCases {
          let step = Ladder.Step(card: card.id.rawValue, rating: rating)
          let expected = rungs[min(max(position + Self.move(rating), 0), rungs.count - 1)]
          #expect(
            Ladder.rung(of: unit, after: step) == expected, "\(card.id) rated \(rating)")
        }
      }
    }
  }

  @Test(
    "the next presentation is never the last one where another fits: at its rung, else the rung below"
  )
  func varietyOnEveryUnit() throws {
    var alternatives = 0
    for unit in try Self.units.get() {
      for card in unit.ladder {
        for rating in Rating.allCases {
          let step = Ladder.Step(card: card.id.rawValue, rating: rating)
          let target = Ladder.rung(of: unit, after: step)
          let next = try #require(
            Ladder.presentation(of: unit, after: step), "\(card.id) rated \(rating)")
          #expect(next.unit == unit.id)
          let atTarget = unit.presentations(at: target)
          let below = unit.rungs.last { $0 < target }
          if atTarget.contains(where: { $0.id != card.id }) {
            // Another presentation stands at the rung the rule gives: that one.
            #expect(Rung(next.kind) == target && next.id != card.id, "\(card.id) rated \(rating)")
          } else if let below {
            // Only the last presentation is at that rung: the rung below asks it another way.
            #expect(Rung(next.kind) == below, "\(card.id) rated \(rating)")
            #expect(next.id != card.id)
            alternatives += 1
          } else {
            // Nothing else fits at or below the rung: the same presentation again.
            #expect(next.id == card.id, "\(card.id) rated \(rating)")
          }
        }
      }
    }
    #expect(alternatives > 0, "some units are alone at a rung and step down for variety")
  }

  @Test("a unit answered Good every time climbs from its first rung to its highest")
  func climbsToTheTop() throws {
    for unit in try Self.units.get() {
      var last: Ladder.Step?
      var asked: [Rung] = []
      for _ in 0..<(unit.ladder.count + 2) {
        let card = try #require(Ladder.presentation(of: unit, after: last))
        asked.append(Rung(card.kind))
        last = Ladder.Step(card: card.id.rawValue, rating: .good)
      }
      #expect(asked.first == Ladder.rung(of: unit, after: nil), "\(unit.id)")
      #expect(asked.contains(unit.highestRung), "\(unit.id) asked at \(asked)")
      // Until the top, each answer moves the unit up (varied at the top between the two highest).
      let top = try #require(asked.firstIndex(of: unit.highestRung))
      let climb = asked.prefix(top + 1)
      #expect(zip(climb, climb.dropFirst()).allSatisfy { $0 < $1 }, "\(unit.id): \(asked)")
    }
  }
}
