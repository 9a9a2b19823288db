import Cards
import Scheduling
import Testing

@testable import Study

/// The rung rule of `docs/units.md`: where a unit is asked next, from its last review.
@Suite("Ladder")
struct LadderTests {
  /// A presentation of the unit `aspirin-site` of kind `kind` (`suffix` tells two of one kind apart).
  static func card(_ kind: CardKind, _ suffix: String = "forward", prompt: String? = nil) -> Card {
    let key: AnswerKey =
      switch kind {
      case .truefalse: .trueFalse(suffix == "true")
      case .choice, .clinicalCase:
        .choice(options: ["heart", "lung", "liver", "kidney"], correct: 0)
      case .select: .select(options: ["heart", "lung", "liver", "kidney"], correct: [0])
      case .list: .list(items: [["heart"], ["vessels"]])
      case .number: .number(minimum: 1, maximum: 1)
      case .recall, .reverse, .cloze: .typed(accepted: ["heart"], entities: ["heart"])
      }
    return Card(
      id: CardID("aspirin-site.\(kind.rawValue).\(suffix)"), kind: kind,
      prompt: prompt ?? "Where does aspirin act? (\(kind.rawValue) \(suffix))", answer: "heart",
      key: key, explanation: "Aspirin protects the heart.", section: "One", tags: [],
      siblingKey: "aspirin-site", unit: UnitID(rawValue: "aspirin-site"))
  }

  /// A unit with a presentation on every rung: two statements (a true one that says what the lesson
  /// says, and a false one), a choice, a selection, a cloze, a typed question and a list.
  static let fullUnit = KnowledgeUnit(
    id: UnitID(rawValue: "aspirin-site"), kind: .forward,
    presentations: [
      card(.recall), card(.list), card(.cloze, prompt: "Aspirin mainly acts on the _____."),
      card(.truefalse, "true", prompt: "Aspirin mainly acts on the heart."),
      card(.truefalse, "false", prompt: "Aspirin mainly acts on the lung."),
      card(.select), card(.choice),
    ], siblingKey: "aspirin-site")

  /// The last review: the presentation of kind `kind` (`suffix` telling two apart), rated `rating`.
  static func step(_ kind: CardKind, _ suffix: String, _ rating: Rating) -> Ladder.Step {
    Ladder.Step(card: "aspirin-site.\(kind.rawValue).\(suffix)", rating: rating)
  }

  /// The last review: the only presentation of kind `kind`, rated `rating`.
  static func step(_ kind: CardKind, _ rating: Rating) -> Ladder.Step {
    step(kind, "forward", rating)
  }

