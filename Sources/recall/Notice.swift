import Foundation

/// One-line messages on standard error that do not stop the command.
enum Notice {
  /// Says that part of a file was left out (`warning: …`).
  static func warning(_ message: String) {
    write("warning: \(message)")
  }

  /// Says that one of several things failed while the others went on (`error: …`).
  static func error(_ message: String) {
    write("error: \(message)")
  }

  /// Says what Recall did by itself (`note: …`), e.g. moving a torn last line aside.
  static func note(_ message: String) {
    write("note: \(message)")
  }

  private static func write(_ line: String) {
    try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
  }
}
