import Testing

@testable import Cards

@Suite("DefinitionQuestion")
struct DefinitionQuestionTests {
  @Test(
    "a definition that restates the class is asked without saying it twice",
    arguments: [
      ("disease", "a disease that hardens the skin", "Which disease hardens the skin?"),
      (
        "burn depth", "the one that damages only the outer layer of the skin",
        "Which burn depth damages only the outer layer of the skin?"
      ),
      ("kind of burn", "a kind of burn which blisters", "Which kind of burn blisters?"),
      ("treatment", "a calcium-channel blocker", "Which treatment is a calcium-channel blocker?"),
      (
        "kind of burn", "a burn from hot liquid or steam",
        "Which kind of burn is a burn from hot liquid or steam?"
      ),
    ])
  func prompts(_ className: String, _ definition: String, _ prompt: String) {
    #expect(DefinitionQuestion.prompt(className: className, definition: definition) == prompt)
  }
}
