import Foundation

/// The `--json` output of `recall stats` and `recall class`, described in docs/reports.md and checked
/// against docs/schemas/stats.schema.json and docs/schemas/class.schema.json.
public enum ReportJSON {
  /// The version of both documents; it changes only when a field changes meaning or goes away (2: figures
  /// by unit of knowledge rather than by card).
  public static let version = 2

  /// `recall stats --json`.
  public static func stats(_ stats: LearnerStatistics) -> String {
    let calendar = stats.calendar
    let counts = stats.counts
    let node = JSONNode.object([
      ("report", .string("recall-stats")), ("version", .integer(version)),
      ("generated", .time(stats.now)), ("learner", .string(stats.learner)),
      ("deck", deck(stats.deckID, stats.deckTitle)),
      ("today", .object(day(calendar.label(ofDay: stats.today), stats.todayTally))),
      (
        "counts",
        .object([
          ("total", .integer(counts.total)), ("studied", .integer(counts.studied)),
          ("known", .integer(counts.known)), ("new", .integer(counts.new)),
          ("learning", .integer(counts.learning)), ("young", .integer(counts.young)),
          ("mature", .integer(counts.mature)), ("suspended", .integer(counts.suspended)),
          ("leeches", .integer(counts.leeches)),
          (
            "kinds",
            .array(
              counts.kinds.map {
                .object([("kind", .string($0.kind)), ("units", .integer($0.units))])
              })
          ),
        ])
      ),
      (
        "retention",
        .array(
          stats.retention.map { row in
            .object([
              ("period", .string(row.period)), ("young", passes(row.young)),
              ("mature", passes(row.mature)), ("all", passes(row.all)),
            ])
          })
      ),
      (
        "forecast",
        .array(
          stats.forecast.enumerated().map { offset, due in
            .object([
              ("date", .string(calendar.label(ofDay: stats.today + offset))),
              ("due", .integer(due)),
            ])
          })
      ),
      ("activity", .array(stats.activity.map { activity($0, calendar: calendar) })),
      (
        "streak",
        .object([
          ("current", .integer(stats.currentStreak)), ("longest", .integer(stats.longestStreak)),
        ])
      ),
      (
        "topics",
        .array(
          stats.topics.map { topic in
            .object([
              ("topic", .string(topic.topic)), ("units", .integer(topic.units)),
              ("studied", .integer(topic.studied)), ("known", .integer(topic.known)),
              ("share", .decimal(topic.share)),
            ])
          })
      ),
      ("hardest", .array(stats.hardest.map { .string($0.id) })),
      (
        "quizzes",
        .array(
          stats.quizzes.map { quiz in
            .object([
              ("time", .time(quiz.time)), ("correct", .decimal(quiz.correct)),
              ("questions", .integer(quiz.questions)), ("seconds", .integer(quiz.seconds)),
            ])
          })
      ),
      ("units", .array(stats.units.map(unit))),
    ])
    return node.text
  }

