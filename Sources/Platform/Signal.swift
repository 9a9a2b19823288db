import Glibc

/// A signal the process may receive, and what it does on one.
public struct Signal: Sendable, Hashable {
  /// The signal number.
  public let number: Int32

  /// Ctrl-C on the terminal (SIGINT).
  public static let interrupt = Signal(number: SIGINT)
  /// A request to end (SIGTERM, sent by `kill` and by service managers).
  public static let terminate = Signal(number: SIGTERM)
  /// The terminal went away (SIGHUP).
  public static let hangUp = Signal(number: SIGHUP)
  /// A write to a pipe or socket nobody reads any more (SIGPIPE).
  public static let brokenPipe = Signal(number: SIGPIPE)
  /// A write beyond the file-size limit (SIGXFSZ).
  public static let fileSizeLimitExceeded = Signal(number: SIGXFSZ)

  /// A signal handler: it runs on whatever thread the signal lands on, between any two instructions, so it
  /// may only do async-signal-safe things, such as storing to a lock-free atomic.
  public typealias Handler = @convention(c) (Int32) -> Void

  /// Ignores the signal from now on: a call it would have interrupted fails with an error instead (a write
  /// past the size limit, a write to a closed terminal).
  public func ignore() {
    _ = Glibc.signal(number, SIG_IGN)
  }

  /// Calls `handler` on the signal from now on.
  public func handle(with handler: Handler) {
    _ = Glibc.signal(number, handler)
  }

  /// Runs `body` with `handler` called on the signal, and restores what the signal did before afterwards.
  public func handling<Result>(with handler: Handler, _ body: () -> Result) -> Result {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    var previous = sigaction()
    sigaction(number, &action, &previous)
    defer { sigaction(number, &previous, nil) }
    return body()
  }
}
