import Utilities

/// Number answers: every number given must lie in the accepted range, after converting its unit to the
/// card's; a unit of another kind than the card's is wrong.
extension AnswerChecker {
  func gradeNumber(_ input: String, minimum: Double, maximum: Double, card: Card) -> Grade {
    let range =
      minimum == maximum ? Card.format(minimum) : "\(Card.format(minimum))–\(Card.format(maximum))"
    let numbers = NumberReading(input).numbers
    guard !numbers.isEmpty else {
      return Grade(verdict: .incorrect, score: 0, reason: "no number given; the answer is \(range)")
    }
    let expected = NumberReading.unit(of: card.answer)
    // A share may be written as a fraction or a decimal of 1 ("1/3", "0.3") where a percentage is asked.
    let asksShare =
      expected?.dimension == .percent
      || ["percent", "percentage", "fraction", "share", "proportion"].contains {
        " \(AnswerText.normalize(card.prompt)) ".includes(" \($0) ")
      }
    let accepted = { (value: Double) in value >= minimum - 1e-9 && value <= maximum + 1e-9 }
    for number in numbers {
      var value = number.value
      if let unit = number.unit {
        if let expected, unit.dimension == expected.dimension {
          value = value * unit.scale / expected.scale
        } else if expected != nil || unit.dimension != .concentration {
          return Grade(
            verdict: .incorrect, score: 0,
            reason: "the unit is wrong for this question; the answer is \(card.answer)")
        }
      }
      let asShare = asksShare && number.unit == nil && number.isShare && accepted(value * 100)
      if !accepted(value), !asShare {
        return Grade(verdict: .incorrect, score: 0, reason: "outside the accepted range \(range)")
      }
    }
    return Grade(verdict: .correct, score: 1, reason: "within the accepted range \(range)")
  }
}
