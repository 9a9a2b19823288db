import Foundation

/// Grades a learner's answer against a card, following the rules of `docs/answer-checking.md`: typed answers
/// by meaning (content words, inflections, spelling variants, the deck's aliases), typos tolerated by length but
/// never in numbers and never when the input is another entity's name or alias; numbers in digits or words;
/// options by letter or text; an input in the wrong form asked again rather than graded.
public struct AnswerChecker: Sendable {
  /// The deck's names, to tell a wrong entity from a typo.
  public var lexicon: Lexicon {
    didSet { lazyMeaning = MeaningIndex.Lazy(lexicon: lexicon) }
  }
  /// One sentence per entity, to say what a wrongly named entity is (see `EntityDescriptions`).
  public var descriptions: [String: String]
  /// The deck's names by meaning, indexed at the first answer that needs them.
  var meaning: MeaningIndex { lazyMeaning.index }
  private(set) var lazyMeaning: MeaningIndex.Lazy

  /// Creates a checker for cards of a deck with this lexicon and these entity descriptions.
  public init(lexicon: Lexicon, descriptions: [String: String] = [:]) {
    self.lexicon = lexicon
    self.descriptions = descriptions
    lazyMeaning = MeaningIndex.Lazy(lexicon: lexicon)
  }

  /// The grade of `input` for `card`. Empty input means "I don't know"; an input in the wrong form for the
  /// card (no option, not true or false) gets the verdict `retry`.
  public func grade(_ input: String, for card: Card) -> Grade {
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty {
      var grade = Grade(verdict: .incorrect, score: 0, reason: "no answer given")
      grade.isBlank = true
      return grade
    }
    switch card.key {
    case .typed(let accepted, let entities):
      let key = TypedKey(
        accepted: accepted, entities: entities, prompt: card.prompt, display: card.answer,
        lexicon: lexicon, index: meaning)
      return gradeTyped(trimmed, key: key, display: card.answer)
    case .choice(let options, let correct):
      return gradeChoice(trimmed, options: options, correct: correct)
    case .select(let options, let correct):
      return gradeSelect(trimmed, options: options, correct: correct)
    case .list(let items):
      return gradeList(trimmed, items: items, prompt: card.prompt)
    case .trueFalse(let value):
      return gradeTrueFalse(trimmed, truth: value)
    case .number(let minimum, let maximum):
      return gradeNumber(trimmed, minimum: minimum, maximum: maximum, card: card)
    }
  }

  /// Matches one piece of an answer against a key.
  func match(_ piece: String, in key: TypedKey, groups: Set<Int>? = nil) -> MeaningMatch {
    MeaningMatch.of(piece, in: key, groups: groups, index: meaning, lexicon: lexicon)
  }

  /// The pieces of an answer that names several things: split at commas, semicolons, slashes, "&", "+" and
  /// new lines, then at "and" and "or" inside a piece.
  func pieces(_ input: String) -> [String] {
    input.components(separatedBy: CharacterSet(charactersIn: ",;/&+\n"))
      .flatMap { $0.components(separatedBy: " and ") }
      .flatMap { $0.components(separatedBy: " or ") }
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !AnswerWords($0).words.isEmpty }
  }

  /// The reason for an input that is exactly another entity's name or alias: what it names, with the
  /// deck's sentence about that thing in brackets ("“calcium” is serum calcium, a different thing (the tests
  /// that help to look for hyperparathyroidism include serum calcium)").
  func otherEntityGrade(_ input: String, entity other: String, display: String) -> Grade {
    let name = lexicon.name(of: other) ?? other
    let about = descriptions[other].map { " (\(Self.midSentence($0)))" } ?? ""
    var grade = Grade(
      verdict: .incorrect, score: 0,
      reason: "“\(input)” is \(name), a different thing\(about). The answer is \(display)")
    grade.otherEntity = other
    return grade
  }

  /// A sentence as it reads inside another one: no final full stop, and a first capital made lower case
  /// unless the word is an abbreviation ("PTH", "CREST") whose second letter is a capital too.
  static func midSentence(_ sentence: String) -> String {
    var text = sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
    let letters = Array(text.prefix(2))
    if letters.count == 2, letters[0].isUppercase, !letters[1].isUppercase {
      text = letters[0].lowercased() + text.dropFirst()
    }
    return text
  }
}
