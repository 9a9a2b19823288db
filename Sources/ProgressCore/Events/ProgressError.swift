/// Why progress could not be read or written. Every message names the file (and line, where there is one).
public enum ProgressError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A learner or deck name that could not be used as a file name.
  case invalidName(kind: String, name: String, reason: String)
  /// Another session holds the file.
  case locked(path: String, holder: String)
  /// The file or its folder could not be opened or created.
  case cannotOpen(path: String, reason: String)
  /// A line that is not a valid event (not the last line).
  case corruptLine(path: String, line: Int, reason: String)
  /// The first line is not a Recall progress header, or is for another learner or deck.
  case badHeader(path: String, reason: String)
  /// The file was written by a newer Recall.
  case unsupportedVersion(path: String, version: Int)
  /// The last line was cut off (a crash mid-write) and could not be moved aside, for `reason`.
  case tornLastLine(path: String, line: Int, reason: String)
  /// Writing an event failed; nothing of it was left in the file.
  case writeFailed(path: String, reason: String)
  /// The progress directory could not be listed.
  case cannotList(directory: String, reason: String)

  /// A one-line message for the learner.
  public var description: String {
    switch self {
    case .invalidName(let kind, let name, let reason):
      "invalid \(kind) name \(Self.quoted(name)): \(reason)"
    case .locked(let path, let holder):
      "\(path): in use by another Recall session (\(holder)); finish that session first"
    case .cannotOpen(let path, let reason):
      "\(path): cannot open: \(reason)"
    case .corruptLine(let path, let line, let reason):
      "\(path):\(line): unreadable event: \(reason); the file was left untouched"
    case .badHeader(let path, let reason):
      "\(path):1: not a Recall progress file: \(reason); the file was left untouched"
    case .unsupportedVersion(let path, let version):
      "\(path):1: progress format version \(version) is newer than this Recall understands (1); update Recall"
    case .tornLastLine(let path, let line, let reason):
      "\(path):\(line): the last line was cut off (a crash while writing?) and could not be moved aside: \(reason)"
    case .writeFailed(let path, let reason):
      "\(path): could not save the answer: \(reason); it was not recorded"
    case .cannotList(let directory, let reason):
      "\(directory): cannot list the progress directory (\(reason))"
    }
  }

  /// A name shown safely: control characters escaped, long names cut.
  static func quoted(_ name: String) -> String {
    var shown = ""
    for scalar in name.unicodeScalars.prefix(80) {
      if scalar.value < 0x20 || scalar.value == 0x7f || (0x80..<0xa0).contains(scalar.value) {
        shown += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    return "\"" + shown + (name.unicodeScalars.count > 80 ? "…" : "") + "\""
  }
}
