import Cards
import Scheduling
import Testing

@testable import Study

/// The rung rule on a ladder the deck orders with `kinds:`: up and down are steps along the teacher's order,
/// not along the rungs' own order.
@Suite("Ladder: the deck's order")
struct LadderOrderTests {
  typealias Base = LadderTests

  /// A unit whose deck says: typed first, then the choice, then the statements (`kinds: [recall, choice,
  /// truefalse]`).
  static let typedFirst = KnowledgeUnit(
    id: UnitID(rawValue: "aspirin-site"), kind: .forward,
    presentations: [
      Base.card(.truefalse, "true", prompt: "Aspirin mainly acts on the heart."),
      Base.card(.truefalse, "false", prompt: "Aspirin mainly acts on the lung."),
      Base.card(.choice), Base.card(.recall),
    ], siblingKey: "aspirin-site", order: [.recall, .choice, .truefalse])

  @Test("the ladder is in the order of the kinds, the rungs too; the lesson is the same")
  func order() {
    #expect(Self.typedFirst.ladder.map(\.kind) == [.recall, .choice, .truefalse, .truefalse])
    #expect(Self.typedFirst.rungs == [.produce, .choose, .judge])
    #expect(Self.typedFirst.lowestRung == .produce)
    #expect(Self.typedFirst.highestRung == .judge)
    let byRung = KnowledgeUnit(
      id: Self.typedFirst.id, kind: .forward, presentations: Self.typedFirst.ladder,
      siblingKey: "aspirin-site")
    #expect(byRung.ladder.map(\.kind) == [.truefalse, .truefalse, .choice, .recall])
    #expect(Self.typedFirst.lesson == byRung.lesson)
  }

  @Test("a new unit starts at the first kind of the ladder")
  func newUnit() {
    #expect(Ladder.rung(of: Self.typedFirst, after: nil) == .produce)
    #expect(Ladder.presentation(of: Self.typedFirst, after: nil)?.kind == .recall)
  }

  @Test(
    "Good one step along the teacher's ladder, Easy two, Hard the same, Again one back",
    arguments: [
      (CardKind.recall, "forward", Rating.good, Rung.choose),
      (.recall, "forward", .easy, .judge),
      (.recall, "forward", .again, .produce),
      (.choice, "forward", .good, .judge),
      (.choice, "forward", .hard, .choose),
      (.choice, "forward", .again, .produce),
      (.truefalse, "true", .good, .judge),
      (.truefalse, "false", .again, .choose),
    ])
  func steps(kind: CardKind, suffix: String, rating: Rating, expected: Rung) {
    let last = Base.step(kind, suffix, rating)
    #expect(Ladder.rung(of: Self.typedFirst, after: last) == expected)
  }

  @Test("alone at its step, the step before asks it differently; two statements take turns")
  func variety() {
    // The choice is alone at its step: Hard asks the step before it, the typed question.
    #expect(
      Ladder.presentation(of: Self.typedFirst, after: Base.step(.choice, .hard))?.kind == .recall)
    #expect(
      Ladder.presentation(of: Self.typedFirst, after: Base.step(.truefalse, "true", .good))?.id
        .rawValue == "aspirin-site.truefalse.false")
  }
}
