extension AnswerChecker {
  /// The text of each option `input` picks on a choice, select or true/false `card`, in the order the options
  /// are shown; nil for other cards and when the input picks no option.
  ///
  /// Options are shuffled per session and learners mostly answer by letter, so the progress log keeps these
  /// texts beside the typed answer (`chosen`), for `recall class` to count wrong options across sessions. The
  /// options are found by the same code grading uses (letters, texts, aliases, typos).
  public func chosenOptions(_ input: String, for card: Card) -> [String]? {
    let picked: [String]
    switch card.key {
    case .choice(let options, _):
      picked = option(input, in: options).map { [options[$0]] } ?? []
    case .select(let options, _):
      picked = selection(input, in: options).picked.sorted().map { options[$0] }
    case .trueFalse:
      picked = trueOrFalse(input).map { [$0 ? "true" : "false"] } ?? []
    case .typed, .list, .number:
      return nil
    }
    return picked.isEmpty ? nil : picked
  }
}
