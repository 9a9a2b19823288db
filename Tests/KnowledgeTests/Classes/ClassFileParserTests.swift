import Knowledge
import Testing

/// The class file (`Classes/<name>.yaml`): a roster, a deck, targets, fixed quizzes; every problem found at
/// once, at its line and column.
@Suite("Class file")
struct ClassFileParserTests {
  static let full = """
    title: First aid 7B
    deck: ../decks/first-aid-burns.yaml
    start: 2026-10-28
    roster:
      amy-smith: Amy Smith
      cara-diaz: { name: "Cara Díaz", sis: "1042", login: cdiaz }
    targets:
      - units: 40
        by: 2026-12-09
      - units: 20
        by: 2026-11-18
    quizzes:
      week-4:
        title: Week 4 check
        tags: [cooling, covering]
        questions: 8
        minutes: 10
        seed: 4
        ask: choose
      final:
        units: [cooling-time, best-first-aid]
    """

  func parse(_ yaml: String) throws(KnowledgeError) -> ClassFile {
    try ClassFileParser.parse(yaml: yaml, file: "Classes/7b.yaml", name: "7b")
  }

  /// The errors a file gives, one `file:line:column: error: message` each.
  func errors(_ yaml: String) -> [String] {
    do {
      _ = try parse(yaml)
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  @Test("reads the roster in both forms, the deck as written, targets by date and the quizzes")
  func full() throws {
    let file = try parse(Self.full)
    #expect(file.name == "7b" && file.title == "First aid 7B")
    #expect(file.deck == "../decks/first-aid-burns.yaml")
    #expect(file.deckLocation.description == "Classes/7b.yaml:2:7")
    #expect(file.start == ClassFile.Day("2026-10-28"))
    #expect(file.roster.map(\.id) == ["amy-smith", "cara-diaz"])
    #expect(file.roster.map(\.name) == ["Amy Smith", "Cara Díaz"])
    #expect(file.roster[1].sis == "1042" && file.roster[1].login == "cdiaz")
    #expect(file.roster[0].sis == nil && file.roster[0].location.line == 5)
    #expect(file.targets.map(\.units) == [20, 40])
    #expect(file.targets.map(\.by.description) == ["2026-11-18", "2026-12-09"])
    let week = try #require(file.quiz(named: "week-4"))
    #expect(week.title == "Week 4 check" && week.tags == ["cooling", "covering"])
    #expect(week.questions == 8 && week.minutes == 10 && week.seed == 4 && week.ask == "choose")
    let final = try #require(file.quiz(named: "final"))
    #expect(final.title == "final" && final.units == ["cooling-time", "best-first-aid"])
    #expect(final.seed == nil && final.questions == nil && final.ask == "produce")
    #expect(final.location.line == 20)
    #expect(file.member("cara-diaz")?.name == "Cara Díaz" && file.member("zed") == nil)
  }

  @Test(
    "an empty roster and no quizzes are a class yet to be filled in; the title defaults to the name"
  )
  func empty() throws {
    let file = try parse("deck: first-aid-burns\nroster: {}\ntargets: []\nquizzes: {}\n")
    #expect(file.roster.isEmpty && file.targets.isEmpty && file.quizzes.isEmpty)
    #expect(file.title == "7b" && file.start == nil)
    #expect(file.help == ClassFile.HelpRules())
  }

  @Test("needs-help sets the thresholds it names; the others keep their defaults")
  func helpRules() throws {
    let file = try parse("deck: d\nroster: {}\nneeds-help:\n  inactive-days: 3\n  retention: 0.8\n")
    #expect(file.help.inactiveDays == 3 && file.help.retention == 0.8)
    #expect(file.help.medianShare == ClassFile.HelpRules().medianShare)
    #expect(
      errors("deck: d\nroster: {}\nneeds-help:\n  inactive-days: 0\n  retention: 70\n  often: 2\n")
        == [
          "Classes/7b.yaml:4:18: error: needs-help: inactive-days must be 1 or more",
          "Classes/7b.yaml:5:14: error: needs-help: retention is a share, from 0 to 1 (0.7 for 70 %)",
          "Classes/7b.yaml:6:3: error: unknown key 'often' in needs-help (known keys: inactive-days, median-share, retention)",
        ])
  }

  @Test(
    "every mistake is reported at once, at its line",
    arguments: [
      (
        "deck: d\nroster: {}\nteacher: me\n",
        [
          "Classes/7b.yaml:3:1: error: unknown key 'teacher' in the class file (known keys: deck, needs-help, quizzes, roster, start, targets, title)"
        ]
      ),
      ("roster: {}\n", ["Classes/7b.yaml:1:1: error: the class file needs 'deck'"]),
      (
        "deck: d\nstart: 28/10/2026\nroster: {}\ntargets:\n  - {units: 0, by: 2026-12-01}\n  - {units: 5, by: 2026-02-30}\n",
        [
          "Classes/7b.yaml:2:8: error: the start day must be a date written YYYY-MM-DD, not '28/10/2026'",
          "Classes/7b.yaml:5:13: error: a target's units must be 1 or more",
          "Classes/7b.yaml:6:20: error: a target's day must be a date written YYYY-MM-DD, not '2026-02-30'",
        ]
      ),
      (
        "deck: d\nroster: {}\nquizzes:\n  week-1: {tags: [a], questions: 5}\n",
        [
          "Classes/7b.yaml:4:3: error: quiz 'week-1' needs a 'seed:' (the same questions drawn for everyone) or 'units:' (asked in their order)"
        ]
      ),
      (
        "deck: d\nroster: {}\nquizzes:\n  w: {units: [a, b], questions: 3, ask: type}\n",
        [
          "Classes/7b.yaml:4:41: error: quiz 'w': ask must be one of judge, choose, select, complete, produce, list, not 'type'",
          "Classes/7b.yaml:4:33: error: quiz 'w' asks 3 questions of 2 units listed: give a seed to draw from more, or list more units",
        ]
      ),
      (
        "deck: d\nroster: {}\nquizzes:\n  Week 1: {seed: 1, questions: 2}\n  w2: {seed: -1, questions: 2}\n",
        [
          "Classes/7b.yaml:4:3: error: quiz 'Week 1': a quiz name is what learners type after --set: use lowercase letters, digits and '-', starting with a letter",
          "Classes/7b.yaml:5:14: error: quiz 'w2': seed must be a whole number, 0 or more",
        ]
      ),
    ])
  func mistakes(yaml: String, expected: [String]) {
    #expect(Set(errors(yaml)) == Set(expected))
  }

  @Test("a file that is not YAML is a syntax error; an empty one says so")
  func notYAML() {
    #expect(errors("deck: [d\n").count == 1)
    #expect(errors("") == ["Classes/7b.yaml:1:1: error: the class file is empty"])
  }

  @Test("a repeated learner id is refused, not silently merged")
  func repeatedID() {
    #expect(!errors("deck: d\nroster:\n  amy: Amy\n  amy: Amy Two\n").isEmpty)
  }

  @Test(
    "days are written YYYY-MM-DD and numbered from 1970-01-01, leap days included",
    arguments: [
      ("1970-01-01", 0), ("2026-11-25", 20_782), ("2024-02-29", 19_782), ("2000-03-01", 11_017),
    ])
  func days(text: String, number: Int) throws {
    let day = try #require(ClassFile.Day(text))
    #expect(day.number == number)
    #expect(day.description == text)
    #expect(ClassFile.Day(number: number).description == text)
  }

  @Test(
    "not a day",
    arguments: ["2025-02-29", "2026-13-01", "2026-1-05", "26-11-25", "2026-11-25x", ""])
  func notADay(text: String) {
    #expect(ClassFile.Day(text) == nil)
  }
}
