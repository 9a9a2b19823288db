import Foundation

/// The pretraining of w0…w3 (the stability after a first review rated Again…Easy), as fsrs-rs does it.
///
/// It uses the training items that are a card's second review, directly after its first one: they are
/// grouped by the first rating, then by the days elapsed; per rating the recall rate of each group is
/// smoothed towards the overall recall rate (Laplace), and S0 is found by ternary search in [0.1, 100]
/// minimising the log loss of the forgetting curve against those rates, each group weighted by the square
/// root of its size, plus |S0 − default| / 16. Ratings never seen are then filled from the others (see
/// ``fill(_:counts:defaults:)``). Where second reviews can be guessed, a group's predicted rate is
/// ḡ + (1 − ḡ)·R with ḡ its mean guess rate (R itself when nothing can be guessed).
enum InitialStabilityFit {
  static let range = 0.1...100.0

  /// w0…w3 fitted to `set`'s training items, or nil when no first-then-second pair exists; the
  /// forgetting curve is the scheduler's for `defaults` (their w20).
  static func fit(_ set: TrainingSet, defaults: [Double]) -> [Double]? {
    // rating → days → (recalled, count, sum of guess rates)
    var groups: [Int: [Int: (recalled: Double, count: Double, guess: Double)]] = [:]
    var recalled = 0.0
    var items = 0.0
    for card in 0..<set.cardCount {
      let start = set.cardStarts[card]
      for index in start + 1..<set.cardStarts[card + 1] where set.roles[index] == .training {
        items += 1
        recalled += set.ratings[index] > 1 ? 1 : 0
      }
      guard set.cardStarts[card + 1] - start >= 2, set.roles[start + 1] == .training else {
        continue
      }
      let first = Int(set.ratings[start])
      let days = Int(set.elapsed[start + 1])
      groups[first, default: [:]][days, default: (0, 0, 0)].recalled +=
        set.ratings[start + 1] > 1 ? 1 : 0
      groups[first, default: [:]][days, default: (0, 0, 0)].count += 1
      groups[first, default: [:]][days, default: (0, 0, 0)].guess += set.guessRates[start + 1]
    }
    guard !groups.isEmpty else { return nil }
    let averageRecall = items > 0 ? recalled / items : 0.9
    let model = MemoryModel(weights: defaults)
    var stabilities: [Int: Double] = [:]
    var counts: [Int: Double] = [:]
    for (rating, byDays) in groups {
      let points = byDays.sorted { $0.key < $1.key }
      let total = points.reduce(0) { $0 + $1.value.count }
      counts[rating] = total
      let defaultS0 = defaults[rating - 1]
      func loss(_ s: Double) -> Double {
        var sum = 0.0
        for (days, group) in points {
          let rate = (group.recalled / group.count * total + averageRecall) / (total + 1)
          let predicted = TrainingSet.probability(
            retrievability: model.retrievability(elapsedDays: days, stability: s),
            guessRate: group.guess / group.count
          ).clamped(to: TrainingSet.retrievabilityRange)
          sum -=
            (rate * log(predicted) + (1 - rate) * log(1 - predicted)) * group.count.squareRoot()
        }
        return sum + abs(s - defaultS0) / 16
      }
      var low = range.lowerBound
      var high = range.upperBound
      for _ in 0..<200 where high - low > 1e-9 {
        let third1 = low + (high - low) / 3
        let third2 = high - (high - low) / 3
        if loss(third1) < loss(third2) { high = third2 } else { low = third1 }
      }
      stabilities[rating] = (low + high) / 2
    }
    return fill(stabilities, counts: counts, defaults: defaults)
  }

  /// Makes S0 increase with the rating and fills the ratings not seen, as fsrs-rs's `smooth_and_fill`.
  ///
  /// Order: for each pair of ratings out of order, the one with fewer reviews takes the other's value.
  /// Fill: in logarithms, l2 = 0.6·l1 + 0.4·l3 and l3 = 0.4·l2 + 0.6·l4 (fsrs-rs's interpolation with
  /// weights 3/5); with one rating known the defaults are scaled by its ratio to its default. Finally
  /// each S0 is clamped to [0.1, 100].
  static func fill(_ known: [Int: Double], counts: [Int: Double], defaults: [Double]) -> [Double] {
    var s = known
    for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
      if let a = s[small], let b = s[big], a > b {
        if counts[small, default: 0] > counts[big, default: 0] { s[big] = a } else { s[small] = b }
      }
    }
    var l = (1...4).map { s[$0].map { log($0) } }
    let w1 = 0.6
    let w2 = 0.6
    switch s.count {
    case 1:
      let (rating, value) = s.first ?? (3, defaults[2])
      let ratio = value / defaults[rating - 1]
      return defaults[0..<4].map { ($0 * ratio).clamped(to: range) }
    case 2:
      // Two unknowns from the two equations: solve the 2×2 system.
      // eq1: w1·l1 − l2 + (1 − w1)·l3 = 0;  eq2: (1 − w2)·l2 − l3 + w2·l4 = 0.
      let coefficients: [[Double]] = [[w1, -1, 1 - w1, 0], [0, 1 - w2, -1, w2]]
      let unknown = (0..<4).filter { l[$0] == nil }
      var a = [[Double]](repeating: [0, 0], count: 2)
      var b = [0.0, 0.0]
      for row in 0..<2 {
        for column in 0..<4 {
          if let value = l[column] {
            b[row] -= coefficients[row][column] * value
          } else if let slot = unknown.firstIndex(of: column) {
            a[row][slot] = coefficients[row][column]
          }
        }
      }
      let determinant = a[0][0] * a[1][1] - a[0][1] * a[1][0]
      if determinant != 0 {
        l[unknown[0]] = (b[0] * a[1][1] - a[0][1] * b[1]) / determinant
        l[unknown[1]] = (a[0][0] * b[1] - b[0] * a[1][0]) / determinant
      }
    case 3:
      if l[0] == nil, let l2 = l[1], let l3 = l[2] { l[0] = (l2 - (1 - w1) * l3) / w1 }
      if l[1] == nil, let l1 = l[0], let l3 = l[2] { l[1] = w1 * l1 + (1 - w1) * l3 }
      if l[2] == nil, let l2 = l[1], let l4 = l[3] { l[2] = (1 - w2) * l2 + w2 * l4 }
      if l[3] == nil, let l2 = l[1], let l3 = l[2] { l[3] = (l3 - (1 - w2) * l2) / w2 }
    default:
      break
    }
    return (0..<4).map { index in
      let value = s[index + 1] ?? l[index].map { exp($0) } ?? defaults[index]
      return value.clamped(to: range)
    }
  }
}
