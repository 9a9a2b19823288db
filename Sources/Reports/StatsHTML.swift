import Foundation
import Utilities

/// `recall stats --html`: one self-contained page with the learner's figures and four charts.
public enum StatsHTML {
  /// The page.
  public static func render(_ stats: LearnerStatistics) -> String {
    let calendar = stats.calendar
    let e = HTMLText.escape
    let counts = stats.counts
    let allTime = stats.retention.last?.all ?? LearnerStatistics.Passes()
    var body = """
      <header>
      <h1>\(e(stats.deckTitle))</h1>
      <p class="meta">Progress of <strong>\(e(stats.learner))</strong> · study day \
      \(calendar.label(ofDay: stats.today)) (days start at 04:00) · deck <code>\(e(stats.deckID))</code></p>
      </header>
      <ul class="tiles">
      <li><span class="label">Today</span><span class="value">\(stats.todayTally.reviews) reviews</span>\
      <span class="detail">\(stats.todayTally.correct) right (\(HTMLText.percent(stats.todayTally.accuracy))) · \
      \(e(minutes(stats.todayTally.milliseconds)))</span></li>
      <li><span class="label">Streak</span><span class="value">\(stats.currentStreak) \
      \(plural("day", count: stats.currentStreak))</span><span class="detail">longest \(stats.longestStreak)</span></li>
      <li><span class="label">True retention, all time</span><span class="value">\
      \(HTMLText.percent(allTime.rate))</span><span class="detail">\(allTime.passed) of \(allTime.reviewed) \
      reviews passed</span></li>
      <li><span class="label">Units known</span><span class="value">\(counts.known) of \
      \(counts.studied)</span><span class="detail">studied · \(counts.total) units in the deck · \
      \(counts.learning) learning · \(counts.new) new</span></li>
      </ul>

      """
    let threshold = HTMLText.percent(LearnerStatistics.knownThreshold)
    body += "<h2>Units</h2>\n"
    body += HTMLText.table(
      caption:
        "Units of knowledge by state (known: in review with a probability of recall of "
        + "\(threshold) or more now; fading: in review, below that; young: interval under 21 days; "
        + "leeches: forgotten on 8 study days or more)",
      header: ["State", "Units"],
      rows: [
        ["Known", "\(counts.known)"], ["Fading", "\(counts.young + counts.mature - counts.known)"],
        ["Learning", "\(counts.learning)"], ["New", "\(counts.new)"],
        ["Young", "\(counts.young)"], ["Mature", "\(counts.mature)"],
        ["Suspended", "\(counts.suspended)"], ["Leeches", "\(counts.leeches)"],
        ["All", "\(counts.total)"],
      ], numeric: [1], className: "narrow")
    if !counts.kinds.isEmpty {
      body += HTMLText.table(
        caption: "The deck’s units by kind", header: ["Kind", "Units"],
        rows: counts.kinds.map { [e(StatsText.kindName($0.kind)), "\($0.units)"] }, numeric: [1],
        className: "narrow")
    }
    body += "<h2>True retention</h2>\n"
    let names = [
      "today": "Today", "yesterday": "Yesterday", "last-7-days": "Last 7 days",
      "last-30-days": "Last 30 days", "all-time": "All time",
    ]
    body += HTMLText.table(
      caption:
        "Share of units in review passed (rated Hard, Good or Easy) at their first answer of the day",
      header: ["Period", "Young", "Mature", "All"],
      rows: stats.retention.map {
        [
          names[$0.period] ?? $0.period, HTMLText.passes($0.young), HTMLText.passes($0.mature),
          HTMLText.passes($0.all),
        ]
      })
    body += "<h2>Forecast</h2>\n"
    body += SVGCharts.forecast(
      stats.forecast,
      labels: stats.forecast.indices.map { calendar.label(ofDay: stats.today + $0) })
    body += "<h2>Reviews per day</h2>\n"
    body += SVGCharts.reviews(Array(stats.activity.suffix(30)), calendar: calendar)
    body += "<h2>Activity</h2>\n"
    body += SVGCharts.heatmap(stats.activity, today: stats.today, calendar: calendar)
    body += "<h2>Mastery by topic</h2>\n"
    body += SVGCharts.mastery(
      stats.topics.map {
        ($0.topic, $0.share, "\($0.known) of \($0.studied) · \($0.units) units")
      })
    if !stats.hardest.isEmpty {
      body += "<h2>Hardest units</h2>\n"
      body += HTMLText.table(
        caption: "Most lapses first, then highest difficulty (FSRS, 1 to 10)",
        header: ["Unit", "Lapses", "Difficulty", "Reviews", "Due"],
        rows: stats.hardest.map { unit in
          [
            e(unit.prompt.isEmpty ? unit.id : unit.prompt), "\(unit.lapses)",
            unit.difficulty.map { String(format: "%.1f", $0) } ?? "–", "\(unit.reviews)",
            unit.due.map { calendar.label(ofDay: calendar.day(of: $0)) } ?? "–",
          ]
        }, numeric: [1, 2, 3, 4])
    }
    if !stats.quizzes.isEmpty {
      body += "<h2>Quizzes</h2>\n"
      body += HTMLText.table(
        caption: "Scored tests, oldest first", header: ["Day", "Score", "Questions", "Time"],
        rows: stats.quizzes.map { quiz in
          [
            calendar.label(ofDay: calendar.day(of: quiz.time)),
            HTMLText.percent(quiz.questions == 0 ? nil : quiz.correct / Double(quiz.questions)),
            "\(quiz.questions)", e(minutes(quiz.seconds * 1000)),
          ]
        }, numeric: [1, 2])
    }
    return HTMLText.page(
      title: "Recall stats · \(stats.deckTitle) · \(stats.learner)", body: body)
  }

  static func minutes(_ milliseconds: Int) -> String {
    let seconds = (milliseconds + 500) / 1000
    return String(format: "%dm %02ds", seconds / 60, seconds % 60)
  }
}
