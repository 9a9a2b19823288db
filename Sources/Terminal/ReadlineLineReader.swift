@preconcurrency import CReadline
// The C library's allocator and locale, which readline's protocol needs: readline returns lines the caller
// frees, frees the completions it is given, and takes its character set from the locale.
import Glibc

/// Reads lines on a terminal with GNU readline: line editing, history, Tab completion and Ctrl-C
/// that discards the line being typed instead of ending the program.
///
/// Use it only when standard input is a terminal (`isatty(0)`); otherwise readline echoes the
/// prompt and the input to standard output, so use ``PlainLineReader``. readline's state (the
/// history above all) is process-wide: create one reader per process. This is the only file that
/// touches readline's C globals. Users can configure it in `~/.inputrc` under `$if recall`.
public struct ReadlineLineReader: LineReader {
  /// The most lines kept in the history, in memory and in the history file.
  public static let historyLimit = 500

  /// The words Tab completes the current word to, set by the caller before each read (for example
  /// the commands valid at this prompt, or the answer choices).
  ///
  /// Matching is by case-sensitive prefix of the word before the cursor (words end at spaces and
  /// readline's other word-break characters). Empty: Tab completes nothing (never file names).
  public var completions: [String] = []

  /// Configures readline for Recall: the application name, history limit, completion generator
  /// and the event hook that makes Ctrl-C cancel the line.
  public init() {
    _ = readlineIsConfigured
  }

  /// Shows `prompt` and reads a line with readline, returning the learner's line,
  /// ``LineInput/interrupted`` for Ctrl-C or ``LineInput/endOfInput`` for Ctrl-D on an empty line
  /// (or a terminal that went away).
  ///
  /// Wrap each escape sequence in a coloured `prompt` in `"\u{01}"` … `"\u{02}"`, or readline
  /// miscounts the prompt's width and garbles long lines. While the read runs SIGINT is caught;
  /// before and after, its disposition is the program's. The line is not added to the history.
  public mutating func readLine(prompt: String) -> LineInput {
    if Self.isEndOfInputRequested { return .endOfInput }
    CompletionCandidates.shared.withLock { $0.words = completions }
    let (line, interrupted) = InterruptFlag.catchingInterrupts { readline(prompt) }
    defer { free(line) }
    if Self.isEndOfInputRequested { return .endOfInput }
    if interrupted { return .interrupted }
    guard let line else { return .endOfInput }
    return .line(String(cString: line))
  }

  /// Makes the read in progress return ``LineInput/endOfInput`` within about a tenth of a second,
  /// and every later read return it at once, so a session can wind down cleanly.
  ///
  /// Async-signal-safe (it only stores to an atomic), so a SIGTERM or SIGHUP handler may call it;
  /// it is how such a handler ends a read, because readline, after giving the program's handler
  /// the signal, otherwise goes on reading. Irreversible for the life of the process. Create the
  /// reader before installing such a handler: its initialiser sets up the atomic, which a signal
  /// handler must never be the first to touch.
  public static func requestEndOfInput() {
    EndOfInputRequest.isRequested.store(true, ordering: .sequentiallyConsistent)
  }

  private static var isEndOfInputRequested: Bool {
    EndOfInputRequest.isRequested.load(ordering: .sequentiallyConsistent)
  }

  /// Adds `line` to readline's history (Up arrow, Ctrl-R), unless it is blank or repeats the
  /// newest entry.
  public mutating func addToHistory(_ line: String) {
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    if history_length > 0, let newest = history_get(history_base + history_length - 1),
      let text = newest.pointee.line, String(cString: text) == line
    {
      return
    }
    add_history(line)
  }

  /// Appends the lines saved in the history file at `path` to the history (keeping the newest
  /// ``historyLimit``).
  ///
  /// Returns whether a file was read. A missing file is normal (the first session has none), and
  /// history is a convenience: no failure here should stop a study session.
  @discardableResult
  public func loadHistory(from path: String) -> Bool {
    read_history(path) == 0
  }

  /// Writes the history (at most ``historyLimit`` lines) to `path`, replacing the file.
  ///
  /// Returns whether it succeeded; a failure (say, a missing directory) loses only the history.
  @discardableResult
  public func saveHistory(to path: String) -> Bool {
    write_history(path) == 0
  }
}

/// Process-wide readline settings, applied once when the first reader is created.
private let readlineIsConfigured: Bool = {
  // Touch the flags read in signal handlers now: a global's first access runs its initialiser,
  // which must never happen inside a handler.
  _ = EndOfInputRequest.isRequested.load(ordering: .sequentiallyConsistent)
  _ = InterruptFlag.isRaised.load(ordering: .sequentiallyConsistent)
  useMultibyteCharacters()
  // readline keeps the pointer: a copy that lives as long as the process.
  rl_readline_name = UnsafePointer(strdup("recall"))
  stifle_history(Int32(ReadlineLineReader.historyLimit))
  rl_completion_entry_function = completionCandidate
  // readline checks `rl_done` while it waits for a key only when an event hook is set.
  rl_event_hook = cancelLineOnInterrupt
  return true
}()

/// Lets readline read and edit UTF-8 (answers such as "Sjögren") whatever the locale.
///
/// readline takes its character set from `LC_CTYPE`, and a Swift program starts in the "C" locale.
/// There, and when the environment names a locale that is not installed, readline turns every
/// byte above 127 into a Meta key, so "Å" is silently lost. So: the environment's locale if it
/// exists and is not plain C/POSIX, else C.UTF-8 (always present on Debian); and 8-bit input and
/// output in any case, which `~/.inputrc` may still override.
private func useMultibyteCharacters() {
  let environmentLocale = setlocale(LC_CTYPE, "").map { String(cString: $0) }
  if environmentLocale == nil || environmentLocale == "C" || environmentLocale == "POSIX" {
    setlocale(LC_CTYPE, "C.UTF-8")
  }
  rl_variable_bind("input-meta", "on")
  rl_variable_bind("output-meta", "on")
  rl_variable_bind("convert-meta", "off")
}

/// readline's event hook, called about ten times a second while it waits for a key: after Ctrl-C
/// or ``ReadlineLineReader/requestEndOfInput()`` it empties the line and finishes the read, so
/// `readline()` returns and the reader reports what happened.
private func cancelLineOnInterrupt() -> Int32 {
  if InterruptFlag.isRaised.load(ordering: .sequentiallyConsistent)
    || EndOfInputRequest.isRequested.load(ordering: .sequentiallyConsistent)
  {
    rl_replace_line("", 0)
    rl_done = 1
  }
  return 0
}

/// readline's completion generator (`rl_completion_entry_function`): returns one `strdup`ed match
/// per call, since readline frees what it receives, and `NULL` when done.
///
/// A top-level function because a C function pointer cannot capture context and a global closure
/// of C function type is not `Sendable`.
func completionCandidate(
  _ text: UnsafePointer<CChar>?, _ state: Int32
) -> UnsafeMutablePointer<CChar>? {
  let prefix = text.map { String(cString: $0) } ?? ""
  let match = CompletionCandidates.shared.withLock { $0.next(completing: prefix, state: state) }
  return match.flatMap { strdup($0) }
}
