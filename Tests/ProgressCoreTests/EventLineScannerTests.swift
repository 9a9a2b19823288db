import Foundation
import TestSupport
import Testing

@testable import ProgressCore

@Suite("Fast event-line scanner")
struct EventLineScannerTests {
  /// What the general parser makes of a line: the event, or the message it fails with.
  func general(_ line: [UInt8]) -> Result<EventValue, Message> {
    do {
      let object = try JSONLine.parseObject(line[...])
      switch ProgressEvent.from(object) {
      case .success(let (time, event)): return .success(EventValue(time: time, event: event))
      case .failure(let problem): return .failure(Message(text: problem.message))
      }
    } catch {
      return .failure(Message(text: error.message))
    }
  }

  struct EventValue: Equatable {
    let time: Date
    let event: ProgressEvent
  }

  struct Message: Error, Equatable {
    let text: String
  }

  @Test(
    "agrees with the general parser on every line it accepts, and declines every line it rejects")
  func agreesWithGeneralParser() {
    var scanner = EventLineScanner()
    var accepted = 0
    let corpus = EventLineCorpus.all
    for line in corpus {
      let fast = line.withUnsafeBufferPointer { scanner.event($0) }
      let expected = general(line)
      if let (time, event) = fast {
        accepted += 1
        #expect(
          expected == .success(EventValue(time: time, event: event)),
          "\(String(decoding: line, as: UTF8.self))")
      }
    }
    // The plain lines must take the fast path, or this test would prove nothing.
    #expect(accepted > corpus.count / 10)
  }

  @Test("takes every event as Recall writes it, but for escapes and fractions")
  func takesWrittenLines() {
    var scanner = EventLineScanner()
    for text in EventLineCorpus.written where !text.contains("\\") && !text.contains(".5,") {
      let line = Array(text.utf8)
      let fast = line.withUnsafeBufferPointer { scanner.event($0) }
      #expect(fast != nil, "\(text)")
    }
  }

  @Test(
    "declines what it leaves to the general parser",
    arguments: [
      #"{"t":"2025-11-25T10:00:00Z","c\u0061rd":"a","rating":3}"#,
      #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"extra":1}"#,
      #"{"t":"2025-11-25T10:00:00Z","card":"a","card":"a","rating":3}"#,
      #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3.0}"#,
      #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"answer":"\"q\""}"#,
      #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":3,"answer":null}"#,
      #"{"t":"2025-11-25T10:00:00Z","card":"a","rating":7}"#,
    ])
  func declines(text: String) {
    var scanner = EventLineScanner()
    let line = Array(text.utf8)
    #expect(line.withUnsafeBufferPointer { scanner.event($0) } == nil)
  }

  @Test("shares one string per card id, and keeps values apart")
  func sharesCardIDs() throws {
    var scanner = EventLineScanner()
    func card(_ text: String) throws -> String {
      let line = Array(text.utf8)
      let event = try #require(line.withUnsafeBufferPointer { scanner.event($0) })
      guard case .review(let record) = event.1 else { throw Message(text: "not a review") }
      return record.card
    }
    let first = try card(#"{"t":"2025-11-25T10:00:00Z","card":"fact-1.recall.forward","rating":3}"#)
    let second = try card(
      #"{"t":"2025-11-25T10:01:00Z","card":"fact-1.recall.forward","rating":1}"#)
    let other = try card(#"{"t":"2025-11-25T10:02:00Z","card":"fact-2.recall.forward","rating":1}"#)
    #expect(first == second)
    #expect(
      first.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        == second.utf8.withContiguousStorageIfAvailable { $0.baseAddress })
    #expect(other == "fact-2.recall.forward")
  }
}
