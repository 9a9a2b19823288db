import Foundation
import ProgressCore
import Scheduling
import Testing

@testable import ProgressStore

@Suite("Events appended to a progress file read back the same")
struct EventRoundTripTests {
  let start = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z

  @Test("a review with the options chosen is written after the answer and read back the same")
  func chosenOptions() throws {
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

  @Test("a parameters event is written as one line and read back the same, by the general parser")
  func parameters() throws {
    let fitted: [Double] = [
      0.4, 1.8, 4.0, 12.0, 6.0, 0.6, 2.0, 0.02, 2.5, 0.25, 1.1, 1.8, 0.1, 0.35, 1.4, 0.5, 2.4, 0.5,
      0.2, 0.1, 0.45,
    ]
    let review = ProgressEvent.review(ReviewRecord(card: "a", rating: .good, milliseconds: 0))
    let folder = try TemporaryDirectory()
    let file = try ProgressFile(directory: folder.path, learner: "ana", deck: "demo", now: start)
    let event = ProgressEvent.parameters(weights: fitted, logLoss: 0.3125, previousLogLoss: 0.4)
    try file.append(review, at: start)
    try file.append(event, at: start.addingTimeInterval(60))
    file.close()
    let text = try String(contentsOfFile: file.path, encoding: .utf8)
    #expect(text.contains(#""type":"parameters","w":[0.4,1.8,4,12,6,0.6,"#))
    let contents = try ProgressFile.read(path: file.path)
    #expect(contents.entries.map(\.event) == [review, event])
  }
}
