/// What answer checking knows of a deck's words: which entity each name or alias means once reduced to its
/// content words, and every word those names use (a known word is never a typo of another one: "creatine" is
/// not a misspelt "creatinine").
struct MeaningIndex: Sendable {
  private var entitiesByWords: [String: Set<String>] = [:]
  /// The compared form of every word of every entity text.
  private(set) var vocabulary: Set<String> = []

  /// Indexes the entity texts of `lexicon`.
  init(lexicon: Lexicon) {
    var forms = AnswerWords.WordForms()
    for (id, texts) in lexicon.allTexts {
      for text in texts {
        let words = AnswerWords(text, forms: &forms)
        guard !words.words.isEmpty else { continue }
        entitiesByWords[words.key, default: []].insert(id)
        entitiesByWords[words.compact, default: []].insert(id)
        vocabulary.formUnion(words.words)
      }
    }
  }

  /// The entities one of whose texts has exactly these content words.
  func entities(meaning words: AnswerWords) -> Set<String> {
    guard !words.words.isEmpty else { return [] }
    return (entitiesByWords[words.key] ?? []).union(entitiesByWords[words.compact] ?? [])
  }
}
