import CPseudoTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// A child process running on its own pseudo-terminal, driven like expect(1): send keystrokes,
/// wait for text to appear, wait for the exit status.
///
/// The child is the leader of a new session whose controlling terminal is the slave, so a sent
/// `"\u{03}"` reaches it as SIGINT and `"\u{04}"` is end-of-file on an empty line. Its signal mask
/// is empty even though test-runner threads block signals. The terminal translates output `\n`
/// into `\r\n` and echoes what is sent while the child is not in raw mode, so match visible text,
/// not whole lines. Not thread-safe: one test drives one instance.
public final class PseudoTerminal {
  /// The child's process id.
  public let processID: Int32
  private let master: Int32
  private var received: [UInt8] = []
  private var consumedCount = 0
  private var exitCode: Int32?
  private var isClosed = false

  /// Everything the child has written to the terminal so far, consumed by ``expect(_:timeout:)``
  /// or not, decoded as UTF-8 (escape codes included).
  public var output: String { String(decoding: received, as: UTF8.self) }

  /// Starts `executable` (an absolute path; no `PATH` search) with `arguments` on a new
  /// `columns` x `rows` pseudo-terminal.
  ///
  /// `environment` is the child's whole environment: nothing is inherited, so pass `TERM`
  /// (`"dumb"` keeps escape codes out of the output) and, for readline, `INPUTRC=/dev/null`.
  /// The child starts in `currentDirectory`.
  public init(
    executable: String, arguments: [String], environment: [String: String],
    currentDirectory: String, columns: UInt16 = 100, rows: UInt16 = 30
  ) throws(PseudoTerminalError) {
    var master: Int32 = -1
    var slavePath = [CChar](repeating: 0, count: 128)
    let openError = cpt_open_master(&master, &slavePath, slavePath.count, columns, rows)
    guard openError == 0 else { throw .openFailed(errno: openError) }

    let argv = ([executable] + arguments).map { strdup($0) }
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }
    var processID: pid_t = 0
    let spawnError = cpt_spawn(
      &processID, executable, argv + [nil], envp + [nil], currentDirectory, slavePath)
    guard spawnError == 0 else {
      close(master)
      throw .spawnFailed(executable: executable, errno: spawnError)
    }
    self.master = master
    self.processID = processID
  }

  deinit {
    if exitCode == nil {
      Glibc.kill(processID, SIGKILL)
      var status: Int32 = 0
      while waitpid(processID, &status, 0) < 0 && errno == EINTR {}
    }
    close(master)
  }

  /// Types `text` into the terminal, as if on a keyboard: `"\r"` is Enter, `"\u{03}"` Ctrl-C,
  /// `"\u{04}"` Ctrl-D, `"\t"` Tab.
  ///
  /// Wait for the prompt with ``expect(_:timeout:)`` before sending: input typed while the child is
  /// not reading is echoed by the terminal itself, and Ctrl-C flushes it.
  public func send(_ text: String) throws(PseudoTerminalError) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        guard errno == EINTR || errno == EAGAIN else { throw .writeFailed(errno: errno) }
        continue
      }
      offset += written
    }
  }

  /// Waits until `text` appears in output not yet consumed, consumes everything up to and
  /// including it and returns what it consumed.
  ///
  /// Like expect(1), earlier output that the pattern does not need is skipped, and the next call
  /// only looks after this match. Throws ``PseudoTerminalError/timedOut(expected:tail:)`` or
  /// ``PseudoTerminalError/closedBeforeMatch(expected:tail:)`` with the end of the output.
  @discardableResult
  public func expect(_ text: String, timeout: Duration = .seconds(10)) throws(PseudoTerminalError)
    -> String
  {
    let needle = Array(text.utf8)
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while true {
      if let end = endOfFirstMatch(of: needle) {
        let consumed = String(decoding: received[consumedCount..<end], as: UTF8.self)
        consumedCount = end
        return consumed
      }
      if isClosed { throw .closedBeforeMatch(expected: text, tail: unconsumedTail()) }
      let remaining = clock.now.duration(to: deadline)
      guard remaining > .zero else { throw .timedOut(expected: text, tail: unconsumedTail()) }
      readAvailable(waitingAtMost: remaining)
    }
  }

  /// Waits for the child to exit, reading its output meanwhile (so it never blocks on a full
  /// terminal), and returns its exit code, or 128 + the signal number if a signal killed it.
  ///
  /// Output the child wrote before exiting stays available to ``expect(_:timeout:)``. Throws
  /// ``PseudoTerminalError/stillRunning(tail:)`` if it does not exit in time; the child is left
  /// running (the deinitialiser kills it).
  @discardableResult
  public func expectExit(timeout: Duration = .seconds(10)) throws(PseudoTerminalError) -> Int32 {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while exitCode == nil {
      var status: Int32 = 0
      let result = waitpid(processID, &status, WNOHANG)
      if result == processID {
        exitCode = cpt_exit_code(status)
        break
      }
      let remaining = clock.now.duration(to: deadline)
      guard remaining > .zero else { throw .stillRunning(tail: tail(of: received[...])) }
      readAvailable(waitingAtMost: min(remaining, .milliseconds(20)))
    }
    // Drain what the child wrote before exiting: reads end with EIO once every slave is closed.
    while !isClosed && readAvailable(waitingAtMost: .milliseconds(50)) > 0 {}
    return exitCode ?? -1
  }

  /// Sends `signal` (`SIGTERM`, `SIGHUP`, ... from Glibc) to the child, unless it has already been
  /// reaped.
  public func kill(signal: Int32) {
    guard exitCode == nil else { return }
    Glibc.kill(processID, signal)
  }

  /// Reads what the terminal has, waiting up to `timeout` for something to arrive; returns the
  /// number of bytes read and marks the terminal closed on end-of-file or EIO.
  @discardableResult
  private func readAvailable(waitingAtMost timeout: Duration) -> Int {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, milliseconds(timeout))
    guard ready > 0 else { return 0 }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    if count > 0 {
      received.append(contentsOf: buffer[..<count])
      return count
    }
    if count == 0 || (errno != EINTR && errno != EAGAIN) { isClosed = true }
    return 0
  }

  private func endOfFirstMatch(of needle: [UInt8]) -> Int? {
    guard !needle.isEmpty else { return consumedCount }
    guard received.count - consumedCount >= needle.count else { return nil }
    for start in consumedCount...(received.count - needle.count)
    where received[start..<start + needle.count].elementsEqual(needle) {
      return start + needle.count
    }
    return nil
  }

  private func unconsumedTail() -> String { tail(of: received[consumedCount...]) }

  private func tail(of bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.suffix(600), as: UTF8.self)
  }

  private func milliseconds(_ duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    guard seconds >= 0, attoseconds >= 0 else { return 0 }
    let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: total)
  }
}
