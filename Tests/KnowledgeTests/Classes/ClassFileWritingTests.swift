import Knowledge
import Testing

/// A new class file from a pasted roster: learner ids made from names, and a file that reads back.
@Suite("Writing a class file")
struct ClassFileWritingTests {
  @Test(
    "a display name gives a learner id a teacher can read",
    arguments: [
      ("Amy Smith", "amy-smith"), ("Cara Díaz", "cara-diaz"), ("Elif Yılmaz", "elif-yilmaz"),
      ("Smith, Amy", "smith-amy"), ("  Jean-Luc  Picard ", "jean-luc-picard"),
      ("Łukasz Żółć", "lukasz-zolc"), ("Søren Ærø", "soren-aero"),
      ("O'Brien, Seán", "o-brien-sean"),
      ("王伟", "王伟"), ("???", "learner"), ("Agent 007", "agent-007"),
    ])
  func learnerID(name: String, id: String) {
    #expect(ClassFile.learnerID(forName: name) == id)
  }

  @Test("a long name is cut to 64 characters, never ending in a dash")
  func longName() {
    let id = ClassFile.learnerID(forName: String(repeating: "ab ", count: 40))
    #expect(id.count <= 64 && !id.hasSuffix("-"))
  }

  @Test(
    "a roster: one learner a line, an id given with a tab, comments and blanks skipped, twins kept apart"
  )
  func roster() {
    let members = ClassFile.roster(
      text: "# 7B\nAmy Smith\n\n  Amy Smith  \nbob\tRobert Jones\r\nCara Díaz\n", file: "roster.txt"
    )
    #expect(members.map(\.id) == ["amy-smith", "amy-smith-2", "bob", "cara-diaz"])
    #expect(members.map(\.name) == ["Amy Smith", "Amy Smith", "Robert Jones", "Cara Díaz"])
    #expect(members.map(\.location.line) == [2, 4, 5, 6])
  }

  @Test("a new class file reads back with its roster, whatever the names hold")
  func readsBack() throws {
    let members = [
      ClassFile.Member(
        id: "amy", name: #"Amy "the Ace" Smith: \ #1"#,
        location: .init(file: "r", line: 1, column: 1)),
      ClassFile.Member(
        id: "bo", name: "Bo", sis: "0042", login: "bo.l",
        location: .init(file: "r", line: 2, column: 1)),
    ]
    let text = ClassFile.newFileText(
      name: "7b", deck: "first-aid-burns", start: ClassFile.Day(number: 20_782), roster: members)
    let file = try ClassFileParser.parse(yaml: text, file: "7b.yaml", name: "7b")
    #expect(file.roster.map(\.id) == ["amy", "bo"])
    #expect(file.roster.map(\.name) == members.map(\.name))
    #expect(file.roster[1].sis == "0042" && file.roster[1].login == "bo.l")
    #expect(file.deck == "first-aid-burns" && file.start?.description == "2026-11-25")
    #expect(file.targets.isEmpty && file.quizzes.isEmpty)
    let empty = ClassFile.newFileText(
      name: "x", deck: "d", start: ClassFile.Day(number: 0), roster: [])
    #expect(try ClassFileParser.parse(yaml: empty, file: "x.yaml", name: "x").roster.isEmpty)
  }
}
