import Foundation
import Scheduling

/// A progress file of a learner who studied `cards` of a deck every day for months, drawn from weights
/// unlike the defaults (a faster-decaying memory), so that a fit is measurably better than the defaults.
enum SyntheticProgress {
  static let trueWeights: [Double] = [
    0.5, 1.6, 3.5, 10.0, 6.5, 0.7, 2.5, 0.01, 1.3, 0.2, 1.0, 1.6, 0.08, 0.3, 1.5, 0.5, 2.0, 0.5,
    0.2, 0.1, 0.45,
  ]

  /// The file's text: header, then reviews scheduled by the default scheduler (no fuzz), recalled with
  /// the probability the true weights give, each day at 09:00 UTC plus a minute per card.
  ///
  /// A card given a rung in `rungs` is logged with it (as sessions log since units), and an answer it
  /// does not recall at a recognition rung is still right by a guess, as often as ``Guessing`` says;
  /// the true memory moves with what was recalled. Cards without a rung are logged as before rungs were.
  static func text(
    learner: String, deck: String, cards: [String], days: Int, seed: UInt64,
    rungs: [String: Int] = [:]
  ) -> String {
    let start = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z
    let scheduler = Scheduler(parameters: (try? FSRSParameters(enableFuzz: false)) ?? .default)
    let truth = Scheduler(
      parameters: (try? FSRSParameters(weights: trueWeights, enableFuzz: false)) ?? .default)
    var random = seed
    func unit() -> Double {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(random >> 11) * 0x1p-53
    }
    var lines: [(Date, String)] = []
    for (index, card) in cards.enumerated() {
      var day = index / 20
      var state = CardState.new(due: start)
      var trueState = CardState.new(due: start)
      var first = true
      while day < days {
        let time = start.addingTimeInterval(Double(day) * 86_400 + Double(index % 600) * 60)
        let recall = first ? 1 : truth.retrievability(of: trueState, at: time)
        let recalled = first || unit() < recall
        let rung = rungs[card]
        let guessed = !recalled && rung.map { unit() < Guessing.rate(rung: $0) } == true
        let rating: Rating = recalled || guessed ? .good : .again
        first = false
        state = scheduler.review(state, rating: rating, at: time, cardID: card)
        trueState = truth.review(
          trueState, rating: recalled ? .good : .again, at: time, cardID: card)
        let rungField = rung.map { #","rung":\#($0)"# } ?? ""
        lines.append(
          (
            time,
            #"{"t":"\#(iso(time))","type":"review","card":"\#(card)","rating":\#(rating.rawValue),"ms":1500\#(rungField)}"#
          ))
        day = max(day + 1, Int((state.due.timeIntervalSince(start) / 86_400).rounded(.up)))
      }
    }
    lines.sort { $0.0 < $1.0 }
    let header =
      #"{"format":"recall-progress","version":1,"learner":"\#(learner)","deck":"\#(deck)","created":"2026-01-01T08:00:00.000Z"}"#
    return ([header] + lines.map(\.1)).joined(separator: "\n") + "\n"
  }

  private static func iso(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
