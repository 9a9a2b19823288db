import Foundation

/// Builds a file's contents from its lines, fed in order.
extension ProgressReader {
  package struct Builder: Sendable {
    package let path: String
    /// Lines read so far.
    private var lineNumber = 0
    private var header: ProgressHeader?
    /// Whether the lines start after the header (the second half of a file read in two).
    private let isContinuation: Bool
    private var entries: [ProgressEntry] = []
    private var scanner = EventLineScanner()

    /// A builder for the file at `path`, about `expectedLength` bytes long (to size the entries once).
    ///
    /// A `continuation` reads lines that start after the header, somewhere in the file; its line numbers
    /// count from there until `append` joins it to the lines before.
    package init(path: String, expectedLength: Int, continuation: Bool = false) {
      self.path = path
      isContinuation = continuation
      entries.reserveCapacity(max(0, expectedLength) / 90)
    }

    /// Reads the next complete line (without its newline).
    package mutating func add(line: UnsafeBufferPointer<UInt8>) throws(ProgressError) {
      lineNumber += 1
      guard header != nil || isContinuation else {
        header = try ProgressReader.readHeader(ArraySlice(line), path: path)
        return
      }
      if let (time, event) = scanner.event(line) {
        entries.append(ProgressEntry(time: time, event: event, line: lineNumber))
        return
      }
      if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { return }
      let object: [String: JSONValue]
      do {
        object = try JSONLine.parseObject(ArraySlice(line))
      } catch {
        throw .corruptLine(path: path, line: lineNumber, reason: error.message)
      }
      switch ProgressEvent.from(object) {
      case .success(let (time, event)):
        entries.append(ProgressEntry(time: time, event: event, line: lineNumber))
      case .failure(let problem):
        throw .corruptLine(path: path, line: lineNumber, reason: problem.message)
      }
    }

    /// Takes in the lines that `continuation` read, which come right after these.
    ///
    /// The entries are moved, not copied: copying half a million of them would retain and later release
    /// every card id they share, which costs more than reading them did.
    package mutating func append(moving continuation: inout Builder) {
      var moved: [ProgressEntry] = []
      swap(&moved, &continuation.entries)
      let shift = lineNumber
      entries.reserveCapacity(entries.count + moved.count)
      moved.withUnsafeMutableBufferPointer { source in
        entries.append(contentsOf: MovingEntries(source: source, lineShift: shift))
      }
      lineNumber += continuation.lineNumber
    }

    /// An error a continuation of these lines threw, with its line number counted from the file's start.
    package func shifted(_ error: ProgressError) -> ProgressError {
      guard case .corruptLine(let path, let line, let reason) = error else { return error }
      return .corruptLine(path: path, line: line + lineNumber, reason: reason)
    }

    /// The contents, once every complete line was added: `length` bytes in all, the last `unterminated` of
    /// them after the last newline (a line cut off mid-write).
    package func finish(length: Int, unterminated: Int) throws(ProgressError) -> Contents {
      guard length > 0 else {
        throw .badHeader(
          path: path, reason: "the file is empty (no header); `recall progress repair` writes one")
      }
      var tornLine: Int?
      if unterminated > 0 {
        // No newline at the end: a write was cut off. Reported, never guessed at.
        guard header != nil else {
          throw .badHeader(path: path, reason: "the header line is incomplete")
        }
        tornLine = lineNumber + 1
      }
      guard let header else { throw .badHeader(path: path, reason: "there is no header line") }
      return Contents(
        header: header, entries: entries, tornLine: tornLine, intactLength: length - unterminated)
    }
  }
}

/// The entries of a buffer, each moved out as it is read and replaced by a value that holds nothing, so the
/// buffer stays valid and costs nothing to free.
private struct MovingEntries: Sequence, IteratorProtocol {
  let source: UnsafeMutableBufferPointer<ProgressEntry>
  let lineShift: Int
  var index = 0

  /// An entry without references: a stand-in for one moved out.
  private static let standIn = ProgressEntry(
    time: Date(timeIntervalSince1970: 0), event: .sessionStart(mode: ""), line: 0)

  var underestimatedCount: Int { source.count - index }

  mutating func next() -> ProgressEntry? {
    guard index < source.count, let base = source.baseAddress else { return nil }
    var entry = (base + index).move()
    (base + index).initialize(to: Self.standIn)
    index += 1
    entry.line += lineShift
    return entry
  }
}
