import Foundation
import Utilities

/// The reports' charts as inline SVG, each in a `<figure>` with a `<title>`, a `<desc>` that states the
/// data in words, and the data again as a (visually hidden) table for screen readers.
enum SVGCharts {
  private static let width = 720.0

  /// The figure around a chart: `id` names the title and description.
  private static func figure(
    id: String, title: String, description: String, height: Double, content: String,
    caption: String, table: String, viewWidth: Double = width, className: String? = nil
  ) -> String {
    """
    <figure id="\(id)"\(className.map { " class=\"\($0)\"" } ?? "")>
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(viewWidth)) \(Int(height))" \
    role="img" aria-labelledby="\(id)-title \(id)-desc">
    <title id="\(id)-title">\(HTMLText.escape(title))</title>
    <desc id="\(id)-desc">\(HTMLText.escape(description))</desc>
    \(content)</svg>
    <figcaption>\(caption)</figcaption>
    <div class="visually-hidden">\(table)</div>
    </figure>

    """
  }

  /// A value axis from 0 to a round number at or above `peak`, with four grid lines.
  private static func scale(_ peak: Int) -> Int {
    let steps = [4, 8, 12, 20, 40, 60, 80, 100, 200, 400, 600, 800, 1000, 2000, 4000, 10_000]
    return steps.first { $0 >= peak } ?? max(peak, 1)
  }

  private static func grid(
    top: Double, bottom: Double, left: Double, right: Double, maximum: Int, unit: String = ""
  ) -> String {
    var svg = ""
    for index in 0...4 {
      let y = bottom - (bottom - top) * Double(index) / 4
      let value = maximum * index / 4
      svg += "<line class=\"\(index == 0 ? "axis" : "grid")\" x1=\"\(HTMLText.number(left))\" "
      svg +=
        "y1=\"\(HTMLText.number(y))\" x2=\"\(HTMLText.number(right))\" y2=\"\(HTMLText.number(y))\"/>\n"
      svg += "<text x=\"\(HTMLText.number(left - 6))\" y=\"\(HTMLText.number(y + 4))\" "
      svg += "text-anchor=\"end\">\(value)\(unit)</text>\n"
    }
    return svg
  }

  /// Units due per day over the next 30 days.
  static func forecast(_ days: [Int], labels: [String]) -> String {
    let height = 230.0
    let (left, right, top, bottom) = (46.0, width - 12, 14.0, height - 40)
    let maximum = scale(days.max() ?? 0)
    let slot = (right - left) / Double(max(days.count, 1))
    var svg = grid(top: top, bottom: bottom, left: left, right: right, maximum: maximum)
    for (index, count) in days.enumerated() {
      let barHeight = (bottom - top) * Double(count) / Double(maximum)
      let x = left + slot * Double(index) + slot * 0.15
      svg += "<rect class=\"bar\(index == 0 ? " today" : "")\" x=\"\(HTMLText.number(x))\" "
      svg +=
        "y=\"\(HTMLText.number(bottom - barHeight))\" width=\"\(HTMLText.number(slot * 0.7))\" "
      svg += "height=\"\(HTMLText.number(barHeight))\"><title>\(HTMLText.escape(labels[index])): "
      svg += "\(count) due</title></rect>\n"
      if index % 7 == 0 {
        svg +=
          "<text x=\"\(HTMLText.number(x + slot * 0.35))\" y=\"\(HTMLText.number(bottom + 16))\" "
        svg += "text-anchor=\"middle\">\(index == 0 ? "today" : "+\(index)d")</text>\n"
      }
    }
    svg += "<text x=\"\(HTMLText.number(left))\" y=\"\(HTMLText.number(height - 6))\">"
    svg += "days from today (today includes overdue units)</text>\n"
    let total = days.reduce(0, +)
    let busiest = days.enumerated().max { $0.element < $1.element }
    let description =
      "\(total) units fall due in the next 30 days"
      + (busiest.map {
        $0.element > 0 ? "; the busiest day is \(labels[$0.offset]) with \($0.element)" : ""
      }
        ?? "") + "; \(days.first ?? 0) are due today."
    let rows = days.enumerated().map { [HTMLText.escape(labels[$0.offset]), "\($0.element)"] }
    return figure(
      id: "forecast", title: "Forecast: units due per day, next 30 days", description: description,
      height: height, content: svg, caption: HTMLText.escape(description),
      table: HTMLText.table(
        caption: "Units due per day", header: ["Day", "Units due"], rows: rows, numeric: [1]))
  }

