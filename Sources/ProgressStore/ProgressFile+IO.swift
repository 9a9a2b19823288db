import Foundation
import Platform
import ProgressCore

/// The file operations behind `ProgressFile` and `ProgressRepair`, failing with the progress file's errors.
extension ProgressFile {
  /// A short reason for a Foundation error.
  static func reason(_ error: any Error) -> String {
    (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
  }

  /// Opens `path` to read it.
  static func openForReading(_ path: String) throws(ProgressError) -> FileDescriptor {
    do throws(SystemError) {
      return try FileDescriptor.open(path, .readOnly)
    } catch {
      throw .cannotOpen(path: path, reason: error.description)
    }
  }

  /// Takes the session lock of the progress file at `progressPath`: an exclusive `flock` on `lockPath`,
  /// which then holds this process's id, so that a session refused can say who holds it.
  static func lock(_ lockPath: String, progressPath: String) throws(ProgressError) -> FileDescriptor
  {
    let descriptor: FileDescriptor
    let locked: Bool
    do throws(SystemError) {
      descriptor = try FileDescriptor.open(
        lockPath, .readWrite, options: .create, permissions: 0o644)
      do throws(SystemError) {
        locked = try descriptor.lockExclusively()
      } catch {
        descriptor.close()
        throw error
      }
    } catch {
      throw .cannotOpen(path: lockPath, reason: error.description)
    }
    guard locked else {
      var buffer = [UInt8](repeating: 0, count: 64)
      let count = buffer.withUnsafeMutableBytes {
        (try? descriptor.read(into: $0, atOffset: 0)) ?? 0
      }
      descriptor.close()
      let holder = String(decoding: buffer.prefix(count), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      throw .locked(path: progressPath, holder: holder.isEmpty ? "another process" : holder)
    }
    // Only a message depends on the owner's id: failing to write it does not stop the session.
    let owner = Array("process \(ProcessInfo.processInfo.processIdentifier)\n".utf8)
    try? descriptor.truncate(toLength: 0)
    _ = try? descriptor.write(owner, atOffset: 0)
    return descriptor
  }

  /// Every byte of the file open as `descriptor`.
  static func readAll(_ descriptor: FileDescriptor, path: String) throws(ProgressError) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(try regularFileSize(descriptor, path: path))
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count: Int
      do throws(SystemError) {
        count = try chunk.withUnsafeMutableBytes { buffer in
          Result { () throws(SystemError) in
            try descriptor.read(into: buffer, atOffset: bytes.count)
          }
        }.get()
      } catch {
        throw .cannotOpen(path: path, reason: error.description)
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  /// The size of the regular file open as `descriptor`; anything else (a directory, a FIFO) is refused.
  static func regularFileSize(_ descriptor: FileDescriptor, path: String) throws(ProgressError)
    -> Int
  {
    let size: Int?
    do throws(SystemError) {
      size = try descriptor.regularFileSize()
    } catch {
      throw .cannotOpen(path: path, reason: error.description)
    }
    guard let size else { throw .cannotOpen(path: path, reason: "it is not a regular file") }
    return size
  }

  /// Writes all of `bytes` at the end and `fsync`s; on any failure cuts the file back to `restoringLength`.
  static func write(
    _ bytes: [UInt8], to descriptor: FileDescriptor, path: String, restoringLength: Int
  ) throws(ProgressError) {
    do throws(SystemError) {
      try descriptor.writeAll(bytes)
      try descriptor.synchronize()
    } catch {
      try? descriptor.truncate(toLength: restoringLength)
      throw .writeFailed(path: path, reason: error.description)
    }
  }
}
