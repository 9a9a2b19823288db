import Foundation

/// Building blocks of the HTML reports: escaping and the page around the content.
///
/// Pages are XHTML-compatible HTML5 (every element closed, every attribute quoted, only the five XML
/// entities), so an XML parser reads them as well as a browser does; tests rely on that.
enum HTMLText {
  /// `text` escaped for element content and attribute values. Every deck, learner and answer text goes
  /// through here.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": result += " "
      case _
      where (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
        || scalar.value == 0xFFFF:
        result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A number with a fixed count of decimals (for SVG coordinates).
  static func number(_ value: Double) -> String { String(format: "%.1f", value) }

  /// A whole page: `title` in the head, `body` inside `<main>`.
  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>\(escape(title))</title>
    <style>
    \(css)
    </style>
    </head>
    <body>
    <main>
    \(body)
    <footer><p>Made by Recall. This file needs no network and no script; it prints on A4 or Letter.</p></footer>
    </main>
    </body>
    </html>

    """
  }

  /// A table: a caption, a header row and rows of cells (already escaped).
  static func table(
    caption: String, header: [String], rows: [[String]], numeric: Set<Int> = [],
    className: String? = nil
  ) -> String {
    var html =
      "<table\(className.map { " class=\"\($0)\"" } ?? "")>\n<caption>\(caption)</caption>\n"
    html += "<thead><tr>"
    for (index, cell) in header.enumerated() {
      html += "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(cell)</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        let tag = index == 0 ? "th scope=\"row\"" : "td"
        let close = index == 0 ? "th" : "td"
        html += "<\(tag)\(numeric.contains(index) ? " class=\"num\"" : "")>\(cell)</\(close)>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  /// "83%" or "–".
  static func percent(_ share: Double?) -> String {
    share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
  }

  /// "40 of 48 (83%)" or "–".
  static func passes(_ passes: LearnerStatistics.Passes) -> String {
    passes.reviewed == 0
      ? "–" : "\(passes.passed) of \(passes.reviewed) (\(percent(passes.rate)))"
  }

  /// The style sheet: dark text on white (contrast well above 4.5:1), charts in colours of at least 3:1
  /// against white, and a print layout without page-splitting charts.
  static let css = """
    :root { color-scheme: light; }
    body { margin: 0; background: #ffffff; color: #1b1f24; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
    main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; }
    .meta { color: #4a5560; margin: 0; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .75rem; margin: 1.25rem 0 0; padding: 0; list-style: none; }
    .tiles li { border: 1px solid #d0d7de; border-radius: 8px; padding: .6rem .8rem; }
    .tiles .label { display: block; color: #4a5560; font-size: .85rem; }
    .tiles .value { display: block; font-size: 1.45rem; font-weight: 650; }
    .tiles .detail { display: block; color: #4a5560; font-size: .85rem; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
    table.narrow { width: auto; min-width: 22rem; }
    caption { text-align: left; color: #4a5560; padding-bottom: .3rem; }
    th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
    thead th { border-bottom: 2px solid #8c959f; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .day { white-space: nowrap; }
    tbody th { font-weight: 500; }
    figure.compact svg { max-width: 34rem; }
    figure { margin: .5rem 0 1rem; }
    figcaption { color: #4a5560; font-size: .9rem; }
    svg { display: block; width: 100%; height: auto; max-width: 100%; }
    svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; fill: #1b1f24; }
    svg .axis { stroke: #57606a; stroke-width: 1; }
    svg .grid { stroke: #d0d7de; stroke-width: 1; }
    svg .bar { fill: #1f6feb; }
    svg .bar.today { fill: #0a3069; }
    svg .line { fill: none; stroke: #bc4c00; stroke-width: 2.5; }
    svg .dot { fill: #bc4c00; }
    svg .track { fill: #eaeef2; }
    svg .mastery { fill: #1a7f37; }
    svg .h0 { fill: #eaeef2; stroke: #d0d7de; }
    svg .h1 { fill: #aceebb; } svg .h2 { fill: #4ac26b; } svg .h3 { fill: #1a7f37; } svg .h4 { fill: #044f1e; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
    .note { color: #4a5560; font-size: .9rem; }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
    .behind, .low { color: #b3261e; font-weight: 600; }
    .middling { color: #7d4e00; }
    ul.help { margin: .25rem 0 1rem; padding-left: 1.25rem; }
    blockquote { margin: .2rem 0 .2rem 1rem; padding-left: .6rem; border-left: 3px solid #d0d7de; }
    code { font-size: .85em; color: #4a5560; word-break: break-all; }
    footer { margin-top: 3rem; color: #4a5560; font-size: .85rem; }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      figure, table, .tiles li { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      footer { display: none; }
    }
    """
}
