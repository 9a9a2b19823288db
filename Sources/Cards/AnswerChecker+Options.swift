import Foundation

/// Choice, select, list, true/false and number answers.
extension AnswerChecker {
  func gradeChoice(_ input: String, options: [String], correct: Int) -> Grade {
    let letter = ChoiceLetters.letter(correct)
    guard let picked = option(input, in: options) else {
      return Grade(
        verdict: .incorrect, score: 0,
        reason: "“\(input)” is not one of the options; the answer is \(letter)) \(options[correct])"
      )
    }
    if picked == correct {
      return Grade(verdict: .correct, score: 1, reason: "\(letter)) \(options[correct]) is right")
    }
    return Grade(
      verdict: .incorrect, score: 0,
      reason:
        "\(ChoiceLetters.letter(picked))) \(options[picked]) is wrong; the answer is \(letter)) \(options[correct])"
    )
  }

  func gradeSelect(_ input: String, options: [String], correct: Set<Int>) -> Grade {
    let (picked, unknown) = selection(input, in: options)
    let right = picked.intersection(correct)
    let wrong = picked.subtracting(correct)
    let raw = Double(right.count - wrong.count - unknown.count) / Double(max(correct.count, 1))
    let score = min(1, max(0, raw))
    let complete = right == correct && wrong.isEmpty && unknown.isEmpty
    var grade = Grade(
      verdict: complete ? .correct : score > 0 ? .partial : .incorrect, score: score, reason: "")
    grade.found = right.sorted().map { options[$0] }
    grade.missed = correct.subtracting(picked).sorted().map { options[$0] }
    grade.wrongItems = wrong.sorted().map { options[$0] } + unknown
    grade.reason =
      "\(right.count) of \(correct.count) right" + (wrong.isEmpty ? "" : ", \(wrong.count) wrong")
    return grade
  }

  /// Every item needed, in any order; each wrong item cancels one right one (naming everything earns
  /// nothing), as for select.
  func gradeList(_ input: String, items: [[String]]) -> Grade {
    var remaining = Array(items.indices)
    var found: [Int] = []
    var wrong: [String] = []
    func take(_ piece: String) -> Bool {
      // An exact match anywhere beats a typo match ("creatine" is not a typo of "creatinine" here).
      var typoMatch: Int?
      for item in remaining {
        let match = matchTyped(piece, accepted: items[item], entities: [])
        guard match.matched != nil else { continue }
        if !match.typo {
          typoMatch = nil
          found.append(item)
          remaining.removeAll { $0 == item }
          return true
        }
        if typoMatch == nil { typoMatch = item }
      }
      guard let item = typoMatch else { return false }
      found.append(item)
      remaining.removeAll { $0 == item }
      return true
    }
    for piece in splitItems(input, allowSpaces: false, splitAnd: false) where !take(piece) {
      // Only when the whole piece names no item is it read as several items joined by "and".
      let parts = piece.components(separatedBy: " and ").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      if parts.count > 1 {
        for part in parts where !take(part) { wrong.append(part) }
      } else {
        wrong.append(piece)
      }
    }
    let score = max(0, Double(found.count - wrong.count)) / Double(max(items.count, 1))
    let complete = remaining.isEmpty && wrong.isEmpty
    var grade = Grade(
      verdict: complete ? .correct : score > 0 ? .partial : .incorrect, score: min(1, score),
      reason: "\(found.count) of \(items.count) named"
        + (wrong.isEmpty ? "" : ", \(wrong.count) wrong"))
    grade.found = found.sorted().compactMap { items[$0].first }
    grade.missed = remaining.compactMap { items[$0].first }
    grade.wrongItems = wrong
    return grade
  }

  func gradeTrueFalse(_ input: String, truth: Bool) -> Grade {
    guard let answer = trueOrFalse(input) else {
      return Grade(verdict: .incorrect, score: 0, reason: "answer true or false (t/f)")
    }
    return answer == truth
      ? Grade(verdict: .correct, score: 1, reason: "the statement is \(truth)")
      : Grade(verdict: .incorrect, score: 0, reason: "the statement is \(truth)")
  }

