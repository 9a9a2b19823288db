import Cards

/// The prompt for an answer, telling the learner what kind of answer is expected.
enum AnswerPrompt {
  static func text(for kind: CardKind) -> String {
    switch kind {
    case .choice, .clinicalCase: "answer (a–d)> "
    case .select: "answer (letters)> "
    case .truefalse: "true or false> "
    case .list: "answer (items, commas)> "
    case .number: "answer (a number)> "
    case .recall, .reverse, .cloze: "answer> "
    }
  }
}
