import Foundation
import Knowledge
import ProgressCore

/// The fields `recall class --json` adds for the class view read against its roster (docs/reports.md,
/// docs/schemas/class.schema.json): who needs help and why, topic mastery, deck versions and fixed quizzes
/// per learner; the class file, the learners not started or not on the roster, the deck versions and the
/// fixed quizzes' results.
enum ClassOverviewJSON {
  /// The fields added to each learner's object, by learner name.
  static func learnerFields(_ overview: ClassOverview) -> [String: [(String, JSONNode)]] {
    Dictionary(overview.rows.map { ($0.learner, rowFields($0, overview)) }) { first, _ in first }
  }

  /// The fields added to a learner's object, by row.
  static func rowFields(_ row: ClassOverview.Row, _ overview: ClassOverview) -> [(String, JSONNode)]
  {
    let details = row.details
    return [
      ("name", .string(row.name)), ("behind", .bool(row.isBehind)),
      ("reasons", .array(row.reasons.map(reason))),
      ("deckVersion", details?.latestVersion.map(version) ?? .null),
      (
        "topicMastery",
        .array(
          (details?.topics ?? []).map { topic in
            .object([
              ("topic", .string(topic.topic)), ("studied", .integer(topic.studied)),
              ("known", .integer(topic.known)), ("share", .decimal(topic.share)),
            ])
          })
      ),
      (
        "fixedQuizzes",
        .array(
          overview.quizzes.compactMap { results in
            guard let attempt = results.results[row.learner], let result = attempt.result else {
              return nil
            }
            return .object([
              ("quiz", .string(results.quiz.name)), ("time", .time(attempt.started)),
              ("correct", .decimal(result.correct)), ("questions", .integer(result.questions)),
              ("score", .decimal(attempt.score)),
            ])
          })
      ),
    ]
  }

  /// The top-level fields added.
  static func fields(_ overview: ClassOverview) -> [(String, JSONNode)] {
    let notStarted = overview.rows.filter { !$0.hasStarted }
    return [
      ("class", overview.classFile.map(classObject) ?? .null),
      (
        "needsHelp",
        .object([
          ("medianKnown", .decimal(overview.medianKnown)),
          ("expectedToday", .decimal(overview.expectedToday)),
          ("learners", .array(overview.rows.filter(\.isBehind).map { .string($0.learner) })),
        ])
      ),
      (
        "notStarted",
        .array(
          notStarted.map { row in
            .object([
              ("learner", .string(row.learner)), ("name", .string(row.name)),
              ("reasons", .array(row.reasons.map(reason))),
            ])
          })
      ),
      ("notOnRoster", .array(overview.notOnRoster.map(JSONNode.string))),
      ("forkedHistories", .array(overview.forked.map(JSONNode.string))),
      ("deckVersions", .array(overview.versions.map(versionGroup))),
      ("fixedQuizzes", .array(overview.quizzes.map(quizResults))),
    ]
  }

  private static func classObject(_ file: ClassFile) -> JSONNode {
    .object([
      ("name", .string(file.name)), ("title", .string(file.title)),
      ("start", file.start.map { .string($0.description) } ?? .null),
      ("roster", .integer(file.roster.count)),
      (
        "targets",
        .array(
          file.targets.map {
            .object([("units", .integer($0.units)), ("by", .string($0.by.description))])
          })
      ),
      (
        "needsHelp",
        .object([
          ("inactiveDays", .integer(file.help.inactiveDays)),
          ("retention", .number(file.help.retention)),
          ("medianShare", .number(file.help.medianShare)),
        ])
      ),
    ])
  }

  private static func reason(_ reason: ClassOverview.Reason) -> JSONNode {
    .object([("reason", .string(reason.key)), ("text", .string(reason.text))])
  }

  private static func version(_ version: DeckVersion) -> JSONNode {
    .object([
      ("hash", .string(version.hash)),
      ("version", version.number.map { .integer($0) } ?? .null),
    ])
  }

  private static func versionGroup(_ group: ClassOverview.VersionGroup) -> JSONNode {
    .object([
      ("version", group.version.map(version) ?? .null), ("current", .bool(group.isCurrent)),
      ("learners", .array(group.learners.map(JSONNode.string))),
      (
        "changes",
        group.changes.map { changes in
          .object([
            ("unitsAdded", .array(changes.unitsAdded.map(JSONNode.string))),
            ("unitsRemoved", .array(changes.unitsRemoved.map(JSONNode.string))),
            ("cardsAdded", .integer(changes.cardsAdded)),
            ("cardsRemoved", .integer(changes.cardsRemoved)),
          ])
        } ?? .null
      ),
    ])
  }

  private static func quizResults(_ results: ClassOverview.QuizResults) -> JSONNode {
    .object([
      ("quiz", .string(results.quiz.name)), ("title", .string(results.quiz.title)),
      ("takers", .integer(results.results.count)), ("mean", .decimal(results.mean)),
      (
        "questions",
        .array(
          results.tallies.map { tally in
            .object([
              ("card", .string(tally.question.card)), ("prompt", .string(tally.question.prompt)),
              ("correct", .integer(tally.correct)), ("partial", .integer(tally.partial)),
              ("wrong", .integer(tally.wrong)), ("unanswered", .integer(tally.unanswered)),
            ])
          })
      ),
    ])
  }
}
