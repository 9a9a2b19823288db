import Synchronization

/// A request, typically from a SIGTERM or SIGHUP handler, that reading stop: the read in progress
/// and every later one return ``LineInput/endOfInput``.
///
/// Kept in an atomic because the request is made inside a signal handler; see
/// ``ReadlineLineReader/requestEndOfInput()``.
enum EndOfInputRequest {
  /// Set once by ``ReadlineLineReader/requestEndOfInput()``; never cleared.
  static let isRequested = Atomic<Bool>(false)
}
