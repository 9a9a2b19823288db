import Testing

@testable import Cards

@Suite("Choosing an option by its words")
struct ChoiceAnswerTests {
  let card = Card(
    id: CardID("kidney", "choice"), kind: .choice,
    prompt: "Which condition does creatinine look for?",
    answer: "impaired kidney function",
    key: .choice(
      options: [
        "systemic lupus erythematosus", "metastatic calcification", "impaired kidney function",
        "lupus panniculitis",
      ],
      correct: 2),
    explanation: "", section: "", tags: [], siblingKey: "kidney")
  let checker = AnswerChecker(lexicon: Lexicon())

  @Test(
    "words found in exactly one option pick it",
    arguments: ["kidney", "Kidney function", "metastatic"])
  func picksByWords(input: String) {
    let expected = input == "metastatic" ? Grade.Verdict.incorrect : .correct
    #expect(checker.grade(input, for: card).verdict == expected)
  }

  @Test("words found in more than one option pick none: asked again", arguments: ["lupus"])
  func ambiguousWords(input: String) {
    let grade = checker.grade(input, for: card)
    #expect(grade.verdict == .retry)
    #expect(grade.reason.contains("not one of the options"))
  }
}
