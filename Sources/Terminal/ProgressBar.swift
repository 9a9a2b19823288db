import Foundation
import Platform

/// A progress bar on one line of standard error, for work that makes the user wait (reading a class of
/// thousands of learners).
///
/// Drawn only when enabled (the caller decides: on a terminal, and not when the output is a pipe to another
/// program) and only once the work has gone on for a second, so a quick run prints nothing; redrawn at most
/// ten times a second; erased when the work is done, so what follows starts on a clean line.
public struct ProgressBar {
  /// What is counted, plural ("learners").
  private let noun: String
  /// Steps in all.
  private let total: Int
  private let isEnabled: Bool
  /// The terminal's width in columns.
  private let columns: Int
  private let write: (String) -> Void
  /// Time since the work started.
  private let elapsed: () -> Duration
  private var done = 0
  /// When the bar was last drawn, nil while it is not on the screen.
  private var drawn: Duration?

  /// Work does not show a bar before this.
  static let delay = Duration.seconds(1)
  /// Time between two drawings.
  static let interval = Duration.milliseconds(100)

  /// A bar for `total` steps, each one of `noun` (plural), on standard error if `isEnabled`; the time starts
  /// now.
  public init(counting noun: String, total: Int, isEnabled: Bool) {
    let start = ContinuousClock.now
    self.init(
      counting: noun, total: total, isEnabled: isEnabled,
      columns: StandardStream.error.terminalColumns ?? 80,
      write: { try? FileHandle.standardError.write(contentsOf: Data($0.utf8)) },
      elapsed: { ContinuousClock.now - start })
  }

  /// A bar drawn with `write`, `columns` wide, timed by `elapsed`.
  init(
    counting noun: String, total: Int, isEnabled: Bool, columns: Int,
    write: @escaping (String) -> Void, elapsed: @escaping () -> Duration
  ) {
    self.noun = noun
    self.total = total
    self.isEnabled = isEnabled
    self.columns = columns
    self.write = write
    self.elapsed = elapsed
  }

  /// Counts one more step done, and redraws the bar if it is time.
  public mutating func advance() {
    done += 1
    guard isEnabled else { return }
    let now = elapsed()
    guard now >= Self.delay, drawn.map({ now - $0 >= Self.interval }) ?? true else { return }
    write("\r" + line() + "\u{1B}[K")
    drawn = now
  }

  /// Takes the bar off the screen (before a message, or when the work is done); the next step draws it
  /// again.
  public mutating func erase() {
    guard drawn != nil else { return }
    write("\r\u{1B}[K")
    drawn = nil
  }

  /// "Reading 512 of 1000 learners [██████░░░░░░] 51%", as wide as the terminal allows (a column is kept
  /// free, so that the cursor never wraps to the next line).
  func line() -> String {
    let share = total == 0 ? 1 : Double(min(done, total)) / Double(total)
    let text = "Reading \(done) of \(total) \(noun)"
    let percent = " \(Int(share * 100))%"
    let room = columns - 1 - text.count - percent.count - 3
    guard room >= 10 else { return String((text + percent).prefix(max(0, columns - 1))) }
    let width = min(room, 40)
    let filled = Int(share * Double(width))
    return text + " [" + String(repeating: "█", count: filled)
      + String(repeating: "░", count: width - filled) + "]" + percent
  }
}
