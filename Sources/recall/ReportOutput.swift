import Foundation
import Platform
import Reports

/// Where a report goes: text or JSON on standard output, and an HTML file when asked.
struct ReportOutput {
  let json: Bool
  let html: String?

  /// Writes the HTML file (if asked), then prints JSON, or the text unless only HTML was asked for.
  func emit(text: () -> String, json jsonText: () -> String, html htmlText: () -> String) throws {
    if let html {
      do throws(SystemError) {
        try AtomicFile.write(htmlText().utf8, to: html)
      } catch {
        throw RecallError("\(html): cannot write the report (\(error))")
      }
    }
    if json {
      print(jsonText(), terminator: "")
    } else if html == nil {
      print(text(), terminator: "")
    } else if let html {
      print("Wrote \(html)")
    }
  }
}
