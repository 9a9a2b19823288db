import Cards
import Knowledge
import Study
import Utilities

/// The questions of a class's fixed quiz, the same for the learner taking it (`recall quiz --set`) and for
/// the teacher's class view, which tallies them.
enum FixedQuizPlan {
  /// The seed a fixed quiz orders its options with: its own seed, else one made from its name (a quiz of
  /// listed units still shows every learner the options in one order).
  static func seed(of quiz: ClassFile.FixedQuiz) -> UInt64 {
    quiz.seed ?? FNV1aHash.hash("quiz/" + quiz.name)
  }

  /// The quiz's cards from `deck`; an error names the quiz's line in the class file.
  static func questions(of quiz: ClassFile.FixedQuiz, deck: Deck) throws -> [Card] {
    let units = CardGenerator(deck: deck, seed: seed(of: quiz)).units()
    let rung = Rung.allCases.first { $0.name == quiz.ask } ?? .produce
    switch FixedQuizSelection.questions(
      units: units, unitIDs: quiz.units, tags: quiz.tags, count: quiz.questions, seed: quiz.seed,
      ask: rung)
    {
    case .success(let cards): return cards
    case .failure(let problem):
      throw RecallError("\(quiz.location): error: quiz '\(quiz.name)': \(problem)")
    }
  }
}
