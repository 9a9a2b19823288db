import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study

/// The study benchmark: `swift run -c release study-benchmarks` studies the built-in deck for 30 days with
/// simulated learners through the real queue and ladder (`StudySimulation`) and prints the workload figures
/// of issue 15, the held-out log loss by rung, how close `recall simulate`'s forecast comes, and the
/// optimizer's held-out log loss by rung when it fits with the plain and with the guess-adjusted likelihood.
/// `SIM_DECK=first-aid-burns` studies the other deck.

#if DEBUG
  print("warning: a debug build; run `swift run -c release study-benchmarks` for real figures")
#endif

let environment = ProcessInfo.processInfo.environment
let deckName = environment["SIM_DECK"] ?? "calcinosis-cutis"
let text = try String(contentsOfFile: "Decks/\(deckName).yaml", encoding: .utf8)
let deck = try DeckLoader.load(yaml: text, file: "Decks/\(deckName).yaml", deckID: deckName)
let units = CardGenerator(deck: deck, seed: 1).units()
let cardCount = units.reduce(0) { $0 + $1.ladder.count }
let utc = TimeZone(identifier: "UTC") ?? .current
let start = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01 09:00 UTC
let simulation = StudySimulation(
  units: units, lexicon: Lexicon(deck: deck), descriptions: EntityDescriptions.make(deck: deck),
  scheduler: Scheduler(), timeZone: utc)

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

/// Prints the workload figures of one 30-day run.
func report(_ label: String, _ result: StudySimulation.Result) {
  let later = result.days.dropFirst().map(\.reviews)
  let perUnit = result.answersByUnit.values.sorted()
  print("\(label):")
  print(
    "  reviews a day, days 2-\(result.days.count): mean \(format(Double(later.reduce(0, +)) / Double(max(1, later.count)))),"
      + " min \(later.min() ?? 0), max \(later.max() ?? 0)")
  print("  reviews by day: \(result.days.map { String($0.reviews) }.joined(separator: " "))")
  print(
    "  reviews per unit introduced: mean \(format(Double(perUnit.reduce(0, +)) / Double(max(1, perUnit.count)))),"
      + " median \(perUnit.isEmpty ? 0 : perUnit[perUnit.count / 2]),"
      + " 90th percentile \(perUnit.isEmpty ? 0 : perUnit[perUnit.count * 9 / 10]), max \(perUnit.last ?? 0)"
      + " (\(perUnit.count) units introduced)")
  print(
    "  answers by rung: "
      + Rung.allCases.map { "\($0) \(result.answersByRung[$0] ?? 0)" }.joined(separator: ", "))
  let (nextDay, afterLapse) = nextDayRepeats(result.entries)
  print(
    "  a unit answered right all day, asked again the next day: \(nextDay)"
      + " (and \(afterLapse) within a week of a wrong answer, when FSRS's stability is short)")
  print(
    "  due units left unshown when a session ended: \(result.days.map(\.dueLeft).reduce(0, +));"
      + " held back a day by another unit of their fact: \(result.days.map(\.heldBack).reduce(0, +))"
  )
}

/// Units answered right at every answer on a day and asked again the next day, apart from those with a wrong
/// answer in the week before.
func nextDayRepeats(_ entries: [ProgressEntry]) -> (Int, Int) {
  let unitOf = Dictionary(
    units.flatMap { unit in unit.ladder.map { ($0.id.rawValue, unit.id.rawValue) } }
  ) {
    first, _ in first
  }
  var days: [String: [Int: Bool]] = [:]  // unit → day → all right
  for entry in entries {
    guard case .review(let record) = entry.event, let unit = unitOf[record.card] else { continue }
    let day = Int(entry.time.timeIntervalSince(start) / 86_400)
    days[unit, default: [:]][day] = (days[unit]?[day] ?? true) && record.rating != .again
  }
  var plain = 0
  var afterLapse = 0
  for byDay in days.values {
    for (day, allRight) in byDay where allRight && byDay[day + 1] != nil {
      if byDay.contains(where: { $0.value == false && $0.key < day && $0.key >= day - 7 }) {
        afterLapse += 1
      } else {
        plain += 1
      }
    }
  }
  return (plain, afterLapse)
}

print(
  "deck \(deckName): \(units.count) units, \(cardCount) presentations, \(deck.facts.count) facts")
print("")
var student = SimulatedLearner(.accuracy(0.85), seed: 42)
let clock = ContinuousClock()
let began = clock.now
let studentRun = simulation.run(days: 30, from: start, learner: &student)
let elapsed = clock.now - began
report("A student answering 85 % right, 20 new units a day, 30 days", studentRun)
print("  (simulated in \(elapsed))")
print("")

var hidden = SimulatedLearner(.hiddenMemory(weights: FSRSParameters.defaultWeights), seed: 42)
let hiddenRun = simulation.run(days: 30, from: start, learner: &hidden)
report(
  "A learner with a hidden FSRS-6 memory (default weights) who guesses on recognition rungs",
  hiddenRun)
