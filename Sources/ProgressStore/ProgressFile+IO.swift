import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The system calls behind `ProgressFile`.
extension ProgressFile {
  static func errnoText(_ code: Int32 = errno) -> String {
    code == EISDIR ? "it is a directory, not a file" : String(cString: strerror(code))
  }

  static func reason(_ error: any Error) -> String {
    (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
  }

  static func lock(_ lockPath: String, progressPath: String) throws(ProgressError) -> Int32 {
    let descriptor = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .cannotOpen(path: lockPath, reason: errnoText()) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      var buffer = [UInt8](repeating: 0, count: 64)
      let count = pread(descriptor, &buffer, buffer.count, 0)
      Glibc.close(descriptor)
      guard code == EWOULDBLOCK else { throw .cannotOpen(path: lockPath, reason: errnoText(code)) }
      let holder = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      throw .locked(path: progressPath, holder: holder.isEmpty ? "another process" : holder)
    }
    let owner = Array("process \(getpid())\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = pwrite(descriptor, owner, owner.count, 0)
    return descriptor
  }

  static func readAll(_ descriptor: Int32, path: String) throws(ProgressError) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(try regularFileSize(descriptor, path: path))
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var offset: off_t = 0
    while true {
      let count = chunk.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotOpen(path: path, reason: errnoText())
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      offset += off_t(count)
    }
    return bytes
  }

  /// The size of the regular file open as `descriptor`; anything else (a directory, a FIFO) is refused.
  static func regularFileSize(_ descriptor: Int32, path: String) throws(ProgressError) -> Int {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .cannotOpen(path: path, reason: errnoText())
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      throw .cannotOpen(path: path, reason: "it is not a regular file")
    }
    return Int(status.st_size)
  }

  /// Writes all of `bytes` at the end and `fsync`s; on any failure cuts the file back to `restoringLength`.
  static func write(
    _ bytes: [UInt8], to descriptor: Int32, path: String, restoringLength: Int
  ) throws(ProgressError) {
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        let code = errno
        if code == EINTR { continue }
        _ = ftruncate(descriptor, off_t(restoringLength))
        throw .writeFailed(path: path, reason: errnoText(code))
      }
      written += count
    }
    guard fsync(descriptor) == 0 else {
      let code = errno
      _ = ftruncate(descriptor, off_t(restoringLength))
      throw .writeFailed(path: path, reason: errnoText(code))
    }
  }

  /// Makes a newly created file's directory entry durable.
  static func syncFolder(_ folder: String) {
    let descriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    Glibc.close(descriptor)
  }
}
