/// A position in a deck file, for diagnostics a teacher can jump to.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file as the user named it (a path or a deck name).
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, counted in Unicode scalars as the YAML parser counts them.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form editors and terminals recognise.
  public var description: String { "\(file):\(line):\(column)" }
}
