import Platform
import Synchronization

/// Records Ctrl-C (SIGINT) while a line is being read, instead of letting it end the process.
///
/// A signal handler may do almost nothing safely, so it only stores `true` into an atomic; the
/// readline event hook and ``ReadlineLineReader`` look at the flag from ordinary code.
enum InterruptFlag {
  /// Set by the SIGINT handler; cleared when a read starts.
  static let isRaised = Atomic<Bool>(false)

  /// Runs `body` with SIGINT recorded in ``isRaised`` and restores the previous disposition
  /// afterwards, so Ctrl-C between reads does whatever the program arranged (by default: exit).
  ///
  /// Returns the result of `body` and whether SIGINT arrived while it ran.
  static func catchingInterrupts<Result>(_ body: () -> Result) -> (
    result: Result, interrupted: Bool
  ) {
    // Store before installing the handler: the first access to a global runs its initialiser,
    // which must never happen inside a signal handler.
    isRaised.store(false, ordering: .sequentiallyConsistent)
    let result = Signal.interrupt.handling(with: recordInterrupt, body)
    return (result, isRaised.exchange(false, ordering: .sequentiallyConsistent))
  }
}

/// The SIGINT handler: async-signal-safe because it only stores to a lock-free atomic.
private func recordInterrupt(_ signal: Int32) {
  InterruptFlag.isRaised.store(true, ordering: .sequentiallyConsistent)
}
