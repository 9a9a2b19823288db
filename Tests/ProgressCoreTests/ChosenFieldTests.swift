import Foundation
import Scheduling
import Testing

@testable import ProgressCore

@Suite("Options chosen in review events")
struct ChosenFieldTests {
  @Test("a file written before the field reads as before: no options chosen")
  func oldLines() throws {
    let lines = [
      #"{"format":"recall-progress","version":1,"learner":"ana","deck":"old","created":"2025-11-25T10:00:00.000Z"}"#,
      #"{"t":"2025-11-25T10:00:07.412Z","type":"review","card":"c.choice.forward","rating":3,"ms":6120,"verdict":"correct","answer":"b"}"#,
    ]
    let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    let entries = try ProgressReader.read(bytes, path: "old.jsonl").entries
    #expect(
      entries.map(\.event) == [
        .review(
          ReviewRecord(
            card: "c.choice.forward", rating: .good, milliseconds: 6120, answer: "b",
            verdict: "correct"))
      ])
  }

  @Test(
    "the fast scanner reads plain arrays of options itself, and leaves escaped ones to the parser")
  func scannerTakesPlainArrays() {
    var scanner = EventLineScanner()
    func event(_ text: String) -> ProgressEvent? {
      Array(text.utf8).withUnsafeBufferPointer { scanner.event($0) }?.1
    }
    let plain = event(
      #"{"t":"2025-11-25T10:00:00.000Z","card":"a","rating":1,"answer":"a c","chosen":["x", "a much longer option than sixteen bytes"]}"#
    )
    #expect(
      plain
        == .review(
          ReviewRecord(
            card: "a", rating: .again, milliseconds: 0, answer: "a c",
            chosen: ["x", "a much longer option than sixteen bytes"])))
    #expect(
      event(#"{"t":"2025-11-25T10:00:00.000Z","card":"a","rating":1,"chosen":["\"x\""]}"#) == nil)
    #expect(event(#"{"t":"2025-11-25T10:00:00.000Z","card":"a","rating":1,"chosen":[1]}"#) == nil)
    #expect(event(#"{"t":"2025-11-25T10:00:00.000Z","card":"a","rating":1,"answer":["x"]}"#) == nil)
  }
}
