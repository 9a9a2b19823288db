import Testing

@testable import Cards

@Suite("NumberedWording")
struct NumberedWordingTests {
  static let labTest = [(name: "lab test", plural: "lab tests")]
  static let deposit = [(name: "kind of deposit", plural: "kinds of deposit")]

  func wording(_ template: String, _ classes: [(name: String, plural: String)]) -> NumberedWording?
  {
    NumberedWording(template: template, classes: classes)
  }

  @Test("the stem and its verb agree with one answer, several, or a count")
  func agreement() throws {
    let tests = try #require(wording("Which tests help to look for {subject}?", Self.labTest))
    #expect(tests.text(.one) == "Which test helps to look for {subject}?")
    #expect(tests.text(.several) == "Which tests help to look for {subject}?")
    #expect(tests.text(.count(4)) == "Which four tests help to look for {subject}?")
    #expect(tests.nameOne == "Name one test that helps to look for {subject}.")
    let treatment = try #require(
      wording(
        "Which treatment is suggested for {object}?", [(name: "treatment", plural: "treatments")]))
    #expect(treatment.text(.several) == "Which treatments are suggested for {object}?")
    #expect(treatment.nameOne == "Name one treatment that is suggested for {object}.")
  }

  @Test("adverbs between the stem and its verb stay where they are")
  func adverbs() throws {
    let causes = try #require(
      wording("Which disease typically causes {object}?", [(name: "disease", plural: "diseases")]))
    #expect(causes.text(.several) == "Which diseases typically cause {object}?")
    #expect(causes.nameOne == "Name one disease that typically causes {object}.")
  }

  @Test("after a preposition only the noun changes; the verb belongs to another subject")
  func prepositional() throws {
    let kind = try #require(
      wording(
        "For which kind of calcium deposit is treatment with {subject} {qualifier} suggested?",
        Self.deposit))
    #expect(
      kind.text(.count(2))
        == "For which two kinds of calcium deposit is treatment with {subject} {qualifier} suggested?"
    )
    #expect(kind.nameOne == nil)
  }

  @Test("a question word after a comma opens its clause")
  func afterComma() throws {
    let step = try #require(
      wording(
        "Apart from cooling, what special step is needed for {subject} {qualifier}?",
        [(name: "special step", plural: "special steps")]))
    #expect(
      step.text(.count(2))
        == "Apart from cooling, what two special steps are needed for {subject} {qualifier}?")
    #expect(
      step.nameOne
        == "Apart from cooling, name one special step that is needed for {subject} {qualifier}.")
  }

  @Test("with 'do' or a copula before a lone placeholder, the stem is the object: its verb stays")
  func objectQuestions() throws {
    let planet = try #require(
      wording("Which planet does {subject} orbit?", [(name: "planet", plural: "planets")]))
    #expect(planet.text(.several) == "Which planets does {subject} orbit?")
    let type = try #require(
      wording(
        "What type of planet is {subject}?", [(name: "type of planet", plural: "types of planet")]))
    #expect(type.text(.several) == "What types of planet is {subject}?")
  }

  @Test("wording without the class's name, or whose verb does not agree, is left as written")
  func leftAlone() {
    #expect(
      wording("Which natural satellites orbit {subject}?", [(name: "moon", plural: "moons")]) == nil
    )
    #expect(wording("Where do deposits of {subject} form?", Self.labTest) == nil)
    #expect(wording("Which tests of the blood help with {subject}?", Self.labTest) == nil)
  }
}
