import Foundation

/// Grades a learner's answer against a card, following the rules of `docs/answer-checking.md`:
/// aliases accepted, typos tolerated by length but never in numbers, and never when the input is exactly another
/// entity's name or alias.
public struct AnswerChecker: Sendable {
  /// The deck's names, to tell a wrong entity from a typo.
  public var lexicon: Lexicon
  /// One sentence per entity, to say what a wrongly named entity is (see `EntityDescriptions`).
  public var descriptions: [String: String]

  /// Creates a checker for cards of a deck with this lexicon and these entity descriptions.
  public init(lexicon: Lexicon, descriptions: [String: String] = [:]) {
    self.lexicon = lexicon
    self.descriptions = descriptions
  }

  /// The grade of `input` for `card`. Empty input means "I don't know".
  public func grade(_ input: String, for card: Card) -> Grade {
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty {
      var grade = Grade(verdict: .incorrect, score: 0, reason: "no answer given")
      grade.isBlank = true
      return grade
    }
    switch card.key {
    case .typed(let accepted, let entities):
      return gradeTyped(trimmed, accepted: accepted, entities: entities, display: card.answer)
    case .choice(let options, let correct):
      return gradeChoice(trimmed, options: options, correct: correct)
    case .select(let options, let correct):
      return gradeSelect(trimmed, options: options, correct: correct)
    case .list(let items):
      return gradeList(trimmed, items: items)
    case .trueFalse(let value):
      return gradeTrueFalse(trimmed, truth: value)
    case .number(let minimum, let maximum):
      return gradeNumber(trimmed, minimum: minimum, maximum: maximum)
    }
  }

  /// Matches one typed text against accepted texts: exact (normalised), then another entity, then a typo.
  func matchTyped(
    _ input: String, accepted: [String], entities: Set<String>
  ) -> (matched: String?, typo: Bool, otherEntity: String?) {
    let normalized = AnswerText.normalize(input)
    for text in accepted where AnswerText.normalize(text) == normalized {
      return (text, false, nil)
    }
    let named = lexicon.entities(named: normalized)
    if !named.isEmpty, named.isDisjoint(with: entities) {
      return (nil, false, named.sorted().first)
    }
    guard !AnswerText.containsDigit(normalized) else { return (nil, false, nil) }
    var best: (text: String, distance: Int)?
    for text in accepted {
      let target = AnswerText.normalize(text)
      guard !AnswerText.containsDigit(target) else { continue }
      let limit = EditDistance.tolerance(forLength: target.count)
      guard limit > 0, let distance = EditDistance.distance(normalized, target, limit: limit) else {
        continue
      }
      if let current = best, current.distance <= distance { continue }
      best = (text, distance)
    }
    if let best { return (best.text, true, nil) }
    return (nil, false, nil)
  }

  private func gradeTyped(
    _ input: String, accepted: [String], entities: Set<String>, display: String
  ) -> Grade {
    let match = matchTyped(input, accepted: accepted, entities: entities)
    guard match.matched == nil, match.otherEntity == nil else {
      return gradeOne(input, match, display: display)
    }
    // The answer as shown ("Phobos and Deimos" on a "(name one)" card) is right, and so is any answer
    // that names several accepted answers and nothing else.
    if AnswerText.normalize(input) == AnswerText.normalize(display) {
      return Grade(verdict: .correct, score: 1, reason: "matches “\(display)”")
    }
    let pieces = typedPieces(input, accepted: accepted, entities: entities)
    guard pieces.count > 1 else { return gradeOne(input, match, display: display) }
    if let wrong = pieces.first(where: { $0.match.matched == nil }) {
      // One piece names another entity: say what it is, as for a whole answer.
      return wrong.match.otherEntity == nil
        ? gradeOne(input, match, display: display)
        : gradeOne(wrong.text, wrong.match, display: display)
    }
    let named = pieces.compactMap(\.match.matched)
    if let typo = pieces.first(where: \.match.typo), let spelling = typo.match.matched {
      var grade = Grade(
        verdict: .correct, score: 1, reason: "accepted with a typo; the spelling is “\(spelling)”")
      grade.typoOf = spelling
      return grade
    }
    return Grade(
      verdict: .correct, score: 1,
      reason: "matches " + TemplateText.list(named.map { "“\($0)”" }))
  }

  /// The items of a typed answer that names several, each matched on its own: split at commas (and
  /// semicolons, slashes, new lines), and a piece that matches nothing whole at "and", as list answers are.
  private func typedPieces(
    _ input: String, accepted: [String], entities: Set<String>
  ) -> [(text: String, match: (matched: String?, typo: Bool, otherEntity: String?))] {
    var pieces: [(text: String, match: (matched: String?, typo: Bool, otherEntity: String?))] = []
    for piece in splitItems(input, allowSpaces: false, splitAnd: false) {
      let whole = matchTyped(piece, accepted: accepted, entities: entities)
      let parts = piece.components(separatedBy: " and ").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      if whole.matched != nil || whole.otherEntity != nil || parts.count < 2 {
        pieces.append((piece, whole))
      } else {
        for part in parts {
          pieces.append((part, matchTyped(part, accepted: accepted, entities: entities)))
        }
      }
    }
    return pieces
  }

  /// The grade of a typed answer matched (or not) as a whole.
  private func gradeOne(
    _ input: String, _ match: (matched: String?, typo: Bool, otherEntity: String?),
    display: String
  ) -> Grade {
    if let text = match.matched {
      if match.typo {
        var grade = Grade(
          verdict: .correct, score: 1, reason: "accepted with a typo; the spelling is “\(text)”")
        grade.typoOf = text
        return grade
      }
      return Grade(verdict: .correct, score: 1, reason: "matches “\(text)”")
    }
    if let other = match.otherEntity {
      let name = lexicon.name(of: other) ?? other
      let what =
        descriptions[other].map { ": " + ($0.hasSuffix(".") ? String($0.dropLast()) : $0) }
        ?? ", a different thing"
      var grade = Grade(
        verdict: .incorrect, score: 0,
        reason: "“\(input)” is \(name)\(what). The answer is \(display)")
      grade.otherEntity = other
      return grade
    }
    return Grade(
      verdict: .incorrect, score: 0, reason: "not an accepted answer; the answer is \(display)")
  }
}
