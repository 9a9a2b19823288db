import Synchronization

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

extension MeaningIndex {
  /// The index of a lexicon, built the first time it is asked for and then kept: a session starts without
  /// waiting for it, and only a typed answer needs it. Copies of a checker share it.
  final class Lazy: Sendable {
    private let lexicon: Lexicon
    private let built = Mutex<MeaningIndex?>(nil)

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The index, built now if this is the first time.
    var index: MeaningIndex {
      built.withLock { built in
        if let built { return built }
        let index = MeaningIndex(lexicon: lexicon)
        built = index
        return index
      }
    }

    /// Whether the index was built.
    var isBuilt: Bool { built.withLock { $0 != nil } }
  }
}
