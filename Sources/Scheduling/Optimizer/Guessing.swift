/// How often an answer is right without being recalled, by the rung of the presentation it answered: the
/// evidence a right answer gives is weaker where the answer can be picked from what the question shows.
///
/// Rungs are numbered as a unit's ladder numbers them (0 judge a statement, 1 choose one of four, 2 select
/// all that apply, 3 complete, 4 produce, 5 list; `docs/units.md`). The scheduler itself never looks at a
/// rung: the optimizer predicts a right answer with probability g + (1 − g)·R, g the rung's rate, and the
/// study simulation's learner guesses at these rates.
public enum Guessing {
  /// The rung of a review that names none (progress written before rungs were logged): the produce rung,
  /// where nothing is guessed, so such a review is weighed as plain FSRS weighs it.
  public static let producedRung = 4

  /// The chance of a right answer at `rung` without recall: one in two for a true/false statement, one in
  /// four for four options, about one in ten for a selection, none where the answer is produced.
  public static func rate(rung: Int) -> Double {
    switch rung {
    case 0: 0.5
    case 1: 0.25
    case 2: 0.1
    default: 0
    }
  }
}
