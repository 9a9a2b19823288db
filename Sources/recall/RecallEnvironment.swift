import Foundation
import Platform
import ProgressStore

/// Everything the executable takes from the environment, read once.
struct RecallEnvironment {
  let variables: [String: String]
  /// The working directory, where the search for the repository starts.
  let currentDirectory: String

  init(
    variables: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    self.variables = variables
    self.currentDirectory = currentDirectory
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
    return CurrentUser.loginName ?? "learner"
  }

  /// The progress directory, the one answer for every command: the option, else `RECALL_PROGRESS_DIR`,
  /// else `Progress/` of the repository when Recall runs inside it, else the per-user data folder.
  func progressDirectory(_ option: String?) -> ProgressDirectory {
    if let option { return ProgressDirectory(option) }
    if let directory = variables["RECALL_PROGRESS_DIR"], !directory.isEmpty {
      return ProgressDirectory(directory)
    }
    return ProgressDirectory(inRepository("Progress") ?? userDataDirectory + "/Progress")
  }

  /// Recall's own folder in the per-user data folder: `$XDG_DATA_HOME/recall` (by default
  /// `~/.local/share/recall`).
  var userDataDirectory: String {
    // The XDG spec ignores a relative XDG_DATA_HOME.
    if let data = variables["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/recall" }
    return home + "/.local/share/recall"
  }

  /// Recall's own folder in the per-user cache folder: `$XDG_CACHE_HOME/recall` (by default
  /// `~/.cache/recall`): what can be worked out again, and so deleted at any time.
  var userCacheDirectory: String {
    if let cache = variables["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/recall" }
    return home + "/.cache/recall"
  }

  /// The home directory: `HOME`, else the password database's.
  var home: String {
    if let home = variables["HOME"], !home.isEmpty { return home }
    return CurrentUser.homeDirectory ?? "/"
  }

  /// `component` of the Recall repository the working directory is in, relative when the working directory
  /// is the repository itself (so messages read `Progress/…` there); nil outside a repository.
  ///
  /// The repository is the nearest folder at or above the working directory that holds both `Package.swift`
  /// and a `Decks` folder: running from a subfolder (`Sources/`, `Tests/`) uses the same decks and progress.
  func inRepository(_ component: String) -> String? {
    var directory = currentDirectory
    while true {
      if Self.isRepository(directory) {
        return directory == currentDirectory
          ? component : (directory as NSString).appendingPathComponent(component)
      }
      let parent = (directory as NSString).deletingLastPathComponent
      guard !parent.isEmpty, parent != directory else { return nil }
      directory = parent
    }
  }

  /// `path` made absolute against the working directory, for looking at the file system (a path shown to
  /// the learner stays as it was given).
  func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
  }

  private static func isRepository(_ directory: String) -> Bool {
    var isDirectory: ObjCBool = false
    let manager = FileManager.default
    return manager.fileExists(
      atPath: (directory as NSString).appendingPathComponent("Package.swift"),
      isDirectory: &isDirectory) && !isDirectory.boolValue
      && manager.fileExists(
        atPath: (directory as NSString).appendingPathComponent("Decks"), isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// Colour only when standard output is a terminal and `NO_COLOR` is not set.
  var colour: Bool {
    StandardStream.output.isTerminal && variables["NO_COLOR"] == nil && variables["TERM"] != "dumb"
  }

  /// The terminal's width (at most 100, for readable lines), else `COLUMNS`, else 80.
  var columns: Int {
    let columns = StandardStream.output.terminalColumns ?? variables["COLUMNS"].flatMap(Int.init)
    return columns.map { min(100, $0) } ?? 80
  }

  /// Whether standard input is a terminal (readline) or a script (plain lines).
  var interactive: Bool { StandardStream.input.isTerminal }
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