print(
  "  truly recalled \(format(100 * Double(hidden.recalled) / Double(max(1, hidden.answers))))% of answers"
)
print("")

// `recall simulate` runs the forecast learner; how far is it from the hidden-memory learner's real count?
var forecastLearner = SimulatedLearner(.forecast, seed: 7)
let forecastRun = simulation.run(days: 30, from: start, learner: &forecastLearner)
let forecastTotal = forecastRun.days.map(\.reviews).reduce(0, +)
let hiddenTotal = hiddenRun.days.map(\.reviews).reduce(0, +)
let studentTotal = studentRun.days.map(\.reviews).reduce(0, +)
print(
  "recall simulate's forecast of 30 days: \(forecastTotal) reviews; the hidden-memory learner made \(hiddenTotal)"
    + " (\(format(100 * Double(forecastTotal - hiddenTotal) / Double(max(1, hiddenTotal))))%),"
    + " the 85 % student \(studentTotal)")
print("")

// Evidence by rung: held-out log loss of the scheduler's prediction, as is and with guessing, on the last
// third of 90 days of 24 hidden-memory learners.
var heldOut: [Rung: [(predicted: Double, right: Bool)]] = [:]
let heldOutDays = 90
for seed in 1...24 {
  var learner = SimulatedLearner(
    .hiddenMemory(weights: FSRSParameters.defaultWeights), seed: UInt64(seed))
  let run = simulation.run(days: heldOutDays, from: start, learner: &learner)
  // Walk the history again, unit by unit, to know each review's prediction before it.
  let scheduler = Scheduler()
  var states: [String: CardState] = [:]
  let unitOf = Dictionary(
    units.flatMap { unit in unit.ladder.map { ($0.id.rawValue, (unit.id.rawValue, $0.kind)) } }
  ) {
    first, _ in first
  }
  for entry in run.entries {
    guard case .review(let record) = entry.event, let (unit, kind) = unitOf[record.card] else {
      continue
    }
    let before = states[unit] ?? CardState.new(due: entry.time)
    let day = Int(entry.time.timeIntervalSince(start) / 86_400)
    if day >= heldOutDays * 2 / 3, before.phase == .review {
      heldOut[Rung(kind), default: []].append(
        (scheduler.retrievability(of: before, at: entry.time), record.verdict == "correct"))
    }
    states[unit] = scheduler.review(before, rating: record.rating, at: entry.time, cardID: unit)
  }
}
func logLoss(_ pairs: [(Double, Bool)]) -> Double {
  pairs.reduce(0) { sum, pair in
    let p = min(max(pair.0, 1e-6), 1 - 1e-6)
    return sum - (pair.1 ? Foundation.log(p) : Foundation.log(1 - p))
  } / Double(max(1, pairs.count))
}
print(
  "held-out log loss by rung: 24 hidden-memory learners, reviews of units in review on days 61-90")
print("  rung      reviews  right  predicted  log loss: R   g + (1 - g) R")
for rung in Rung.allCases {
  guard let pairs = heldOut[rung], !pairs.isEmpty else { continue }
  let g = Guessing.rate(rung: rung.rawValue)
  let right = Double(pairs.filter(\.right).count) / Double(pairs.count)
  let predicted = pairs.map(\.predicted).reduce(0, +) / Double(pairs.count)
  print(
    "  \(String(describing: rung).padding(toLength: 9, withPad: " ", startingAt: 0))"
      + String(
        format: " %7d  %5.3f  %9.3f  %11.4f  %14.4f", pairs.count, right, predicted,
        logLoss(pairs.map { ($0.predicted, $0.right) }),
        logLoss(pairs.map { (g + (1 - g) * $0.predicted, $0.right) })))
}
print("")

// The optimizer on the same kind of history: 24 learners whose hidden memory is not the defaults' (a
// faster-decaying one), studied 90 days on the default scheduler; each learner's history (one per unit,
// each review at its logged rung) fitted on days 1-72 and scored on days 73-90, with the plain likelihood
// (every review read as produced, g = 0) and the guess-adjusted one.
let fasterForgetting: [Double] = [
  0.1, 0.6, 1.2, 4.0, 6.4133, 0.8334, 3.0194, 0.001, 1.3, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
  1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.3,
]
let fitCutoff = start.addingTimeInterval(72 * 86_400)

