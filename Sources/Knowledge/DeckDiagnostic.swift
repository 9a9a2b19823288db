/// One problem found in a deck file, with where it is.
public struct DeckDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Hashable, Comparable {
    /// The deck cannot be used until this is fixed.
    case error
    /// The deck loads, but a learner may meet an unfair or impossible question.
    case warning

    /// Errors sort before warnings.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
  }

  /// Error or warning.
  public var severity: Severity
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong, in one sentence, saying what to do where it can.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:column: error: message`, like a compiler.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
