/// The little English grammar generated wording needs: a verb's form for one subject or several, number words,
/// and the words that carry no content of their own.
///
/// Rules, not a dictionary: they cover the verbs question wording uses ("helps", "is", "typically causes")
/// and leave alone what they do not know (a modal verb has one form for both).
enum English {
  /// The verbs with an irregular present tense (singular, plural).
  private static let irregular: [(singular: String, plural: String)] = [
    ("is", "are"), ("was", "were"), ("has", "have"),
  ]

  /// Verbs whose form does not depend on the subject's number.
  private static let invariable: Set<String> = [
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
  ]

  /// `verb` as it agrees with a singular subject ("help" → "helps", "are" → "is"); nil when the word is no
  /// verb form this knows how to change.
  static func singularVerb(_ verb: String) -> String? {
    let word = verb
    guard isPlainWord(word), !invariable.contains(word) else { return nil }
    if let pair = irregular.first(where: { $0.plural == word || $0.singular == word }) {
      return pair.singular
    }
    if word.hasSuffix("ss") { return word + "es" }
    // A word already ending in "s" is taken to be singular ("helps", "causes").
    if word.hasSuffix("s") { return word }
    if word.hasSuffix("y"), let before = word.dropLast().last, !isVowel(before) {
      return word.dropLast() + "ies"
    }
    let sibilant = ["sh", "ch", "x", "z", "o"].contains { word.hasSuffix($0) }
    return word + (sibilant ? "es" : "s")
  }

  /// `verb` as it agrees with a plural subject ("helps" → "help", "is" → "are"); nil when the word is no
  /// verb form this knows how to change.
  static func pluralVerb(_ verb: String) -> String? {
    let word = verb
    guard isPlainWord(word), !invariable.contains(word) else { return nil }
    if let pair = irregular.first(where: { $0.singular == word || $0.plural == word }) {
      return pair.plural
    }
    guard word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
    if word.hasSuffix("ies"), word.count > 4 { return word.dropLast(3) + "y" }
    let sibilant = ["shes", "ches", "xes", "zes", "oes", "sses"].contains { word.hasSuffix($0) }
    return String(word.dropLast(sibilant ? 2 : 1))
  }

  /// "two" … "twelve"; larger numbers as digits.
  static func numberWord(_ count: Int) -> String {
    let words = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven",
      "twelve",
    ]
    return words.indices.contains(count) ? words[count] : String(count)
  }

  /// Words that say nothing about what a blank stands for: articles, forms of "be", "have" and "do",
  /// prepositions, conjunctions and pronouns. A sentence made only of these around its blank ("Mercury is
  /// _____.") could take any member of the class.
  static let functionWords: Set<String> = [
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
    "do", "does", "did", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "into",
    "and", "or", "but", "not", "no", "it", "its", "this", "that", "these", "those", "there",
    "their",
    "they", "one", "some", "any", "also", "called", "known", "named",
  ]

  /// Whether `word` is a modal verb, the same for one subject or several ("can", "should").
  static func isModal(_ word: String) -> Bool { invariable.contains(word) }

  /// Whether `word` is a form of "be" or "have" that changes with the subject's number.
  static func isCopula(_ word: String) -> Bool {
    irregular.contains { $0.singular == word || $0.plural == word }
  }

  /// Whether `word` (lower case) is one of `functionWords`.
  static func isFunctionWord(_ word: String) -> Bool { functionWords.contains(word) }

  /// Whether a word carries content: it has a letter, more than one character, and is no function word.
  static func isContentWord(_ word: Substring) -> Bool {
    let lower = word.lowercased()
    return lower.count > 1 && lower.contains(where: \.isLetter) && !functionWords.contains(lower)
  }

  private static func isPlainWord(_ word: String) -> Bool {
    !word.isEmpty && word.allSatisfy { $0.isLetter && $0.isLowercase }
  }

  private static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }
}
