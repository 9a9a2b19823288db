import Foundation
import Utilities

/// Choice, select and true/false answers: options by letter (in any layout) or by their words; an input that
/// picks no option, or is not true or false, is asked again.
extension AnswerChecker {
  func gradeChoice(_ input: String, options: [String], correct: Int) -> Grade {
    let letter = ChoiceLetters.letter(correct)
    guard let picked = option(input, in: options) else {
      return .retry(
        "“\(input)” is not one of the options: answer with a letter from a to "
          + "\(ChoiceLetters.letter(options.count - 1)), or the words of an option")
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

  /// Score = share of the right options picked × (1 − share of the wrong options picked): two right and one
  /// wrong earn part of the credit, picking every option earns nothing.
  func gradeSelect(_ input: String, options: [String], correct: Set<Int>) -> Grade {
    let (picked, unknown) = selection(input, in: options)
    let last = ChoiceLetters.letter(options.count - 1)
    if let piece = unknown.first {
      return .retry(
        "“\(piece)” is not one of the options: name every option that applies by its letter "
          + "(a to \(last), as in “a c”) or its words, separated by commas")
    }
    if picked.isEmpty {
      return .retry("no option named: give the letters of every option that applies (a to \(last))")
    }
    let right = picked.intersection(correct)
    let wrong = picked.subtracting(correct)
    let wrongOptions = options.count - correct.count
    let found = Double(right.count) / Double(max(correct.count, 1))
    let penalty = wrongOptions == 0 ? 0 : Double(wrong.count) / Double(wrongOptions)
    let score = min(1, max(0, found * (1 - penalty)))
    let complete = right == correct && wrong.isEmpty
    var grade = Grade(
      verdict: complete ? .correct : score > 0 ? .partial : .incorrect, score: score, reason: "")
    grade.found = right.sorted().map { options[$0] }
    grade.missed = correct.subtracting(picked).sorted().map { options[$0] }
    grade.wrongItems = wrong.sorted().map { options[$0] }
    grade.reason =
      "\(right.count) of \(correct.count) right" + (wrong.isEmpty ? "" : ", \(wrong.count) wrong")
    return grade
  }

  func gradeTrueFalse(_ input: String, truth: Bool) -> Grade {
    guard let answer = trueOrFalse(input) else {
      return .retry("“\(input)” is not true or false: answer t or f (true/false, yes/no)")
    }
    return answer == truth
      ? Grade(verdict: .correct, score: 1, reason: "the statement is \(truth)")
      : Grade(verdict: .incorrect, score: 0, reason: "the statement is \(truth)")
  }

  /// The options a select answer picks, and the pieces of it that pick none. Letters may be run together
  /// ("acd"), spaced ("a c d"), or separated by commas or "and"; option words are separated by commas,
  /// semicolons or "and" (an option's own "and" is kept when the whole piece is that option).
  func selection(_ input: String, in options: [String]) -> (picked: Set<Int>, unknown: [String]) {
    if let letters = letters(input, count: options.count) { return (letters, []) }
    var picked: Set<Int> = []
    var unknown: [String] = []
    for chunk in input.components(separatedBy: CharacterSet(charactersIn: ",;/\n")) {
      let trimmed = chunk.trimmingCharacters(in: .whitespaces)
      guard !AnswerWords(trimmed).words.isEmpty || trimmed.count == 1 else { continue }
      if let index = option(trimmed, in: options) {
        picked.insert(index)
        continue
      }
      for part in pieces(trimmed) {
        if let index = option(part, in: options) {
          picked.insert(index)
        } else {
          unknown.append(part)
        }
      }
    }
    return (picked, unknown)
  }

  /// The option indexes of an input made of letters only: "bde", "b d e", "b,d,e", "b and e", "(b) (d)".
  /// Nil when any part is not a letter of an option.
  func letters(_ input: String, count: Int) -> Set<Int>? {
    let tokens = input.lowercased().split(whereSeparator: {
      $0.isWhitespace || ",;/&+().".contains($0)
    })
    .map(String.init).filter { $0 != "and" }
    guard !tokens.isEmpty else { return nil }
    var picked: Set<Int> = []
    for token in tokens {
      for letter in token {
        guard let index = ChoiceLetters.index(of: String(letter), count: count) else { return nil }
        picked.insert(index)
      }
    }
    // A run of letters is read as letters only when it repeats none ("bde", not a word like "add").
    let letterCount = tokens.reduce(0) { $0 + $1.count }
    return letterCount == picked.count ? picked : nil
  }

  /// The truth value a true/false answer gives: t/true/yes/y/right/correct or f/false/no/n/wrong/incorrect,
  /// "true" and "false" with one typo ("ture", "flase"); nil for anything else ("tru", "ye").
  func trueOrFalse(_ input: String) -> Bool? {
    let word = AnswerText.normalize(input)
    if ["t", "true", "yes", "y", "right", "correct"].contains(word) { return true }
    if ["f", "false", "no", "n", "wrong", "incorrect"].contains(word) { return false }
    guard word.count >= 4 else { return nil }
    let nearTrue = EditDistance.distance(word, "true", limit: 1) != nil
    let nearFalse = EditDistance.distance(word, "false", limit: 1) != nil
    return nearTrue == nearFalse ? nil : nearTrue
  }

  /// The option picked by a letter ("b", "b)"), its text or words (spelling variants, inflections), an alias
  /// of its entity, words found in it alone, or its text with a typo (tolerated as for typed answers).
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
    let key = TypedKey(options: options, lexicon: lexicon, index: meaning)
    if let index = match(input, in: key).index { return key.texts[index].group }
    // Words that appear, whole, in exactly one option pick it ("kidney" for "impaired kidney function").
    let words = AnswerWords(normalized: normalized)
    if words.compact.count >= 4 {
      let hits = key.texts.filter { text in
        words.words.allSatisfy { text.words.words.contains($0) }
      }
      if hits.count == 1 { return hits[0].group }
    }
    return nil
  }
}
