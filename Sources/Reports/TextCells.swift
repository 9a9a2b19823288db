import Foundation

/// Small pieces of terminal text shared by the text reports: padding, truncation, percentages, bars.
enum TextCells {
  /// `text` cut to `width` characters (with an ellipsis) and padded with spaces to exactly `width`.
  static func fit(_ text: String, _ width: Int) -> String {
    let clean = inert(text)
    let cut = clean.count > width ? String(clean.prefix(max(0, width - 1))) + "…" : clean
    return cut + String(repeating: " ", count: max(0, width - cut.count))
  }

  /// `text` right-aligned in `width` characters.
  static func right(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }

  /// Deck or learner text made safe for a terminal: control characters (escape codes) become spaces.
  static func inert(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }

  /// `text` without trailing spaces.
  static func trimmed(_ text: String) -> String {
    var text = text
    while text.last == " " { text.removeLast() }
    return text
  }

  /// "83%", or "–" for no data.
  static func percent(_ share: Double?) -> String {
    share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
  }

  /// " 83%  40/48" for a count of passes, or "   –", in `width` columns.
  static func passes(_ passes: LearnerStatistics.Passes, width: Int = 10) -> String {
    guard passes.reviewed > 0 else { return fit("   –", width) }
    return fit("\(right(percent(passes.rate), 4))  \(passes.passed)/\(passes.reviewed)", width)
  }

  /// A horizontal bar of `width` cells filled to `share` (eighths of a cell).
  static func bar(_ share: Double, width: Int) -> (filled: String, empty: String) {
    let eighths = Int((min(max(share, 0), 1) * Double(width * 8)).rounded())
    let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
    let filled = String(repeating: "█", count: eighths / 8) + partial
    return (filled, String(repeating: "·", count: max(0, width - filled.count)))
  }

  /// "2026-11-25" for a moment, in `calendar`'s study days.
  static func date(_ date: Date?, calendar: ReportCalendar) -> String {
    guard let date else { return "never" }
    return calendar.label(ofDay: calendar.day(of: date))
  }
}
