import ProgressCore

/// What reading a progress file gave: its contents, or its error, compared as values.
public enum ReadOutcome: Equatable {
  /// The file read: everything a reader returns.
  case contents(header: ProgressHeader, entries: [ProgressEntry], tornLine: Int?, intactLength: Int)
  /// The file did not read.
  case error(ProgressError)

  /// The outcome of `read`.
  public init(_ read: () throws(ProgressError) -> ProgressReader.Contents) {
    do {
      let contents = try read()
      self = .contents(
        header: contents.header, entries: contents.entries, tornLine: contents.tornLine,
        intactLength: contents.intactLength)
    } catch {
      self = .error(error)
    }
  }
}
