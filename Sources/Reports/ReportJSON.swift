import Foundation

/// The `--json` output of `recall stats` and `recall class`, described in docs/reports.md and checked
/// against docs/schemas/stats.schema.json and docs/schemas/class.schema.json.
public enum ReportJSON {
  /// The version of both documents; it changes only when a field changes meaning or goes away.
  public static let version = 1

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
          ("total", .integer(counts.total)), ("new", .integer(counts.new)),
          ("learning", .integer(counts.learning)), ("young", .integer(counts.young)),
          ("mature", .integer(counts.mature)), ("suspended", .integer(counts.suspended)),
          ("leeches", .integer(counts.leeches)),
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
              ("topic", .string(topic.topic)), ("cards", .integer(topic.cards)),
              ("seen", .integer(topic.seen)), ("mastered", .integer(topic.mastered)),
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
      ("cards", .array(stats.cards.map(card))),
    ])
    return node.text
  }

  /// `recall class --json`.
  public static func classReport(_ report: ClassStatistics, calendar: ReportCalendar) -> String {
    let node = JSONNode.object([
      ("report", .string("recall-class")), ("version", .integer(version)),
      ("generated", .time(report.now)), ("deck", deck(report.deckID, report.deckTitle)),
      (
        "learners",
        .array(
          report.learners.map { row in
            .object([
              ("learner", .string(row.learner)), ("cardsSeen", .integer(row.cardsSeen)),
              ("retention", passes(row.retention)), ("due", .integer(row.due)),
              ("lastActive", .time(row.lastActive)), ("reviews", .integer(row.reviews)),
              ("quizzes", .integer(row.quizzes)), ("quizScore", .decimal(row.quizScore)),
            ])
          })
      ),
      (
        "topics",
        .array(
          report.topics.map { topic in
            .object([
              ("topic", .string(topic.topic)), ("cards", .integer(topic.cards)),
              ("learners", .integer(topic.learners)), ("mastered", .integer(topic.mastered)),
              ("share", .decimal(topic.share)),
            ])
          })
      ),
      (
        "mostMissed",
        .array(
          report.mostMissed.map { card in
            .object([
              ("card", .string(card.card)), ("prompt", .string(card.prompt)),
              ("misses", .integer(card.misses)), ("reviews", .integer(card.reviews)),
              ("learners", .integer(card.learners)),
            ])
          })
      ),
      (
        "wrongAnswers",
        .array(
          report.wrongAnswers.map { card in
            .object([
              ("card", .string(card.card)), ("prompt", .string(card.prompt)),
              ("answer", .string(card.answer)),
              (
                "answers",
                .array(
                  card.answers.map { given in
                    .object([
                      ("text", .string(given.text)), ("count", .integer(given.count)),
                      ("learners", .integer(given.learners)),
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
              ("card", .string(flag.card)), ("prompt", .string(flag.prompt)),
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
    ])
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

  private static func card(_ card: LearnerStatistics.CardFigures) -> JSONNode {
    .object([
      ("id", .string(card.id)), ("state", .string(card.state)),
      ("stability", .decimal(card.stability)), ("difficulty", .decimal(card.difficulty)),
      ("retrievability", .decimal(card.retrievability)), ("due", .time(card.due)),
      ("lastReview", .time(card.lastReview)), ("reviews", .integer(card.reviews)),
      ("lapses", .integer(card.lapses)), ("suspended", .bool(card.suspended)),
      ("leech", .bool(card.leech)), ("inDeck", .bool(card.inDeck)),
      ("topics", .array(card.topics.map(JSONNode.string))),
    ])
  }
}
