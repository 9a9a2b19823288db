/// What can go wrong reading or writing another program's files; each message names the file.
public enum InteropError: Error, Sendable, Equatable, CustomStringConvertible {
  /// SQLite refused: the file is not a database, or a statement failed.
  case database(path: String, message: String)
  /// The file is not what its name or content says it is (a bad zip, a missing collection, bad JSON).
  case malformed(path: String, message: String)
  /// A line of a text format cannot be read.
  case badLine(path: String, line: Int, message: String)
  /// A package in a form Recall cannot read (a collection without note types it knows).
  case unsupported(path: String, message: String)
  /// Reading or writing the file failed.
  case io(path: String, message: String)
  /// The deck written from the import does not load or lint cleanly: the messages say why.
  case invalidDeck(path: String, messages: [String])

  /// The one-line message for the user.
  public var description: String {
    switch self {
    case .database(let path, let message): "\(path): not a readable Anki collection: \(message)"
    case .malformed(let path, let message): "\(path): \(message)"
    case .badLine(let path, let line, let message): "\(path):\(line): \(message)"
    case .unsupported(let path, let message): "\(path): \(message)"
    case .io(let path, let message): "\(path): \(message)"
    case .invalidDeck(let path, let messages):
      "\(path): the imported deck does not load: \(messages.prefix(3).joined(separator: "; "))"
    }
  }
}

extension InteropError {
  /// The message without the file name.
  var message: String {
    switch self {
    case .database(_, let message), .malformed(_, let message), .badLine(_, _, let message),
      .unsupported(_, let message), .io(_, let message):
      message
    case .invalidDeck(_, let messages): messages.joined(separator: "; ")
    }
  }
}
