import Cards

extension AnswerChecker {
  /// The text of each option `input` picks on a choice, select or true/false `card`, in the order the options
  /// are shown; nil for other cards and when the input picks no option.
  ///
  /// Options are shuffled per session and learners mostly answer by letter, so the progress log keeps these
  /// texts beside the typed answer (`chosen`), for `recall class` to count wrong options across sessions. The
  /// options are found exactly as grading finds them (letters, texts, aliases, typos): the card is graded as if
  /// each option in turn were the right one.
  public func chosenOptions(_ input: String, for card: Card) -> [String]? {
    func grade(_ key: AnswerKey) -> Grade {
      var variant = card
      variant.key = key
      return self.grade(input, for: variant)
    }
    let picked: [String]
    switch card.key {
    case .choice(let options, _):
      picked = options.indices.filter { grade(.choice(options: options, correct: $0)).isCorrect }
        .map { options[$0] }
    case .select(let options, _):
      picked = options.indices.filter {
        !grade(.select(options: options, correct: [$0])).found.isEmpty
      }.map { options[$0] }
    case .trueFalse:
      picked = [true, false].filter { grade(.trueFalse($0)).isCorrect }.map {
        $0 ? "true" : "false"
      }
    case .typed, .list, .number:
      return nil
    }
    return picked.isEmpty ? nil : picked
  }
}
