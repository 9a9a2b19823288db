import Testing

@testable import Cards

@Suite("RelationWording")
struct RelationWordingTests {
  @Test(
    "a qualifier goes into the sentence before its closing punctuation",
    arguments: [
      ("In {subject}, {object} is used.", "In {subject}, {object} is used {qualifier}."),
      (
        "Which treatment is used in {subject}?", "Which treatment is used in {subject} {qualifier}?"
      ),
      ("Is {subject} {qualifier} treated?", "Is {subject} {qualifier} treated?"),
      (
        "\"{subject}\" puts deposits on {object}.\"",
        "\"{subject}\" puts deposits on {object} {qualifier}.\""
      ),
      ("{subject} goes with {object}", "{subject} goes with {object} {qualifier}"),
    ])
  func qualifierPlace(_ template: String, _ placed: String) {
    #expect(RelationWording.withQualifierPlace(template) == placed)
  }

  @Test("with no qualifier, the place leaves no trace")
  func noTrace() {
    let template = RelationWording.withQualifierPlace("In {subject}, {object} is used.")
    #expect(
      TemplateText.render(template, subject: "gout", object: "colchicine")
        == "In gout, colchicine is used.")
    #expect(
      TemplateText.render(
        template, subject: "gout", object: "colchicine", qualifier: "for small deposits")
        == "In gout, colchicine is used for small deposits.")
  }
}
