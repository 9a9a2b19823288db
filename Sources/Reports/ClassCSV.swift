import Foundation
import Utilities

/// `recall class --csv`: one row per learner of the class, as a gradebook file that Canvas and Moodle
/// import (docs/classes.md, "Gradebook").
///
/// The first five columns are those Canvas's gradebook import requires, in its order: `Student` (the
/// display name), `ID` (Canvas's own user number, which Recall does not know: left empty), `SIS User ID`
/// (the roster's `sis:`), `SIS Login ID` (the roster's `login:`, else the learner id) and `Section` (left
/// empty); Canvas matches a row by SIS User ID, then SIS Login ID, then name. Moodle matches the column
/// the teacher maps to a user field (SIS Login ID to the user name, or SIS User ID to the ID number). Every
/// other column is a number Canvas takes as an assignment's points and Moodle maps to a grade item: units
/// known, true retention and each fixed quiz's score in percent, reviews, and the last study day
/// (`YYYY-MM-DD`). Empty cells mean "no figure" (never a zero a gradebook would average in).
public enum ClassCSV {
  /// The file: a header row, then one row per learner of the overview (in its order), each line ended
  /// with CRLF as RFC 4180 writes it.
  public static func render(_ overview: ClassOverview, calendar: ReportCalendar) -> String {
    var header = [
      "Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Units known",
      "True retention (%)", "Reviews", "Last active",
    ]
    header += overview.quizzes.map { "\($0.quiz.title) (%)" }
    var lines = [header.map(field).joined(separator: ",")]
    for row in overview.rows {
      let figures = row.hasStarted ? row.figures : nil
      var cells = [
        row.name, "", row.member?.sis ?? "", row.member?.login ?? row.learner, "",
        figures.map { "\($0.unitsKnown)" } ?? "0",
        figures?.retention.rate.map(percent) ?? "",
        "\(figures?.reviews ?? 0)",
        figures?.lastActive.map { calendar.label(ofDay: calendar.day(of: $0)) } ?? "",
      ]
      cells += overview.quizzes.map { results in
        results.results[row.learner]?.score.map(percent) ?? ""
      }
      lines.append(cells.map(field).joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  /// A share as a percentage with at most one decimal ("87.5", "100").
  static func percent(_ share: Double) -> String {
    tenths((share * 1000).rounded() / 10)
  }

  /// A field quoted when it must be (a comma, a quote or a line break in it), quotes doubled.
  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
