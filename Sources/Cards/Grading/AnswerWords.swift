/// The content words of an answer in the form answers are compared by meaning: the normal form's words
/// (`AnswerText.normalize`) without filler words, each with its spelling variants brought to one form
/// (`SpellingVariants`), reduced to its stem (`WordStemmer`) and mapped to the first word of its group of
/// synonyms ("raised", "elevated", "increased" → "high"; "without", "not" → "no").
///
/// Two texts that differ only by fillers, inflection, spelling variant, word order, list separators or the
/// hyphens and spaces inside a word mean the same here.
struct AnswerWords: Sendable, Hashable {
  /// The words, in the order written.
  var words: [String]
  /// Each word as written, its spelling variant brought to one form but not stemmed: typos are measured on
  /// these, so that stemming never makes a misspelling look like a word ("colchicin" is a typo of
  /// "colchicine" though both stem to "colchicin").
  var surface: [String]

  /// The content words of `text` (any text: it is normalised first).
  init(_ text: String) { self.init(normalized: AnswerText.normalize(text)) }

  /// The content words of an already normalised text.
  init(normalized: String) {
    var forms = WordForms()
    self.init(normalized: normalized, forms: &forms)
  }

  /// The content words of `text`, reusing the word forms in `forms` (and adding the new ones): indexing a
  /// deck's hundreds of names and aliases meets the same words again and again.
  init(_ text: String, forms: inout WordForms) {
    self.init(normalized: AnswerText.normalize(text), forms: &forms)
  }

  private init(normalized: String, forms: inout WordForms) {
    let written = normalized.split(separator: " ").map(String.init)
    var words: [String] = []
    var surface: [String] = []
    for (index, word) in written.enumerated() {
      // "×" in "calcium × phosphate" is typed as an x; the x of "x-ray" stays.
      if word == "x", index + 1 < written.count, !written[index + 1].hasPrefix("ray") { continue }
      let known = forms.forms[word] ?? (Self.form(of: word), SpellingVariants.canonical(word))
      forms.forms[word] = known
      guard let form = known.form else { continue }
      words.append(form)
      surface.append(known.surface)
    }
    self.words = words
    self.surface = surface
  }

  /// Compared and surface forms of words met so far (see ``init(_:forms:)``).
  struct WordForms {
    fileprivate var forms: [String: (form: String?, surface: String)] = [:]
  }

  /// Words written differently from every word of `other` only by a final "e" ("colchicin" for
  /// "colchicine"): the same stem, but a typo, not an inflection.
  func finalESlips(against other: AnswerWords) -> Int {
    let theirs = Set(other.surface)
    return surface.filter { word in
      !theirs.contains(word)
        && (theirs.contains(word + "e")
          || word.hasSuffix("e") && theirs.contains(String(word.dropLast())))
    }.count
  }

  /// The words one after another, separated by spaces.
  var key: String { words.joined(separator: " ") }

  /// The words run together: "cling film" and "clingfilm", "anti inflammatory" and "antiinflammatory" meet.
  var compact: String { words.joined() }

  /// Whether the words hold a digit (typos are never tolerated in numbers).
  var hasDigit: Bool { words.contains { $0.contains(where: \.isNumber) } }

  /// The compared form of one normalised word, or nil for a filler word.
  static func form(of word: String) -> String? {
    guard !fillers.contains(word) else { return nil }
    let stem = WordStemmer.stem(SpellingVariants.canonical(word))
    guard !fillers.contains(stem) else { return nil }
    return synonyms[stem] ?? stem
  }

  /// Words that carry no content in a short answer: articles, pronouns, auxiliary verbs, list separators and
  /// the joins of a two-part answer ("damaged tissue but normal blood levels"), hedges ("probably", "I
  /// think"), and "of", "by", "for", "with", "as" (other prepositions count). Negations are kept.
  static let fillers: Set<String> = [
    "a", "an", "the", "it", "its", "they", "them", "their", "he", "she", "his", "her", "him",
    "you", "your", "we", "our", "us", "i", "my", "me", "this", "that", "these", "those", "there",
    "which", "who", "whom", "whose", "what", "is", "are", "was", "were", "be", "been", "being",
    "am",
    "do", "doe", "did", "can", "could", "will", "would", "should", "may", "might", "must", "shall",
    "ha", "has", "have", "had", "get", "getting", "and", "or", "nor", "also", "both", "either",
    "but", "whereas", "although", "though",
    "then", "so", "of", "by", "for", "with", "as", "own", "just", "only", "very", "really", "quite",
    "maybe", "perhaps", "probably", "possibly", "likely", "usually", "typically", "often",
    "mainly", "mostly", "generally", "think", "answer", "please", "all", "any", "some", "one",
    "cause", "caus", "causing", "lead", "times", "etc", "s",
  ]

  /// Groups of words that mean the same in an answer, each mapped to the group's first word (by stem).
  static let synonyms: [String: String] = {
    let groups: [[String]] = [
      ["high", "higher", "rais", "elevat", "increas"],
      ["low", "lower", "reduc", "decreas", "diminish", "lessen", "less"],
      ["no", "not", "non", "without", "absent", "never", "none"],
      ["kidney", "renal"],
      ["cutis", "cutaneous"],
      ["wet", "soak"],
      ["indoor", "insid"],
      ["stop", "quit", "ceas"],
      ["mov", "go"],
      ["drug", "medication", "medicin"],
    ]
    var map: [String: String] = [:]
    for group in groups {
      for word in group.dropFirst() { map[word] = group[0] }
    }
    return map
  }()

  /// Words whose presence turns a claim around: an answer may not add one of these to a key that lacks it.
  static let opposites: [String: String] = [
    "high": "low", "low": "high", "large": "small", "small": "large",
  ]

  /// Words a learner may add to a name without naming something else ("CREST syndrome", "the CREST form").
  static let kindWords: Set<String> = forms(of: [
    "syndrome", "form", "type", "variant", "disease", "condition", "disorder", "kind",
  ])

  /// Words that may be added anywhere: places and directions ("near the joints", "in the blood").
  static let prepositions: Set<String> = forms(of: [
    "in", "on", "at", "into", "onto", "from", "to", "near", "around", "under", "beneath", "below",
    "above", "over", "within", "through", "out", "off", "up", "down", "about", "when", "where",
  ])

  private static func forms(of words: [String]) -> Set<String> { Set(words.compactMap(form)) }
}
