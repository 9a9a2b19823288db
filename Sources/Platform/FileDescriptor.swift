import Glibc

/// An open file: the C library's descriptor calls, each retried when a signal interrupts it and failing with
/// the `errno` it left. Closing is explicit (`close()`), as with the descriptor itself.
public struct FileDescriptor: Sendable, Hashable {
  /// The descriptor number.
  public let rawValue: Int32

  /// The descriptor `rawValue`, already open.
  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// What the file is opened for.
  public enum Access: Sendable {
    /// Reading only.
    case readOnly
    /// Writing only.
    case writeOnly
    /// Reading and writing.
    case readWrite
  }

  /// How the file is opened, beyond its access.
  public struct Options: OptionSet, Sendable {
    /// The `open` flags.
    public let rawValue: Int32

    /// Options from `open` flags.
    public init(rawValue: Int32) {
      self.rawValue = rawValue
    }

    /// Create the file if it does not exist.
    public static let create = Options(rawValue: O_CREAT)
    /// With `create`: fail with `SystemError.fileExists` if the file exists.
    public static let exclusive = Options(rawValue: O_EXCL)
    /// Cut the file to nothing.
    public static let truncate = Options(rawValue: O_TRUNC)
    /// Every write goes to the end of the file.
    public static let append = Options(rawValue: O_APPEND)
    /// The path must be a directory (opened to `fsync` it).
    public static let directory = Options(rawValue: O_DIRECTORY)
  }

  /// Opens `path`; a file it creates gets `permissions` less the process's umask. The descriptor is never
  /// inherited by a child process.
  public static func open(
    _ path: String, _ access: Access, options: Options = [], permissions: UInt32 = 0o666
  ) throws(SystemError) -> FileDescriptor {
    let accessFlag =
      switch access {
      case .readOnly: O_RDONLY
      case .writeOnly: O_WRONLY
      case .readWrite: O_RDWR
      }
    while true {
      let descriptor = Glibc.open(
        path, accessFlag | options.rawValue | O_CLOEXEC, mode_t(permissions))
      if descriptor >= 0 { return FileDescriptor(rawValue: descriptor) }
      let error = SystemError.current
      if error != .interrupted { throw error }
    }
  }

  /// Closes the descriptor. Errors are not reported: every write that matters was `fsync`ed first.
  public func close() {
    _ = Glibc.close(rawValue)
  }

  /// Reads up to `buffer.count` bytes at `offset` (without moving the file position); 0 at the end.
  public func read(
    into buffer: UnsafeMutableRawBufferPointer, atOffset offset: Int
  ) throws(SystemError) -> Int {
    while true {
      let count = pread(rawValue, buffer.baseAddress, buffer.count, off_t(offset))
      if count >= 0 { return count }
      let error = SystemError.current
      if error != .interrupted { throw error }
    }
  }

  /// Writes all of `bytes` at the file position (at the end, for a file opened with `append`).
  public func writeAll(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
    guard let base = bytes.baseAddress else { return }
    var written = 0
    while written < bytes.count {
      let count = Glibc.write(rawValue, base + written, bytes.count - written)
      if count < 0 {
        let error = SystemError.current
        if error == .interrupted { continue }
        throw error
      }
      written += count
    }
  }

  /// Writes all of `bytes` at the file position.
  public func writeAll(_ bytes: [UInt8]) throws(SystemError) {
    // `withUnsafeBytes` rethrows untyped errors: the typed one is carried out in a `Result`.
    try bytes.withUnsafeBytes { buffer in
      Result { () throws(SystemError) in try writeAll(buffer) }
    }.get()
  }

  /// Writes `bytes` at `offset`, without moving the file position; returns how many were written.
  @discardableResult
  public func write(_ bytes: [UInt8], atOffset offset: Int) throws(SystemError) -> Int {
    while true {
      let count = bytes.withUnsafeBytes {
        pwrite(rawValue, $0.baseAddress, $0.count, off_t(offset))
      }
      if count >= 0 { return count }
      let error = SystemError.current
      if error != .interrupted { throw error }
    }
  }

  /// Waits until everything written is on the disk (`fsync`).
  public func synchronize() throws(SystemError) {
    while fsync(rawValue) != 0 {
      let error = SystemError.current
      if error != .interrupted { throw error }
    }
  }

  /// Cuts the file to (or extends it with zeros to) `length` bytes.
  public func truncate(toLength length: Int) throws(SystemError) {
    while ftruncate(rawValue, off_t(length)) != 0 {
      let error = SystemError.current
      if error != .interrupted { throw error }
    }
  }

  /// Takes an exclusive `flock` on the file without waiting; false when another open file holds one.
  ///
  /// The kernel drops the lock when the descriptor is closed or the process dies, however it dies.
  public func lockExclusively() throws(SystemError) -> Bool {
    while flock(rawValue, LOCK_EX | LOCK_NB) != 0 {
      let error = SystemError.current
      if error == .wouldBlock { return false }
      if error != .interrupted { throw error }
    }
    return true
  }

  /// The file's size, or nil when it is not a regular file (a directory, a FIFO, a device).
  public func regularFileSize() throws(SystemError) -> Int? {
    var status = stat()
    guard fstat(rawValue, &status) == 0 else { throw .current }
    guard (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(status.st_size)
  }

  /// Makes the entries of the directory at `path` durable (a file created or renamed in it), as far as the
  /// system allows: a directory that cannot be opened or synced is left as it is.
  public static func synchronizeDirectory(_ path: String) {
    guard let directory = try? open(path, .readOnly, options: .directory) else { return }
    try? directory.synchronize()
    directory.close()
  }
}