  /// Reviews per day (bars) and that day's true retention (line), over the last `days.count` days.
  static func reviews(_ days: [LearnerStatistics.DayActivity], calendar: ReportCalendar) -> String {
    let height = 250.0
    let (left, right, top, bottom) = (46.0, width - 46, 14.0, height - 44)
    let maximum = scale(days.map(\.reviews).max() ?? 0)
    let slot = (right - left) / Double(max(days.count, 1))
    var svg = grid(top: top, bottom: bottom, left: left, right: right, maximum: maximum)
    for index in 0...4 {
      let y = bottom - (bottom - top) * Double(index) / 4
      svg += "<text x=\"\(HTMLText.number(right + 6))\" y=\"\(HTMLText.number(y + 4))\">"
      svg += "\(25 * index)%</text>\n"
    }
    var points: [String] = []
    for (index, day) in days.enumerated() {
      let label = calendar.label(ofDay: day.day)
      let barHeight = (bottom - top) * Double(day.reviews) / Double(maximum)
      let x = left + slot * Double(index) + slot * 0.15
      svg +=
        "<rect class=\"bar\" x=\"\(HTMLText.number(x))\" y=\"\(HTMLText.number(bottom - barHeight))\" "
      svg += "width=\"\(HTMLText.number(slot * 0.7))\" height=\"\(HTMLText.number(barHeight))\">"
      svg += "<title>\(label): \(day.reviews) reviews</title></rect>\n"
      if let rate = day.retention.rate {
        let point =
          "\(HTMLText.number(x + slot * 0.35)),\(HTMLText.number(bottom - (bottom - top) * rate))"
        points.append(point)
        let parts = point.split(separator: ",")
        svg += "<circle class=\"dot\" cx=\"\(parts[0])\" cy=\"\(parts[1])\" r=\"3.5\">"
        svg += "<title>\(label): true retention \(HTMLText.percent(rate)) "
        svg += "(\(day.retention.passed) of \(day.retention.reviewed))</title></circle>\n"
      }
      if index % 7 == days.count % 7 || index == days.count - 1 {
        svg +=
          "<text x=\"\(HTMLText.number(x + slot * 0.35))\" y=\"\(HTMLText.number(bottom + 16))\" "
        svg += "text-anchor=\"middle\">\(label.suffix(5))</text>\n"
      }
    }
    if points.count > 1 {
      svg += "<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/>\n"
    }
    svg +=
      "<rect class=\"bar\" x=\"\(HTMLText.number(left))\" y=\"\(HTMLText.number(height - 17))\" width=\"12\" height=\"10\"/>"
    svg +=
      "<text x=\"\(HTMLText.number(left + 16))\" y=\"\(HTMLText.number(height - 8))\">reviews (left axis)</text>\n"
    svg +=
      "<circle class=\"dot\" cx=\"\(HTMLText.number(left + 186))\" cy=\"\(HTMLText.number(height - 12))\" r=\"4\"/>"
    svg += "<text x=\"\(HTMLText.number(left + 196))\" y=\"\(HTMLText.number(height - 8))\">"
    svg += "true retention that day (right axis)</text>\n"
    let total = days.map(\.reviews).reduce(0, +)
    let passes = days.reduce(into: LearnerStatistics.Passes()) {
      $0.passed += $1.retention.passed
      $0.reviewed += $1.retention.reviewed
    }
    let description =
      "\(total) reviews in the last \(days.count) days, on \(days.filter { $0.reviews > 0 }.count) days; "
      + "true retention over the period \(HTMLText.percent(passes.rate)) "
      + "(\(passes.passed) of \(passes.reviewed) units in review passed)."
    let rows = days.map {
      [calendar.label(ofDay: $0.day), "\($0.reviews)", HTMLText.passes($0.retention)]
    }
    return figure(
      id: "reviews", title: "Reviews per day with true retention, last \(days.count) days",
      description: description, height: height, content: svg, caption: HTMLText.escape(description),
      table: HTMLText.table(
        caption: "Reviews and true retention per day",
        header: ["Day", "Reviews", "True retention"],
        rows: rows, numeric: [1]))
  }

