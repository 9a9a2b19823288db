import Testing

@testable import Cards

@Suite("Card")
struct CardTests {
  @Test("accepted texts and choices follow the kind of key")
  func acceptedTextsAndChoices() {
    #expect(SampleCard.diltiazem.card.acceptedTexts == ["diltiazem", "Cardizem"])
    #expect(SampleCard.diltiazem.card.choices == [])
    #expect(SampleCard.choice.card.acceptedTexts == ["b", "warfarin"])
    #expect(
      SampleCard.choice.card.choices == ["diltiazem", "warfarin", "colchicine", "probenecid"])
    #expect(SampleCard.select.card.acceptedTexts == ["a c", "the forearms", "the knees"])
    #expect(SampleCard.list.card.acceptedTexts == ["creatinine", "urea", "albumin"])
    #expect(SampleCard.isTrue.card.acceptedTexts == ["true", "t", "yes"])
    #expect(SampleCard.isFalse.card.choices == ["true", "false"])
    #expect(SampleCard.percentage.card.acceptedTexts == ["25", "40"])
    #expect(SampleCard.threshold.card.acceptedTexts == ["70"])
  }

  @Test(
    "numbers are shown without a needless decimal point",
    arguments: [(25.0, "25"), (2.5, "2.5"), (-3, "-3")])
  func format(_ value: Double, _ text: String) {
    #expect(Card.format(value) == text)
  }
}
