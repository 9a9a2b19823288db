import Foundation
import TestSupport
import Testing

@testable import ProgressCore

@Suite("Progress reader")
struct ProgressReaderTests {
  static let header = EventLineCorpus.header

  static func file(_ lines: [[UInt8]], tail: [UInt8] = []) -> [UInt8] {
    EventLineCorpus.file(lines, tail: tail)
  }

  static let valid = EventLineCorpus.valid

  @Test(
    "reads every line of the corpus as the reference reader does, line numbers and errors included")
  func matchesReference() {
    for line in EventLineCorpus.all {
      let bytes = Self.file([Self.valid, Array("  \t".utf8), line, Self.valid])
      let expected = ReferenceReader.outcome { () throws(ProgressError) in
        try ReferenceReader.read(bytes, path: "p")
      }
      let actual = ReferenceReader.outcome { () throws(ProgressError) in
        try ProgressReader.read(bytes, path: "p")
      }
      #expect(actual == expected, "\(String(decoding: line, as: UTF8.self))")
    }
  }

  @Test(
    "reports empty files, headers and torn last lines as before",
    arguments: [
      "", "\n", "{\"format\":\"recall-progress\"", "not a header\n", headerOnly, headerTorn,
      headerTornAfterBlank,
    ])
  func matchesReferenceOnEdges(text: String) {
    let bytes = Array(text.replacingOccurrences(of: "HEADER", with: Self.header).utf8)
    let expected = ReferenceReader.outcome { () throws(ProgressError) in
      try ReferenceReader.read(bytes, path: "p")
    }
    let actual = ReferenceReader.outcome { () throws(ProgressError) in
      try ProgressReader.read(bytes, path: "p")
    }
    #expect(actual == expected)
  }

  @Test("reads whole files of the corpus as the reference reader does")
  func matchesReferenceOnFiles() {
    for (name, bytes) in EventLineCorpus.files {
      let expected = ReferenceReader.outcome { () throws(ProgressError) in
        try ReferenceReader.read(bytes, path: "p")
      }
      let actual = ReferenceReader.outcome { () throws(ProgressError) in
        try ProgressReader.read(bytes, path: "p")
      }
      #expect(actual == expected, "\(name)")
    }
  }

  @Test(
    "agrees with the reference, and its fast paths with theirs, on every input of the fuzz corpus")
  func matchesReferenceOnFuzzCorpus() throws {
    let inputs = try FuzzCorpus.inputs(of: "progress-reader")
    #expect(!inputs.isEmpty)
    for (name, bytes) in inputs {
      let mismatch = bytes.withUnsafeBufferPointer { ProgressReaderDifferential.mismatch(in: $0) }
      #expect(mismatch == nil, "\(name): \(mismatch ?? "")")
    }
  }
}

private let headerOnly = "HEADER\n"
private let headerTorn = "HEADER\n{\"t\":\"2025-11-25T10:00:00Z\""
private let headerTornAfterBlank = "HEADER\n \n\n{\"t\""
