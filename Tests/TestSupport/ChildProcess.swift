import Dispatch
import Foundation
import Synchronization

/// Runs a program to its end on pipes, for end-to-end tests of the built binary that need no terminal
/// (``PseudoTerminal`` is for those that do).
public enum ChildProcess {
  /// Where the child's standard error goes.
  public enum StandardError: Sendable {
    /// Its own pipe: ``Result/error``.
    case separate
    /// The standard output pipe, interleaved as written: ``Result/output`` (``Result/error`` is empty).
    case mergedIntoOutput
  }

  /// What a child left when it ended.
  public struct Result: Sendable {
    /// The exit status (or the number of the signal that ended it).
    public var status: Int32
    /// Everything written to standard output, decoded as UTF-8.
    public var output: String
    /// Everything written to standard error, decoded as UTF-8.
    public var error: String
  }

  /// Runs `executable` (a path; no `PATH` search) with `arguments`, writes `input` to its standard input
  /// and closes it, and waits for it to end.
  ///
  /// Standard output, standard error and standard input are served at the same time, each on a thread of
  /// its own (not a pool's, which may run fewer blocking tasks at once than there are streams). A pipe holds 64 KB: a parent that reads one stream to its end before the other waits for ever
  /// when the child fills the other pipe first, and the child waits for the parent.
  ///
  /// - Parameters:
  ///   - directory: The child's working directory; the test's when `nil`.
  ///   - environment: The child's whole environment; the test's when `nil`.
  public static func run(
    _ executable: String, _ arguments: [String] = [], directory: String? = nil,
    environment: [String: String]? = nil, input: String = "",
    standardError: StandardError = .separate
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    if let environment { process.environment = environment }
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = standardError == .separate ? errorPipe : outputPipe
    process.standardInput = inputPipe
    try process.run()

    let group = DispatchGroup()
    let output = Drain(outputPipe.fileHandleForReading, group: group)
    let error =
      standardError == .separate ? Drain(errorPipe.fileHandleForReading, group: group) : nil
    let writer = inputPipe.fileHandleForWriting
    let bytes = Data(input.utf8)
    onThread(group: group) {
      // A child that ends without reading its input breaks the pipe; what it did read is what counts.
      if !bytes.isEmpty { try? writer.write(contentsOf: bytes) }
      try? writer.close()
    }
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: output.data, as: UTF8.self),
      error: error.map { String(decoding: $0.data, as: UTF8.self) } ?? "")
  }
}

/// Runs `body` on a new thread, inside `group`.
private func onThread(group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
  group.enter()
  Thread {
    body()
    group.leave()
  }.start()
}

/// Reads a pipe to its end on a thread of its own, leaving the bytes for whoever waits on `group`.
private final class Drain: Sendable {
  private let bytes = Mutex(Data())

  init(_ handle: FileHandle, group: DispatchGroup) {
    onThread(group: group) { [self] in
      let data = handle.readDataToEndOfFile()
      bytes.withLock { $0 = data }
    }
  }

  /// Everything read; complete once the group has been waited for.
  var data: Data { bytes.withLock { $0 } }
}
