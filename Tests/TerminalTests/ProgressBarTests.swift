import Testing

@testable import Terminal

/// The bar `recall class` shows while it reads a large class.
@Suite("Progress bar")
struct ProgressBarTests {
  /// A bar on a fake terminal, timed by a clock the test moves.
  final class Screen {
    var written: [String] = []
    var elapsed = Duration.zero

    func bar(total: Int, isEnabled: Bool = true, columns: Int = 80) -> ProgressBar {
      ProgressBar(
        counting: "learners", total: total, isEnabled: isEnabled, columns: columns,
        write: { self.written.append($0) }, elapsed: { self.elapsed })
    }
  }

  @Test("nothing is drawn during the first second: a quick run prints nothing")
  func quickRun() {
    let screen = Screen()
    var bar = screen.bar(total: 100)
    for step in 0..<100 {
      screen.elapsed = .milliseconds(step * 9)
      bar.advance()
    }
    bar.erase()
    #expect(screen.written.isEmpty)
  }

  @Test("after a second the bar is drawn on one line, at most ten times a second, then erased")
  func longRun() {
    let screen = Screen()
    var bar = screen.bar(total: 1_000)
    for step in 0..<1_000 {
      screen.elapsed = .milliseconds(step * 2)
      bar.advance()
    }
    // From 1.0 s to 1.998 s: drawn at 1.0, 1.1, … 1.9 s.
    #expect(screen.written.count == 10)
    #expect(screen.written.allSatisfy { $0.hasPrefix("\r") && $0.hasSuffix("\u{1B}[K") })
    #expect(screen.written.first?.contains("Reading 501 of 1000 learners [") == true)
    #expect(screen.written.first?.hasSuffix("] 50%\u{1B}[K") == true)
    bar.erase()
    #expect(screen.written.last == "\r\u{1B}[K")
    bar.erase()
    #expect(screen.written.count == 11, "erased once")
  }

  @Test("a disabled bar never draws")
  func disabled() {
    let screen = Screen()
    var bar = screen.bar(total: 10, isEnabled: false)
    screen.elapsed = .seconds(5)
    for _ in 0..<10 { bar.advance() }
    bar.erase()
    #expect(screen.written.isEmpty)
  }

  @Test("the line fits the terminal with a column to spare", arguments: [20, 40, 60, 80, 200])
  func fits(columns: Int) {
    let screen = Screen()
    var bar = screen.bar(total: 10_000, columns: columns)
    screen.elapsed = .seconds(2)
    for _ in 0..<2_500 { bar.advance() }
    #expect(bar.line().count < columns)
    #expect(bar.line().hasPrefix("Reading 2500 of 10000 learners") || columns < 31)
    #expect(bar.line().hasSuffix(" 25%") || columns < 35)
    // The bar itself needs room for ten cells.
    #expect(bar.line().contains("[") == (columns >= 60))
  }
}
