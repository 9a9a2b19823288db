import Cards
import ProgressCore
import Scheduling
import Testing

@testable import Reports

@Suite("Alias suggestions from the class's answers")
struct AliasSuggestionsTests {
  let card = Card(
    id: CardID("kidney", "recall"), kind: .recall, prompt: "Which kidney condition?",
    answer: "chronic kidney failure",
    key: .typed(accepted: ["chronic kidney failure"], entities: []), explanation: "",
    section: "", tags: [], siblingKey: "kidney")

  func review(_ answer: String, verdict: String, override: String? = nil) -> ReviewRecord {
    ReviewRecord(
      card: card.id.rawValue, rating: override == nil ? .again : .good, milliseconds: 1,
      answer: answer, verdict: verdict, override: override)
  }

  @Test("overrides and wrong answers are counted once per learner, most learners first")
  func countsPerLearner() {
    let suggestions = AliasSuggestions(
      cards: [card],
      reviews: [
        (
          "ann",
          [
            review("ESRD", verdict: "incorrect", override: "right"),
            review("CKD 5", verdict: "incorrect"),
          ]
        ),
        (
          "bob",
          [
            review("esrd", verdict: "incorrect", override: "right"),
            review("esrd", verdict: "incorrect", override: "right"),
          ]
        ),
        (
          "cat",
          [
            review("stones", verdict: "incorrect"), review("stones", verdict: "incorrect"),
            review("x", verdict: "partial"),
          ]
        ),
      ])
    let only = suggestions.cards.first
    #expect(suggestions.cards.count == 1)
    #expect(only?.overridden == [.init(text: "esrd", learners: 2)])
    #expect(only?.wrong == [.init(text: "ckd 5", learners: 1), .init(text: "stones", learners: 1)])
    let yaml = suggestions.yaml()
    #expect(yaml.contains("kidney.recall:\n  said-right:"))
    #expect(yaml.contains("    - esrd   # 2 learners"))
  }

  @Test("a card nobody got wrong gets no suggestion; YAML scalars are quoted when needed")
  func quiet() {
    #expect(AliasSuggestions(cards: [card], reviews: []).cards.isEmpty)
    #expect(AliasSuggestions.quoted("yes") == "\"yes\"")
    #expect(AliasSuggestions.quoted("a: b") == "\"a: b\"")
    #expect(AliasSuggestions.quoted("kidney failure") == "kidney failure")
  }
}
