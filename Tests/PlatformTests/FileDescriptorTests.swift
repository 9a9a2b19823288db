import Foundation
import Testing

@testable import Platform

@Suite("File descriptors")
struct FileDescriptorTests {
  let path = NSTemporaryDirectory() + "recall-platform-fd-" + UUID().uuidString

  @Test("an exclusive create refuses a file that exists, with the error that says so")
  func exclusiveCreate() throws {
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try FileDescriptor.open(path, .readWrite, options: [.create, .exclusive])
    file.close()
    #expect(throws: SystemError.fileExists) {
      try FileDescriptor.open(path, .readWrite, options: [.create, .exclusive])
    }
  }

  @Test("writes, reads at an offset, truncates and tells the size")
  func readsAndWrites() throws {
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try FileDescriptor.open(path, .readWrite, options: [.create, .append])
    defer { file.close() }
    try file.writeAll(Array("hello world".utf8))
    try file.synchronize()
    #expect(try file.regularFileSize() == 11)
    var buffer = [UInt8](repeating: 0, count: 5)
    let count = try buffer.withUnsafeMutableBytes { try file.read(into: $0, atOffset: 6) }
    #expect(String(decoding: buffer.prefix(count), as: UTF8.self) == "world")
    try file.truncate(toLength: 5)
    #expect(try file.regularFileSize() == 5)
  }

  @Test("a second exclusive lock on the same file is refused until the first is closed")
  func locks() throws {
    defer { try? FileManager.default.removeItem(atPath: path) }
    let first = try FileDescriptor.open(path, .readWrite, options: .create)
    let second = try FileDescriptor.open(path, .readWrite)
    defer { second.close() }
    #expect(try first.lockExclusively())
    #expect(try !second.lockExclusively())
    first.close()
    #expect(try second.lockExclusively())
  }

  @Test("a directory is no regular file, and opening one to write says it is a directory")
  func directories() throws {
    let directory = try FileDescriptor.open(NSTemporaryDirectory(), .readOnly, options: .directory)
    defer { directory.close() }
    #expect(try directory.regularFileSize() == nil)
    #expect {
      try FileDescriptor.open(NSTemporaryDirectory(), .readWrite)
    } throws: { error in
      "\(error)" == "it is a directory, not a file"
    }
  }
}
