import Foundation
import Utilities

extension ClassOverviewText {
  /// Each fixed quiz: who took it and their score, then how the class answered each question.
  static func quizzes(_ overview: ClassOverview, style: TextStyle) -> [String] {
    guard !overview.quizzes.isEmpty else { return [] }
    var lines = [
      style.bold("Fixed quizzes") + style.dim(" (first finished sitting of each learner)")
    ]
    for results in overview.quizzes {
      let quiz = results.quiz
      let title = quiz.title == quiz.name ? quiz.name : "\(quiz.name) · \(quiz.title)"
      let mean = results.mean.map { " · mean \(TextCells.percent($0))" } ?? ""
      lines.append(
        "  " + style.bold(TextCells.inert(title))
          + " · \(plural(results.questions.count, "question")) · "
          + "\(results.results.count) of \(plural(overview.rows.count, "learner")) took it\(mean)")
      let taken = overview.rows.filter { results.results[$0.learner] != nil }
        .sorted {
          (results.results[$0.learner]?.score ?? 0) < (results.results[$1.learner]?.score ?? 0)
        }
      let scores = taken.map { row in
        "\(row.name) \(TextCells.percent(results.results[row.learner]?.score))"
      }
      if !scores.isEmpty {
        lines += wrapped("scores: " + scores.joined(separator: " · "), indent: "    ")
      }
      let missing = overview.rows.filter { results.results[$0.learner] == nil }.map(\.learner)
      if !missing.isEmpty {
        lines += wrapped("not taken: " + overview.names(missing, limit: 20), indent: "    ")
      }
      guard !results.tallies.isEmpty else { continue }
      lines.append(style.dim("    #  right partly wrong  none  question"))
      for (offset, tally) in results.tallies.enumerated() {
        let takers = tally.correct + tally.partial + tally.wrong + tally.unanswered
        let weak = takers > 0 && Double(tally.correct) / Double(takers) < 0.5
        let right = TextCells.right("\(tally.correct)", 6)
        lines.append(
          TextCells.trimmed(
            "   " + TextCells.right("\(offset + 1)", 2) + (weak ? style.red(right) : right)
              + TextCells.right("\(tally.partial)", 7) + TextCells.right("\(tally.wrong)", 6)
              + TextCells.right("\(tally.unanswered)", 6) + "  "
              + TextCells.fit(tally.question.prompt, 46)))
      }
    }
    return lines
  }

  /// `text` broken at spaces into lines of at most 80 columns, each starting with `indent`.
  static func wrapped(_ text: String, indent: String) -> [String] {
    var lines: [String] = []
    var line = indent
    for word in TextCells.inert(text).split(separator: " ") {
      if line.count > indent.count, line.count + 1 + word.count > 80 {
        lines.append(line)
        line = indent
      }
      line += (line.count > indent.count ? " " : "") + word
    }
    if line.count > indent.count { lines.append(line) }
    return lines
  }
}