/// Held-out log loss by rung of `weights` on `histories` (reviews a whole day or more after their unit's
/// previous one, from `fitCutoff`), predicting R and g + (1 - g) R: rung → (reviews, right, R, adjusted).
func scoreByRung(_ histories: [CardHistory], weights: [Double]) -> [Int: (Int, Int, Double, Double)]
{
  var parameters = FSRSParameters.default
  parameters.weights = weights
  parameters.enableFuzz = false
  let scheduler = Scheduler(parameters: parameters)
  var result: [Int: (Int, Int, Double, Double)] = [:]
  for history in histories {
    var state: CardState?
    for review in history.reviews {
      if let before = state, let last = before.lastReview, review.time >= fitCutoff,
        review.time.timeIntervalSince(last) >= 86_400
      {
        let r = scheduler.retrievability(of: before, at: review.time)
        let g = Guessing.rate(rung: review.rung)
        let right = review.rating != .again
        var score = result[review.rung] ?? (0, 0, 0, 0)
        score.0 += 1
        score.1 += right ? 1 : 0
        score.2 += logLoss([(r, right)])
        score.3 += logLoss([(g + (1 - g) * r, right)])
        result[review.rung] = score
      }
      state = scheduler.review(
        state ?? CardState.new(due: review.time), rating: review.rating, at: review.time,
        cardID: "unit")
    }
  }
  return result
}

var scores: [String: [Int: (Int, Int, Double, Double)]] = [:]
var fits = 0
for seed in 1...24 {
  var learner = SimulatedLearner(.hiddenMemory(weights: fasterForgetting), seed: UInt64(100 + seed))
  let run = simulation.run(days: heldOutDays, from: start, learner: &learner)
  let unitOf = Dictionary(
    units.flatMap { unit in unit.ladder.map { ($0.id.rawValue, unit.id.rawValue) } }
  ) {
    first, _ in first
  }
  var order: [String] = []
  var byUnit: [String: [CardHistory.Review]] = [:]
  for entry in run.entries {
    guard case .review(let record) = entry.event, let unit = unitOf[record.card] else { continue }
    if byUnit[unit] == nil { order.append(unit) }
    byUnit[unit, default: []].append(
      CardHistory.Review(time: entry.time, rating: record.rating, rung: record.rung))
  }
  let histories = order.map { CardHistory(reviews: byUnit[$0] ?? []) }
  // Every review read as produced: the plain FSRS likelihood.
  let plain = histories.map { history in
    CardHistory(reviews: history.reviews.map { .init(time: $0.time, rating: $0.rating) })
  }
  let optimizer = ParameterOptimizer()
  let defaults = FSRSParameters.defaultWeights
  guard let plainFit = try? optimizer.fit(plain, current: defaults, heldOutFrom: fitCutoff),
    let adjustedFit = try? optimizer.fit(histories, current: defaults, heldOutFrom: fitCutoff)
  else { continue }
  fits += 1
  for (name, weights) in [
    ("defaults", defaults), ("plain fit", plainFit.weights), ("adjusted fit", adjustedFit.weights),
    ("truth", fasterForgetting),
  ] {
    for (rung, score) in scoreByRung(histories, weights: weights) {
      let sum = scores[name]?[rung] ?? (0, 0, 0, 0)
      scores[name, default: [:]][rung] = (
        sum.0 + score.0, sum.1 + score.1, sum.2 + score.2, sum.3 + score.3
      )
    }
  }
}
/// The mean log loss of `name`'s predictions at `rung` (nil: all rungs), of R or of g + (1 - g) R.
@MainActor func meanLoss(_ name: String, _ rung: Int?, adjusted: Bool) -> Double {
  let chosen = (scores[name] ?? [:]).filter { rung == nil || $0.key == rung }.values
  let reviews = chosen.map(\.0).reduce(0, +)
  let loss = chosen.map { adjusted ? $0.3 : $0.2 }.reduce(0, +)
  return loss / Double(max(1, reviews))
}
print(
  "optimizer by rung: \(fits) hidden-memory learners (a faster-forgetting memory than the defaults),"
    + " 90 days, fitted on days 1-72, held-out log loss on days 73-90")
print(
  "  rung      reviews  right   R: defaults  plain fit   g+(1-g)R: defaults  plain fit  adjusted fit  truth"
)
for rung in Rung.allCases.map(\.rawValue) + [nil] {
  let chosen = (scores["defaults"] ?? [:]).filter { rung == nil || $0.key == rung }.values
  let reviews = chosen.map(\.0).reduce(0, +)
  guard reviews > 0 else { continue }
  let right = Double(chosen.map(\.1).reduce(0, +)) / Double(reviews)
  let name = rung.flatMap { Rung(rawValue: $0) }.map { String(describing: $0) } ?? "all"
  print(
    "  \(name.padding(toLength: 9, withPad: " ", startingAt: 0))"
      + String(
        format: " %7d  %5.3f  %12.4f  %9.4f  %19.4f  %9.4f  %12.4f  %5.4f", reviews, right,
        meanLoss("defaults", rung, adjusted: false), meanLoss("plain fit", rung, adjusted: false),
        meanLoss("defaults", rung, adjusted: true), meanLoss("plain fit", rung, adjusted: true),
        meanLoss("adjusted fit", rung, adjusted: true), meanLoss("truth", rung, adjusted: true)))
}
