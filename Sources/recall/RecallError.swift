/// An error the executable reports as one line on standard error (argument parser prefixes "Error: ").
struct RecallError: Error, CustomStringConvertible {
  /// The message.
  var description: String

  init(_ description: String) { self.description = description }
  init(_ error: any Error) { description = String(describing: error) }
}
