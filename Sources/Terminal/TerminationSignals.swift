import Platform

/// SIGTERM and SIGHUP (a closed terminal) end a readline session cleanly: the read in progress returns
/// end of input, so the session saves what was answered and writes its summary instead of dying mid-way.
public enum TerminationSignals {
  /// Installs the handlers. Call after creating the `ReadlineLineReader` (see its
  /// `requestEndOfInput()`), and only when reading from a terminal.
  public static func install() {
    Signal.terminate.handle(with: requestEnd)
    Signal.hangUp.handle(with: requestEnd)
    // A closed terminal must not kill the process on its next write: the write fails and is ignored.
    Signal.brokenPipe.ignore()
  }
}

/// Only stores to an atomic: async-signal-safe.
private func requestEnd(_ signal: Int32) {
  ReadlineLineReader.requestEndOfInput()
}
