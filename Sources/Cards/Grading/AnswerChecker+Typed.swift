/// Typed answers (recall, reverse, cloze): compared by meaning with the accepted texts.
extension AnswerChecker {
  func gradeTyped(_ input: String, key: TypedKey, display: String) -> Grade {
    let whole = match(input, in: key)
    switch whole {
    case .text(let index, let closeness):
      return right(input, key.texts[index].text, closeness)
    case .otherEntity(let other):
      return otherEntityGrade(input, entity: other, display: display)
    case .none:
      break
    }
    // The answer as shown ("Phobos and Deimos" on a "(name one)" card) is right.
    if AnswerWords(input).key == AnswerWords(display).key {
      return Grade(verdict: .correct, score: 1, reason: "matches “\(display)”")
    }
    // Several things named: right when each one is right (a "(name one)" card answered with more than one);
    // one wrong thing, or another entity, makes the whole answer wrong.
    let parts = pieces(input)
    guard parts.count > 1 else { return notAccepted(display) }
    var matched: [(piece: String, index: Int, closeness: MeaningMatch.Closeness)] = []
    for piece in parts {
      switch match(piece, in: key) {
      case .text(let index, let closeness): matched.append((piece, index, closeness))
      case .otherEntity(let other): return otherEntityGrade(piece, entity: other, display: display)
      case .none: return notAccepted(display)
      }
    }
    if let typo = matched.first(where: { $0.closeness == .typo }) {
      return right(typo.piece, key.texts[typo.index].text, .typo)
    }
    let names = matched.map { "“\(key.texts[$0.index].text)”" }
    var grade = Grade(
      verdict: .correct, score: 1, reason: "matches " + names.joined(separator: ", "))
    if matched.contains(where: { $0.closeness != .exact }) {
      grade.matched = matched.map { key.texts[$0.index].text }.joined(separator: ", ")
    }
    return grade
  }

  /// A right answer: exact, by meaning (saying what it was taken to mean), or with a typo (Hard).
  func right(_ input: String, _ text: String, _ closeness: MeaningMatch.Closeness) -> Grade {
    switch closeness {
    case .exact:
      return Grade(verdict: .correct, score: 1, reason: "matches “\(text)”")
    case .variant, .reworded:
      var grade = Grade(verdict: .correct, score: 1, reason: "accepted: ‘\(input)’ = ‘\(text)’")
      grade.matched = text
      return grade
    case .typo:
      var grade = Grade(
        verdict: .correct, score: 1, reason: "accepted with a typo; the spelling is “\(text)”")
      grade.typoOf = text
      return grade
    }
  }

  func notAccepted(_ display: String) -> Grade {
    Grade(verdict: .incorrect, score: 0, reason: "not an accepted answer; the answer is \(display)")
  }
}
