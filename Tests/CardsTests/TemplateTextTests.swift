import Testing

@testable import Cards

@Suite("TemplateText")
struct TemplateTextTests {
  @Test("placeholders are filled and the spaces an empty qualifier leaves are tidied")
  func render() {
    let ask = "Which treatment is used {qualifier} in {subject}?"
    #expect(
      TemplateText.render(ask, subject: "gout", qualifier: "for small deposits")
        == "Which treatment is used for small deposits in gout?")
    #expect(TemplateText.render(ask, subject: "gout") == "Which treatment is used in gout?")
    #expect(
      TemplateText.render(
        "In {subject}, deposits form on {object} {qualifier}.", subject: "gout", object: "the knees"
      )
        == "In gout, deposits form on the knees.")
  }

  @Test(
    "lists read as prose",
    arguments: [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")])
  func list(_ items: [String], _ prose: String) {
    #expect(TemplateText.list(items) == prose)
  }
}
