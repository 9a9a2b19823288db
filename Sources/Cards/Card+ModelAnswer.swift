extension Card {
  /// An answer that is right, as a learner would type it: the first accepted text, the right letters, every
  /// list item, or the lowest accepted number. For simulations and tests.
  public var modelAnswer: String {
    switch key {
    case .typed(let accepted, _): accepted.first ?? answer
    case .choice(_, let correct): ChoiceLetters.letter(correct)
    case .select(_, let correct): correct.sorted().map(ChoiceLetters.letter).joined(separator: " ")
    case .list(let items): items.compactMap(\.first).joined(separator: ", ")
    case .trueFalse(let value): value ? "true" : "false"
    case .number(let minimum, _): Card.format(minimum)
    }
  }
}
