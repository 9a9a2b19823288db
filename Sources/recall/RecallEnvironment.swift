import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Everything the executable takes from the environment, read once.
struct RecallEnvironment {
  let variables: [String: String]

  init(variables: [String: String] = ProcessInfo.processInfo.environment) {
    self.variables = variables
  }

  /// The clock: fixed by `RECALL_NOW`, else the system clock.
  func clock() throws -> @Sendable () -> Date {
    guard let text = variables["RECALL_NOW"], !text.isEmpty else { return { Date() } }
    guard let fixed = ISO8601Parsing.date(text) else {
      throw RecallError("RECALL_NOW=\(text) is not an ISO 8601 time (e.g. 2026-01-15T09:00:00Z)")
    }
    return { fixed }
  }

  /// The random seed: `RECALL_SEED`, else from the system's randomness.
  func seed() throws -> UInt64 {
    guard let text = variables["RECALL_SEED"], !text.isEmpty else {
      return UInt64.random(in: 0...UInt64.max)
    }
    guard let value = UInt64(text) else {
      throw RecallError("RECALL_SEED=\(text) is not a whole number")
    }
    return value
  }

  /// The learner: the option, else `RECALL_LEARNER`, else the login name.
  func learner(_ option: String?) -> String {
    if let option { return option }
    if let name = variables["RECALL_LEARNER"], !name.isEmpty { return name }
    if let name = variables["USER"], !name.isEmpty { return name }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "learner"
  }

  /// The progress directory: the option, else `RECALL_PROGRESS_DIR`, else `./Progress`.
  func progressDirectory(_ option: String?) -> String {
    if let option { return option }
    if let directory = variables["RECALL_PROGRESS_DIR"], !directory.isEmpty { return directory }
    return "Progress"
  }

  /// Colour only when standard output is a terminal and `NO_COLOR` is not set.
  var colour: Bool {
    isatty(STDOUT_FILENO) == 1 && variables["NO_COLOR"] == nil && variables["TERM"] != "dumb"
  }

  /// The terminal's width (at most 100, for readable lines), else `COLUMNS`, else 80.
  var columns: Int {
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    {
      return min(100, Int(size.ws_col))
    }
    return variables["COLUMNS"].flatMap(Int.init).map { min(100, $0) } ?? 80
  }

  /// Whether standard input is a terminal (readline) or a script (plain lines).
  var interactive: Bool { isatty(STDIN_FILENO) == 1 }
}

/// ISO 8601 in the forms people type: with or without fractional seconds, `Z` or an offset.
enum ISO8601Parsing {
  static func date(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    if let date = formatter.date(from: text) { return date }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text)
  }
}