  /// Twelve weeks of activity, one column a week (Monday at the top), darker for more reviews.
  static func heatmap(
    _ days: [LearnerStatistics.DayActivity], today: Int, calendar: ReportCalendar
  ) -> String {
    let reviews = Dictionary(uniqueKeysWithValues: days.map { ($0.day, $0.reviews) })
    let peak = max(reviews.values.max() ?? 0, 1)
    let monday = today - calendar.weekday(ofDay: today) - 7 * 11
    let (left, top, cell, gap) = (56.0, 28.0, 18.0, 4.0)
    let height = top + 7 * (cell + gap) + 62
    var svg = ""
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for (index, name) in names.enumerated() where index % 2 == 0 {
      svg +=
        "<text x=\"\(HTMLText.number(left - 8))\" y=\"\(HTMLText.number(top + Double(index) * (cell + gap) + 13))\" "
      svg += "text-anchor=\"end\">\(name)</text>\n"
    }
    var lastMonth = ""
    for week in 0..<12 {
      let x = left + Double(week) * (cell + gap)
      let month = String(calendar.label(ofDay: monday + week * 7).dropFirst(5).prefix(2))
      if month != lastMonth {
        let names = [
          "01": "Jan", "02": "Feb", "03": "Mar", "04": "Apr", "05": "May", "06": "Jun",
          "07": "Jul", "08": "Aug", "09": "Sep", "10": "Oct", "11": "Nov", "12": "Dec",
        ]
        svg +=
          "<text x=\"\(HTMLText.number(x))\" y=\"\(HTMLText.number(top - 10))\">\(names[month] ?? month)</text>\n"
        lastMonth = month
      }
      for weekday in 0..<7 {
        let day = monday + week * 7 + weekday
        guard day <= today else { continue }
        let count = reviews[day] ?? 0
        let level = count == 0 ? 0 : 1 + min(3, (count * 4 - 1) / peak)
        svg += "<rect class=\"h\(level)\" x=\"\(HTMLText.number(x))\" "
        svg +=
          "y=\"\(HTMLText.number(top + Double(weekday) * (cell + gap)))\" width=\"\(Int(cell))\" "
        svg += "height=\"\(Int(cell))\" rx=\"3\"><title>\(calendar.label(ofDay: day)): "
        svg += "\(plural(count, "review"))</title></rect>\n"
      }
    }
    let legendY = top + 7 * (cell + gap) + 14
    svg +=
      "<text x=\"\(HTMLText.number(left))\" y=\"\(HTMLText.number(legendY + 12))\">fewer</text>\n"
    for level in 0...4 {
      svg += "<rect class=\"h\(level)\" x=\"\(HTMLText.number(left + 44 + Double(level) * 22))\" "
      svg += "y=\"\(HTMLText.number(legendY))\" width=\"16\" height=\"16\" rx=\"3\"/>\n"
    }
    svg += "<text x=\"\(HTMLText.number(left + 158))\" y=\"\(HTMLText.number(legendY + 12))\">"
    svg += "more</text>\n"
    svg += "<text x=\"\(HTMLText.number(left))\" y=\"\(HTMLText.number(legendY + 34))\">"
    svg += "darkest: \(peak * 3 / 4 + 1) to \(peak) reviews a day</text>\n"
    let window = days.filter { $0.day >= monday && $0.day <= today }
    let studied = window.filter { $0.reviews > 0 }
    let description =
      "Studied on \(studied.count) of the last \(window.count) days, "
      + "\(window.map(\.reviews).reduce(0, +)) reviews in all; the most in one day was "
      + "\(reviews.values.max() ?? 0)."
    let rows = window.filter { $0.reviews > 0 }.map {
      [calendar.label(ofDay: $0.day), "\($0.reviews)"]
    }
    return figure(
      id: "heatmap", title: "Activity: reviews per day, last 12 weeks", description: description,
      height: height, content: svg, caption: HTMLText.escape(description),
      table: HTMLText.table(
        caption: "Days with reviews", header: ["Day", "Reviews"], rows: rows, numeric: [1]),
      viewWidth: left + 12 * (cell + gap) + 150, className: "compact")
  }

  /// Mastery per topic: a bar per topic, the share of its studied units known now (nil: none studied).
  static func mastery(_ topics: [(name: String, share: Double?, detail: String)]) -> String {
    let row = 30.0
    let height = 16 + Double(topics.count) * row + 10
    let (left, barWidth) = (120.0, 380.0)
    var svg = ""
    for (index, topic) in topics.enumerated() {
      let y = 10 + Double(index) * row
      let share = topic.share ?? 0
      svg += "<text x=\"\(HTMLText.number(left - 10))\" y=\"\(HTMLText.number(y + 15))\" "
      svg += "text-anchor=\"end\">\(HTMLText.escape(topic.name))</text>\n"
      svg += "<rect class=\"track\" x=\"\(HTMLText.number(left))\" y=\"\(HTMLText.number(y))\" "
      svg += "width=\"\(HTMLText.number(barWidth))\" height=\"20\" rx=\"3\"/>\n"
      svg += "<rect class=\"mastery\" x=\"\(HTMLText.number(left))\" y=\"\(HTMLText.number(y))\" "
      svg +=
        "width=\"\(HTMLText.number(barWidth * min(max(share, 0), 1)))\" height=\"20\" rx=\"3\">"
      svg +=
        "<title>\(HTMLText.escape(topic.name)): \(HTMLText.percent(topic.share))</title></rect>\n"
      svg +=
        "<text x=\"\(HTMLText.number(left + barWidth + 10))\" y=\"\(HTMLText.number(y + 15))\">"
      svg += "\(HTMLText.percent(topic.share)) · \(HTMLText.escape(topic.detail))</text>\n"
    }
    let description =
      topics.map { "\($0.name) \(HTMLText.percent($0.share))" }.joined(separator: ", ") + "."
    let rows = topics.map {
      [HTMLText.escape($0.name), HTMLText.percent($0.share), HTMLText.escape($0.detail)]
    }
    let threshold = HTMLText.percent(LearnerStatistics.knownThreshold)
    return figure(
      id: "mastery",
      title: "Mastery by topic: share of the studied units known now",
      description: "Mastery by topic: " + description, height: height, content: svg,
      caption:
        "Share of each topic’s studied units that are known: in review, with a probability of "
        + "recall of \(threshold) or more now (FSRS). Beside each bar: known of studied, and the "
        + "topic’s units (over all learners in the class view).",
      table: HTMLText.table(
        caption: "Mastery by topic", header: ["Topic", "Mastery", "Known of studied · units"],
        rows: rows, numeric: [1]))
  }
}
