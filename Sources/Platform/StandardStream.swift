import Glibc

/// Standard input, output or error, and the terminal behind it, if any.
public enum StandardStream: Int32, Sendable {
  /// Standard input.
  case input = 0
  /// Standard output.
  case output = 1
  /// Standard error.
  case error = 2

  /// Whether the stream is a terminal (`isatty`), not a pipe or a file.
  public var isTerminal: Bool { isatty(rawValue) == 1 }

  /// The width in columns of the terminal the stream is, if it is one and tells (`TIOCGWINSZ`).
  public var terminalColumns: Int? {
    var size = winsize()
    guard isTerminal, ioctl(rawValue, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return nil
    }
    return Int(size.ws_col)
  }

  /// Writes out what the C library holds for every output stream (`print` goes through it), so that a
  /// prompt appears before the program blocks reading.
  public static func flushAll() {
    fflush(nil)
  }
}
