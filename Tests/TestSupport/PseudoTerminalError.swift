/// Why a ``PseudoTerminal`` could not start its child or did not see what a test expected.
public enum PseudoTerminalError: Error, CustomStringConvertible, Sendable {
  /// The pseudo-terminal could not be opened; `errno` says why.
  case openFailed(errno: Int32)
  /// `posix_spawn` refused to start `executable`; `errno` says why (`ENOENT`: not built?).
  case spawnFailed(executable: String, errno: Int32)
  /// Writing input to the terminal failed; `errno` says why.
  case writeFailed(errno: Int32)
  /// `expected` did not appear within the time limit; `tail` is the end of the unconsumed output.
  case timedOut(expected: String, tail: String)
  /// The child closed the terminal (usually: it exited) before `expected` appeared.
  case closedBeforeMatch(expected: String, tail: String)
  /// The child did not exit within the time limit; `tail` is the end of everything it printed.
  case stillRunning(tail: String)

  /// A one-paragraph explanation for a test failure, ending with the output that matters.
  public var description: String {
    switch self {
    case .openFailed(let errno):
      "could not open a pseudo-terminal (errno \(errno))"
    case .spawnFailed(let executable, let errno):
      "could not spawn \(executable) (errno \(errno); is it built?)"
    case .writeFailed(let errno):
      "could not write to the pseudo-terminal (errno \(errno))"
    case .timedOut(let expected, let tail):
      "timed out waiting for \(expected.debugDescription); output so far ends with:\n\(tail)"
    case .closedBeforeMatch(let expected, let tail):
      "terminal closed before \(expected.debugDescription) appeared; output ends with:\n\(tail)"
    case .stillRunning(let tail):
      "the child is still running; its output ends with:\n\(tail)"
    }
  }
}
