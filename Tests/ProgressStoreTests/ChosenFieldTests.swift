import Foundation
import Scheduling
import Testing

@testable import ProgressStore

@Suite("Options chosen in review events")
struct ChosenFieldTests {
  let start = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z

  @Test("a review with the options chosen is written after the answer and read back the same")
  func roundTrip() throws {
    let folder = try TemporaryDirectory()
    let file = try ProgressFile(directory: folder.path, learner: "ana", deck: "demo", now: start)
    let events: [ProgressEvent] = [
      .review(
        ReviewRecord(
          card: "antidote.choice.forward", rating: .again, milliseconds: 4200, answer: "b",
          chosen: ["sodium thiosulfate"], verdict: "incorrect")),
      .review(
        ReviewRecord(
          card: "sites.select.forward", rating: .hard, milliseconds: 900, answer: "a c",
          chosen: ["the knees", "a \"quoted\" \\ option, with a comma"], verdict: "partial",
          mode: .quiz)),
      .review(
        ReviewRecord(
          card: "old.choice.forward", rating: .good, milliseconds: 10, answer: "d",
          verdict: "correct")),
    ]
    for (index, event) in events.enumerated() {
      try file.append(event, at: start.addingTimeInterval(Double(index)))
    }
    file.close()
    let lines = try String(contentsOfFile: file.path, encoding: .utf8).split(separator: "\n")
    #expect(
      lines[1]
        == #"{"t":"2025-11-25T10:00:00.000Z","type":"review","card":"antidote.choice.forward","rating":1,"ms":4200,"verdict":"incorrect","answer":"b","chosen":["sodium thiosulfate"]}"#
    )
    #expect(
      lines[2].hasSuffix(
        #""chosen":["the knees","a \"quoted\" \\ option, with a comma"],"mode":"quiz"}"#))
    #expect(!lines[3].contains("chosen"))
    #expect(try ProgressFile.read(path: file.path).entries.map(\.event) == events)
  }

  @Test("a file written before the field reads as before: no options chosen")
  func oldLines() throws {
    let folder = try TemporaryDirectory()
    let path = folder.file("old.jsonl")
    let lines = [
      #"{"format":"recall-progress","version":1,"learner":"ana","deck":"old","created":"2025-11-25T10:00:00.000Z"}"#,
      #"{"t":"2025-11-25T10:00:07.412Z","type":"review","card":"c.choice.forward","rating":3,"ms":6120,"verdict":"correct","answer":"b"}"#,
    ]
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let entries = try ProgressFile.read(path: path).entries
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
