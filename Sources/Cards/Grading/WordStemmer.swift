/// A small English stemmer for answers: it takes inflections off a word so that "reduces", "reducing" and
/// "reduced" compare equal ("reduc"), as do "movement" and "moving", "mobility" and "mobile", "topically" and
/// "topical", "redness" and "red". Irregular forms come from a table ("stuck" → "stick", "torn" → "tear").
///
/// Words reach it singular already (`AnswerText.normalize`). The stem is compared, never shown, so it need
/// not be a word; what matters is that both sides of a comparison are cut the same way. Words of three letters
/// or fewer and words with digits are kept as they are, and no cut leaves fewer than three letters.
enum WordStemmer {
  /// The stem of `word` (lower case, singular).
  static func stem(_ word: String) -> String {
    if let base = irregular[word] { return stem(base) }
    guard word.count > 3, !word.contains(where: \.isNumber) else { return word }
    var stem = word
    for (ending, replacement, minimum) in endings where stem.hasSuffix(ending) {
      let kept = stem.count - ending.count
      guard kept >= minimum, stem.dropLast(ending.count).contains(where: isVowel) else { continue }
      stem = String(stem.dropLast(ending.count)) + replacement
      if ending == "ing" || ending == "ed" { stem = undoubled(stem) }
      break
    }
    // A final silent e goes, so that "reduce" meets "reduc(ing)" and "remove" meets "remov(ed)".
    if stem.count > 3, stem.hasSuffix("e"), !stem.hasSuffix("ee") { stem.removeLast() }
    return stem
  }

  /// Endings taken off, longest first: (ending, what replaces it, letters that must remain).
  private static let endings: [(String, String, Int)] = [
    ("ically", "ic", 3), ("fulness", "ful", 3), ("iveness", "ive", 3), ("ousness", "ous", 3),
    ("ical", "ic", 3), ("ingly", "", 3), ("edly", "", 3), ("ness", "", 3), ("ment", "", 4),
    ("ity", "", 4),
    ("ing", "", 3), ("ed", "", 3), ("ly", "", 4),
  ]

  /// A doubled final consonant left by -ing or -ed ("stopp" → "stop", "trapp" → "trap"), but not ll, ss, zz.
  private static func undoubled(_ stem: String) -> String {
    let letters = Array(stem)
    guard letters.count >= 3, let last = letters.last, letters[letters.count - 2] == last,
      !isVowel(last), !"lsz".contains(last)
    else { return stem }
    return String(letters.dropLast())
  }

  private static func isVowel(_ character: Character) -> Bool { "aeiouy".contains(character) }

  /// Irregular forms and their base word.
  private static let irregular: [String: String] = [
    "stuck": "stick", "torn": "tear", "tore": "tear", "kept": "keep", "held": "hold",
    "took": "take", "taken": "take", "went": "go", "gone": "go", "done": "do", "made": "make",
    "brought": "bring", "given": "give", "gave": "give", "clothe": "cloth", "clothes": "cloth",
    "clothing": "cloth", "children": "child", "feet": "foot", "teeth": "tooth", "men": "man",
    "women": "woman", "bled": "bleed", "fed": "feed", "led": "lead", "ran": "run",
    "burnt": "burn", "got": "get", "gotten": "get", "lying": "lie", "dying": "die",
  ]
}
