import Foundation
import Knowledge
import Testing

@testable import Cards

/// A unit's ladder and lesson.
@Suite("Knowledge unit")
struct KnowledgeUnitTests {
  func unit(_ id: String, in deck: GradingDeck) throws -> KnowledgeUnit {
    let units = CardGenerator(deck: try deck.load(), seed: 1).units()
    return try #require(units.first { $0.id.rawValue == id }, "no unit \(id)")
  }

  @Test(
    "each card kind stands on its rung",
    arguments: [
      (CardKind.truefalse, Rung.judge), (.choice, .choose), (.select, .select), (.cloze, .complete),
      (.recall, .produce), (.reverse, .produce), (.number, .produce), (.list, .list),
    ])
  func rungOfKind(kind: CardKind, rung: Rung) {
    #expect(Rung(kind) == rung)
    #expect(rung.isRecognition == (rung <= .select))
  }

  @Test(
    "a cloze is taught as its sentence with the blank filled; a fact with one answer as its true statement"
  )
  func lessonIsTheSentence() throws {
    let cooling = try unit("cool-with-running-water", in: .burns)
    let cloze = try #require(cooling.ladder.first { $0.kind == .cloze })
    #expect(cloze.prompt.contains("_____"))
    #expect(
      cooling.lesson == cloze.prompt.replacingOccurrences(of: "_____", with: cloze.answer))
    let dystrophic = try unit("dystrophic-defined-by", in: .calcinosis)
    #expect(!dystrophic.ladder.contains { $0.kind == .cloze }, "the typed question asks it")
    #expect(
      dystrophic.lesson
        == "The defining feature of dystrophic calcification is damaged tissue with normal "
        + "blood calcium and phosphate.")
    #expect(dystrophic.ladder.contains { $0.prompt == dystrophic.lesson && $0.kind == .truefalse })
  }

  @Test(
    "a fact without a cloze is taught as its fullest question, without its instruction, and answer")
  func lessonIsQuestionAndAnswer() throws {
    let sites = try unit("ssc-sites", in: .calcinosis)
    #expect(sites.ladder.last?.kind == .list)
    #expect(
      sites.lesson
        == "Where do the calcium deposits of systemic sclerosis typically form? — "
        + "the forearms, the elbows, the fingers and the knees")
    let definition = try unit("calciphylaxis.definition", in: .calcinosis)
    #expect(definition.lesson.hasSuffix("? — calciphylaxis"))
    #expect(KnowledgeUnit.withoutInstruction("Name them (name all 4)") == "Name them")
    #expect(KnowledgeUnit.withoutInstruction("Pick (select all that apply)") == "Pick")
    #expect(KnowledgeUnit.withoutInstruction("Which one (the left)?") == "Which one (the left)?")
  }

  @Test("a true statement is taught as it stands; a false one as false, never as a fact")
  func statementLessons() throws {
    let kept = try unit("keep-person-warm", in: .burns)
    #expect(
      kept.lesson == "While you cool a burn, you should keep the rest of the person warm.")
    let blisters = try unit("blisters-left-alone", in: .burns)
    #expect(blisters.ladder.map(\.kind) == [.truefalse])
    #expect(blisters.lesson.hasSuffix(" — false"), "\(blisters.lesson)")
  }

  @Test(
    "no unit of the built-in decks is taught with a blank, nothing, or a false statement as fact")
  func everyLessonTeaches() throws {
    for deck in CardGeneratorUnitsTests.decks {
      let units = CardGenerator(deck: try deck.load(), seed: 1).units()
      for unit in units {
        #expect(!unit.lesson.isEmpty, "\(unit.id)")
        #expect(!unit.lesson.contains("_____"), "\(unit.id)")
        let falseStatements = unit.ladder.filter {
          if case .trueFalse(false) = $0.key { true } else { false }
        }
        #expect(!falseStatements.contains { $0.prompt == unit.lesson }, "\(unit.id)")
      }
    }
  }
}