  func gradeNumber(_ input: String, minimum: Double, maximum: Double) -> Grade {
    let numbers = Self.numbers(in: input)
    let range =
      minimum == maximum ? Card.format(minimum) : "\(Card.format(minimum))–\(Card.format(maximum))"
    guard !numbers.isEmpty else {
      return Grade(verdict: .incorrect, score: 0, reason: "no number given; the answer is \(range)")
    }
    let inside = numbers.allSatisfy { $0 >= minimum && $0 <= maximum }
    return inside
      ? Grade(verdict: .correct, score: 1, reason: "within the accepted range \(range)")
      : Grade(verdict: .incorrect, score: 0, reason: "outside the accepted range \(range)")
  }

  /// The options a select answer picks, and the pieces of it that pick none. "a c", "a, c" and "a and c"
  /// are letters; anything else is split on commas only, so that an option text with spaces ("the knees")
  /// stays whole.
  func selection(_ input: String, in options: [String]) -> (picked: Set<Int>, unknown: [String]) {
    let tokens = input.split(whereSeparator: { $0.isWhitespace || ",;/".contains($0) })
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".)(")).lowercased() }
    let lettersOnly = tokens.allSatisfy {
      $0 == "and" || ChoiceLetters.index(of: $0, count: options.count) != nil
    }
    let pieces = splitItems(input, allowSpaces: lettersOnly).filter { $0.lowercased() != "and" }
    var picked: Set<Int> = []
    var unknown: [String] = []
    for piece in pieces {
      if let index = option(piece, in: options) {
        picked.insert(index)
      } else {
        unknown.append(piece)
      }
    }
    return (picked, unknown)
  }

  /// The truth value a true/false answer gives: t/true/yes/y or f/false/no/n; nil for anything else.
  func trueOrFalse(_ input: String) -> Bool? {
    let word = AnswerText.normalize(input)
    return ["t", "true", "yes", "y"].contains(word)
      ? true : ["f", "false", "no", "n"].contains(word) ? false : nil
  }

  /// The option picked by a letter ("b", "b)"), its text, an alias of its entity, words found in it alone,
  /// or its text with a typo (tolerated as for typed answers).
  func option(_ input: String, in options: [String]) -> Int? {
    let cleaned = input.trimmingCharacters(in: CharacterSet(charactersIn: " .)(")).lowercased()
    if let index = ChoiceLetters.index(of: cleaned, count: options.count) { return index }
    let normalized = AnswerText.normalize(input)
    if let exact = options.firstIndex(where: { AnswerText.normalize($0) == normalized }) {
      return exact
    }
    // An alias of an option's entity picks that option ("Coumadin" for warfarin).
    for id in lexicon.entities(named: normalized).sorted() {
      guard let name = lexicon.name(of: id).map(AnswerText.normalize) else { continue }
      if let index = options.firstIndex(where: { AnswerText.normalize($0) == name }) {
        return index
      }
    }
    // Words that appear, whole, in exactly one option pick it ("kidney" for "impaired kidney function").
    if normalized.count >= 4 {
      let hits = options.indices.filter {
        AnswerText.occurs(" \(normalized) ", in: " \(AnswerText.normalize(options[$0])) ")
      }
      if hits.count == 1 { return hits[0] }
    }
    let match = matchTyped(input, accepted: options, entities: [])
    return match.matched.flatMap { options.firstIndex(of: $0) }
  }

  /// Items separated by commas, semicolons, slashes, and (unless `splitAnd` is false) "and"; spaces too
  /// when `allowSpaces` (lists of letters).
  func splitItems(_ input: String, allowSpaces: Bool, splitAnd: Bool = true) -> [String] {
    var separators = CharacterSet(charactersIn: ",;/\n")
    if allowSpaces { separators.formUnion(.whitespaces) }
    return input.components(separatedBy: separators)
      .flatMap { splitAnd ? $0.components(separatedBy: " and ") : [$0] }
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// The numbers written in a text: "25-40%" gives 25 and 40; "one third" is not read.
  static func numbers(in text: String) -> [Double] {
    var numbers: [Double] = []
    var current = ""
    for character in text + " " {
      if character.isNumber || (character == "." || character == ",") && !current.isEmpty {
        current.append(character == "," ? "." : character)
      } else if !current.isEmpty {
        if current.hasSuffix(".") { current.removeLast() }
        if let value = Double(current) { numbers.append(value) }
        current = ""
      }
    }
    return numbers
  }
}