  /// `recall class --json`; `overview` reads it against the class's roster (without one, every learner
  /// with a file is a learner of the class).
  public static func classReport(
    _ report: ClassStatistics, calendar: ReportCalendar, overview: ClassOverview? = nil
  ) -> String {
    let overview = overview ?? ClassOverview(report: report, calendar: calendar)
    let added = ClassOverviewJSON.learnerFields(overview)
    let node = JSONNode.object(
      [
        ("report", .string("recall-class")), ("version", .integer(version)),
        ("generated", .time(report.now)), ("deck", deck(report.deckID, report.deckTitle)),
        (
          "learners",
          .array(
            report.learners.map { row in
              .object(
                [
                  ("learner", .string(row.learner)), ("unitsKnown", .integer(row.unitsKnown)),
                  ("unitsStudied", .integer(row.unitsStudied)),
                  ("retention", passes(row.retention)), ("due", .integer(row.due)),
                  ("lastActive", .time(row.lastActive)), ("reviews", .integer(row.reviews)),
                  ("quizzes", .integer(row.quizzes)), ("quizScore", .decimal(row.quizScore)),
                ] + (added[row.learner] ?? []))
            })
        ),
        (
          "topics",
          .array(
            report.topics.map { topic in
              .object([
                ("topic", .string(topic.topic)), ("units", .integer(topic.units)),
                ("learners", .integer(topic.learners)), ("studied", .integer(topic.studied)),
                ("known", .integer(topic.known)), ("share", .decimal(topic.share)),
              ])
            })
        ),
        (
          "mostMissed",
          .array(
            report.mostMissed.map { unit in
              .object([
                ("unit", .string(unit.unit)), ("prompt", .string(unit.prompt)),
                ("learners", .integer(unit.learners)), ("answered", .integer(unit.answered)),
                ("wrong", .integer(unit.wrong)), ("answers", .integer(unit.answers)),
              ])
            })
        ),
        (
          "wrongAnswers",
          .array(
            report.wrongAnswers.map { card in
              .object([
                ("card", .string(card.card)), ("unit", .string(card.unit)),
                ("prompt", .string(card.prompt)), ("answer", .string(card.answer)),
                (
                  "answers",
                  .array(
                    card.answers.map { given in
                      .object([
                        ("text", .string(given.text)), ("count", .integer(given.count)),
                        ("learners", .integer(given.learners)),
                        ("givenBy", .array(given.givenBy.map(JSONNode.string))),
                      ])
                    })
                ),
              ])
            })
        ),
        (
          "aliasSuggestions",
          .array(
            report.aliasSuggestions.map { card in
              .object([
                ("card", .string(card.card)), ("prompt", .string(card.prompt)),
                ("answer", .string(card.answer)),
                (
                  "answers",
                  .array(
                    card.overridden.map { given in
                      .object([
                        ("text", .string(given.text)), ("learners", .integer(given.learners)),
                      ])
                    })
                ),
              ])
            })
        ),
        (
          "flags",
          .array(
            report.flags.map { flag in
              .object([
                ("card", .string(flag.card)), ("unit", .string(flag.unit)),
                ("prompt", .string(flag.prompt)),
                ("learner", .string(flag.learner)), ("note", .string(flag.note)),
                ("time", .time(flag.time)),
              ])
            })
        ),
        ("activity", .array(report.activity.map { activity($0, calendar: calendar) })),
        (
          "forecast",
          .array(
            report.forecast.enumerated().map { offset, due in
              .object([
                ("date", .string(calendar.label(ofDay: calendar.day(of: report.now) + offset))),
                ("due", .integer(due)),
              ])
            })
        ),
      ] + ClassOverviewJSON.fields(overview))
    return node.text
  }

  private static func deck(_ id: String, _ title: String) -> JSONNode {
    .object([("id", .string(id)), ("title", .string(title))])
  }

  private static func day(_ date: String, _ tally: DayTally) -> [(String, JSONNode)] {
    [
      ("date", .string(date)), ("reviews", .integer(tally.reviews)),
      ("correct", .integer(tally.correct)), ("accuracy", .decimal(tally.accuracy)),
      ("seconds", .decimal(Double(tally.milliseconds) / 1000)),
    ]
  }

  private static func passes(_ passes: LearnerStatistics.Passes) -> JSONNode {
    .object([
      ("passed", .integer(passes.passed)), ("reviewed", .integer(passes.reviewed)),
      ("rate", .decimal(passes.rate)),
    ])
  }

  private static func activity(
    _ day: LearnerStatistics.DayActivity, calendar: ReportCalendar
  ) -> JSONNode {
    .object([
      ("date", .string(calendar.label(ofDay: day.day))), ("reviews", .integer(day.reviews)),
      ("retention", passes(day.retention)),
    ])
  }

  private static func unit(_ unit: LearnerStatistics.UnitFigures) -> JSONNode {
    .object([
      ("id", .string(unit.id)), ("kind", unit.kind.map(JSONNode.string) ?? .null),
      ("state", .string(unit.state)), ("stability", .decimal(unit.stability)),
      ("difficulty", .decimal(unit.difficulty)),
      ("retrievability", .decimal(unit.retrievability)), ("due", .time(unit.due)),
      ("lastReview", .time(unit.lastReview)), ("reviews", .integer(unit.reviews)),
      ("lapses", .integer(unit.lapses)), ("suspended", .bool(unit.suspended)),
      ("leech", .bool(unit.leech)), ("known", .bool(unit.known)), ("inDeck", .bool(unit.inDeck)),
      ("topics", .array(unit.topics.map(JSONNode.string))),
    ])
  }
}
