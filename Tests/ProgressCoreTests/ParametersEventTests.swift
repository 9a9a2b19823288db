import Foundation
import Scheduling
import Testing

@testable import ProgressCore

@Suite("Parameters event")
struct ParametersEventTests {
  let start = Date(timeIntervalSince1970: 1_735_722_000)  // 2025-01-01T09:00:00Z
  let scheduler = Scheduler(parameters: (try? FSRSParameters(enableFuzz: false)) ?? .default)
  /// Fitted weights: a much faster-decaying curve and larger growth than the defaults.
  let fitted: [Double] = [
    0.4, 1.8, 4.0, 12.0, 6.0, 0.6, 2.0, 0.02, 2.5, 0.25, 1.1, 1.8, 0.1, 0.35, 1.4, 0.5, 2.4, 0.5,
    0.2, 0.1, 0.45,
  ]

  func entry(_ days: Double, _ event: ProgressEvent) -> ProgressEntry {
    ProgressEntry(time: start.addingTimeInterval(days * 86_400), event: event, line: 0)
  }

  func review(_ card: String, _ rating: Rating) -> ProgressEvent {
    .review(ReviewRecord(card: card, rating: rating, milliseconds: 0))
  }

  @Test("a parameters event with a weight out of bounds is a corrupt line")
  func rejectsOutOfBounds() throws {
    var weights = fitted.map { String($0) }
    weights[20] = "0.95"
    let lines = [
      #"{"format":"recall-progress","version":1,"learner":"ana","deck":"bad","created":"2025-01-01T09:00:00.000Z"}"#,
      #"{"t":"2025-01-01T09:00:00.000Z","type":"parameters","w":[\#(weights.joined(separator: ","))]}"#,
    ]
    let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    #expect {
      try ProgressReader.read(bytes, path: "bad.jsonl")
    } throws: { error in
      "\(error)".contains("bad.jsonl:2") && "\(error)".contains("w20 = 0.95")
    }
  }

  @Test("reviews before the event replay with the old weights, reviews after it with the new ones")
  func replayUsesLatestParameters() {
    let history = [entry(0, review("a", .good)), entry(3, review("a", .good))]
    let event = entry(3.5, .parameters(weights: fitted, logLoss: nil, previousLogLoss: nil))
    let later = entry(12, review("a", .good))

    let without = ProgressReplay(entries: history, scheduler: scheduler)
    let eventLast = ProgressReplay(entries: history + [event], scheduler: scheduler)
    // Unchanged before: the card's state (and due date) does not move until it is reviewed again.
    #expect(eventLast.states["a"] == without.states["a"])
    #expect(without.fittedWeights == nil)
    #expect(eventLast.fittedWeights == fitted)
    #expect(eventLast.scheduler.parameters.weights == fitted)
    #expect(eventLast.scheduler.parameters.enableFuzz == false)

    let oldRules = ProgressReplay(entries: history + [later], scheduler: scheduler)
    let newRules = ProgressReplay(entries: history + [event, later], scheduler: scheduler)
    let oldDue = oldRules.states["a"]?.due
    let newDue = newRules.states["a"]?.due
    #expect(oldDue != nil && newDue != nil && oldDue != newDue)
    // Exactly: the first two reviews under the defaults, the third under the fitted weights.
    var parameters = scheduler.parameters
    parameters.weights = fitted
    let expected = Scheduler(parameters: parameters).review(
      without.states["a"] ?? .new(due: start), rating: .good, at: later.time, cardID: "a")
    #expect(newRules.states["a"] == expected)
  }

  @Test("the latest of several events wins, also on two replay threads")
  func latestWins() {
    var second = fitted
    second[20] = 0.2
    var entries = [entry(0, .parameters(weights: fitted, logLoss: nil, previousLogLoss: nil))]
    entries += (0..<50).map { entry(Double($0) * 0.01, review("c\($0)", .good)) }
    entries.append(entry(1, .parameters(weights: second, logLoss: nil, previousLogLoss: nil)))
    entries += (0..<50).map { entry(5 + Double($0) * 0.01, review("c\($0)", .good)) }
    let one = ProgressReplay(entries: entries, scheduler: scheduler, units: .cards, threads: 1)
    let two = ProgressReplay(entries: entries, scheduler: scheduler, units: .cards, threads: 2)
    #expect(one.states == two.states)
    #expect(one.scheduler.parameters.weights == second)
  }
}
