import Glibc

/// A failed C library call: the `errno` it left, with the C library's words for it.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The `errno` value.
  public let code: Int32

  /// The error `code`.
  public init(code: Int32) {
    self.code = code
  }

  /// The error of the call that just failed. Read it before any other call, which may change `errno`.
  public static var current: SystemError { SystemError(code: errno) }

  /// The file exists (an exclusive create found one).
  public static let fileExists = SystemError(code: EEXIST)
  /// The lock is held by another open file (a lock asked for without waiting).
  public static let wouldBlock = SystemError(code: EWOULDBLOCK)
  /// The call was interrupted by a signal before it did anything: it is retried.
  static let interrupted = SystemError(code: EINTR)

  /// A short reason for the user, in the C library's words (with a plainer one for a directory).
  public var description: String {
    code == EISDIR ? "it is a directory, not a file" : String(cString: strerror(code))
  }
}
