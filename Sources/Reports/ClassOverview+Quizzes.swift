import Knowledge

extension ClassOverview {
  /// The results of the fixed quiz `quiz` (whose questions are `questions`) over `rows`: each learner's
  /// first finished sitting, the class's mean, and how each question was answered.
  static func results(
    of quiz: ClassFile.FixedQuiz, questions: [QuizQuestion], rows: [Row]
  ) -> QuizResults {
    var results: [String: LearnerDetails.QuizAttempt] = [:]
    var tallies = questions.map { QuestionTally(question: $0) }
    let index = Dictionary(questions.enumerated().map { ($1.card, $0) }) { first, _ in first }
    for row in rows {
      guard let attempt = row.details?.firstResult(of: quiz.name) else { continue }
      results[row.learner] = attempt
      var answered: Set<Int> = []
      for answer in attempt.answers {
        guard let position = index[answer.card], answered.insert(position).inserted else {
          continue
        }
        switch answer.verdict {
        case "correct": tallies[position].correct += 1
        case "partial": tallies[position].partial += 1
        default: tallies[position].wrong += 1
        }
      }
      for position in tallies.indices where !answered.contains(position) {
        tallies[position].unanswered += 1
      }
    }
    let scores = results.values.compactMap(\.score)
    return QuizResults(
      quiz: quiz, questions: questions, results: results, tallies: tallies,
      mean: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count))
  }
}