  @Test("a unit's presentations are ordered by rung, from judging a statement to listing")
  func ladderOrder() {
    #expect(
      Self.fullUnit.ladder.map(\.kind) == [
        .truefalse, .truefalse, .choice, .select, .cloze, .recall, .list,
      ])
    #expect(Self.fullUnit.rungs == Rung.allCases)
    #expect(Self.fullUnit.lesson == "Aspirin mainly acts on the heart.")
  }

  @Test("a new unit is asked at its lowest rung, first not with the statement its lesson makes")
  func newUnit() {
    #expect(Ladder.rung(of: Self.fullUnit, after: nil) == .judge)
    let first = Ladder.presentation(of: Self.fullUnit, after: nil)
    #expect(first?.id.rawValue == "aspirin-site.truefalse.false")
    // Without a statement, the lowest rung it has.
    let typed = KnowledgeUnit(
      id: UnitID(rawValue: "aspirin-site"), kind: .forward,
      presentations: [Self.card(.recall), Self.card(.choice)], siblingKey: "aspirin-site")
    #expect(Ladder.presentation(of: typed, after: nil)?.kind == .choice)
  }

  @Test(
    "a new unit whose lowest rung only repeats its lesson starts at the next rung that does not")
  func newUnitSkipsTheLessonsStatement() {
    // A true statement and no false one (no wrong object to make it from): the statement says exactly
    // what the lesson said, so the first question is the cloze.
    let unit = KnowledgeUnit(
      id: UnitID(rawValue: "aspirin-site"), kind: .forward,
      presentations: [
        Self.card(.recall), Self.card(.cloze, prompt: "Aspirin mainly acts on the _____."),
        Self.card(.truefalse, "true", prompt: "Aspirin mainly acts on the heart."),
      ], siblingKey: "aspirin-site")
    #expect(unit.lesson == "Aspirin mainly acts on the heart.")
    #expect(Ladder.rung(of: unit, after: nil) == .complete)
    #expect(Ladder.presentation(of: unit, after: nil)?.kind == .cloze)
    // Once asked, the rule runs as for any unit: Again on the cloze steps down to the statement.
    #expect(
      Ladder.presentation(of: unit, after: Self.step(.cloze, .again))?.id.rawValue
        == "aspirin-site.truefalse.true")
    // A unit with nothing but the lesson's statement is asked with it: no other presentation fits.
    let alone = KnowledgeUnit(
      id: UnitID(rawValue: "aspirin-site"), kind: .handwritten,
      presentations: [Self.card(.truefalse, "true", prompt: "Aspirin mainly acts on the heart.")],
      siblingKey: "aspirin-site")
    #expect(Ladder.rung(of: alone, after: nil) == .judge)
    #expect(Ladder.presentation(of: alone, after: nil)?.kind == .truefalse)
  }

  @Test(
    "from the selection: Good one rung up, Easy two, Hard the same rung, Again one down",
    arguments: [
      (Rating.good, Rung.complete), (.easy, .produce), (.hard, .select), (.again, .choose),
    ])
  func steps(rating: Rating, expected: Rung) {
    let last = Self.step(.select, rating)
    #expect(Ladder.rung(of: Self.fullUnit, after: last) == expected)
    let card = Ladder.presentation(of: Self.fullUnit, after: last)
    if rating == .hard {
      // The selection is the only presentation at its rung: the rung below asks it differently.
      #expect(card?.kind == .choice)
    } else {
      #expect(card.map { Rung($0.kind) } == expected)
    }
  }

  @Test(
    "the rung is clamped at both ends of the ladder",
    arguments: [
      (CardKind.truefalse, "false", Rating.again, Rung.judge),
      (.choice, "forward", .again, .judge),
      (.recall, "forward", .easy, .list),
      (.list, "forward", .good, .list),
      (.list, "forward", .easy, .list),
    ])
  func clamped(kind: CardKind, suffix: String, rating: Rating, expected: Rung) {
    #expect(Ladder.rung(of: Self.fullUnit, after: Self.step(kind, suffix, rating)) == expected)
  }

  @Test("a step goes to the unit's next rung when the ladder skips rungs")
  func skipsMissingRungs() {
    let unit = KnowledgeUnit(
      id: UnitID(rawValue: "aspirin-site"), kind: .forward,
      presentations: [Self.card(.choice), Self.card(.recall), Self.card(.truefalse, "true")],
      siblingKey: "aspirin-site")
    #expect(unit.rungs == [.judge, .choose, .produce])
    #expect(Ladder.rung(of: unit, after: Self.step(.choice, .good)) == .produce)
    #expect(Ladder.rung(of: unit, after: Self.step(.recall, .again)) == .choose)
    #expect(Ladder.rung(of: unit, after: Self.step(.truefalse, "true", .easy)) == .produce)
  }

  @Test("never the same presentation twice in a row where another fits")
  func variety() {
    // At the same rung, the other one: the false statement after the true one, and back.
    #expect(
      Ladder.presentation(of: Self.fullUnit, after: Self.step(.truefalse, "true", .hard))?.id
        .rawValue == "aspirin-site.truefalse.false")
    #expect(
      Ladder.presentation(of: Self.fullUnit, after: Self.step(.truefalse, "false", .again))?.id
        .rawValue == "aspirin-site.truefalse.true")
    // Alone at its rung: the rung below. A well-known unit at the top alternates list and typed.
    #expect(
      Ladder.presentation(of: Self.fullUnit, after: Self.step(.list, .good))?.kind == .recall)
    #expect(
      Ladder.presentation(of: Self.fullUnit, after: Self.step(.recall, .good))?.kind == .list)
    #expect(
      Ladder.presentation(of: Self.fullUnit, after: Self.step(.cloze, .hard))?.kind == .select)
  }

  @Test("a unit with one presentation is asked with it every time: no other fits")
  func onePresentation() {
    let unit = KnowledgeUnit(
      id: UnitID(rawValue: "aspirin-site"), kind: .handwritten,
      presentations: [Self.card(.recall)], siblingKey: "aspirin-site")
    for rating in Rating.allCases {
      #expect(
        Ladder.presentation(of: unit, after: Self.step(.recall, rating))?.kind == .recall,
        "\(rating)")
    }
  }

  @Test(
    "old progress (no rung) continues from the kind of its last card, even one no longer made",
    arguments: [
      ("aspirin-site.choice.forward", Rung.select),
      ("aspirin-site.cloze.forward", .produce),
      // A card the deck no longer makes: its kind is read from its id.
      ("aspirin-site.number", .list),
      ("acts-on.heart.truefalse.retired", .choose),
      ("some-card-without-a-kind", .judge),
    ])
  func oldProgress(card: String, expected: Rung) {
    #expect(
      Ladder.rung(of: Self.fullUnit, after: Ladder.Step(card: card, rating: .good)) == expected)
  }
}
