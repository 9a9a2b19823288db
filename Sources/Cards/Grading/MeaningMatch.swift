import Utilities

/// How one piece of an answer matched an accepted text (or did not).
enum MeaningMatch {
  /// How close the match is, best first.
  enum Closeness: Int, Comparable {
    /// The same normal form.
    case exact
    /// The same content words in the same order (spelling variants, inflections, fillers, hyphens).
    case variant
    /// Every content word of the text, in any order, with only harmless words added.
    case reworded
    /// As one of the above, but with a typo.
    case typo

    static func < (lhs: Closeness, rhs: Closeness) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The piece means the text `key.texts[index]`.
  case text(index: Int, closeness: Closeness)
  /// The piece is exactly a name or alias of this entity, which the key does not accept.
  case otherEntity(String)
  /// Nothing accepted.
  case none

  /// The index of the matched text, if any.
  var index: Int? {
    if case .text(let index, _) = self { return index }
    return nil
  }

  /// Whether the match needed a typo.
  var isTypo: Bool {
    if case .text(_, .typo) = self { return true }
    return false
  }

  /// Matches `piece` against the texts of `key` (only those in `groups`, when given).
  static func of(
    _ piece: String, in key: TypedKey, groups: Set<Int>? = nil, index meaning: MeaningIndex,
    lexicon: Lexicon
  ) -> MeaningMatch {
    let candidates = key.texts.indices.filter { groups?.contains(key.texts[$0].group) ?? true }
    let normal = AnswerText.normalize(piece)
    if let exact = candidates.first(where: { key.texts[$0].normal == normal }) {
      return .text(index: exact, closeness: .exact)
    }
    let words = AnswerWords(normalized: normal)
    guard !words.words.isEmpty else { return .none }
    if let same = candidates.first(where: {
      key.texts[$0].words.key == words.key || key.texts[$0].words.compact == words.compact
    }) {
      let slipped = words.finalESlips(against: key.texts[same].words) > 0
      return .text(index: same, closeness: slipped ? .typo : .variant)
    }
    let others = lexicon.entities(named: normal).union(meaning.entities(meaning: words))
      .subtracting(key.entities)
    if let other = others.sorted().first { return .otherEntity(other) }
    var best: (index: Int, closeness: Closeness, size: Int, edits: Int)?
    for candidate in candidates {
      let text = key.texts[candidate]
      guard let found = align(words, to: text, in: key) else { continue }
      let closeness: Closeness = found > 0 ? .typo : .reworded
      let score = (candidate, closeness, text.words.words.count, found)
      if let current = best {
        if current.closeness < closeness { continue }
        if current.closeness == closeness,
          (current.size, -current.edits) >= (score.2, -score.3)
        {
          continue
        }
      }
      best = score
    }
    if let best { return .text(index: best.index, closeness: best.closeness) }
    if let typo = wholeTypo(words, in: key, candidates: candidates) {
      return .text(index: typo, closeness: .typo)
    }
    return .none
  }

  /// Whether `words` carry every content word of `text` (equal, or within a typo) and add only words that
  /// change nothing: the question's words, the words of the text's group, prepositions and kind words
  /// ("syndrome"), never a negation or an opposite the text lacks. Returns the typo edits used, or nil.
  static func align(_ words: AnswerWords, to text: Text, in key: TypedKey) -> Int? {
    let (input, target) = merged(words.words, text.words.words)
    let spelled = Dictionary(zip(words.words, words.surface)) { first, _ in first }
    let targetSpelled = Dictionary(zip(text.words.words, text.words.surface)) { first, _ in first }
    var unused = input
    var edits = words.finalESlips(against: text.words)
    var missing: [String] = []
    for word in target {
      if let position = unused.firstIndex(of: word) {
        unused.remove(at: position)
      } else {
        missing.append(word)
      }
    }
    // Never a typo where digits are involved ("24-hour urine calcum").
    if !missing.isEmpty, words.hasDigit || text.words.hasDigit { return nil }
    for word in missing {
      let written = targetSpelled[word] ?? word
      let limit = EditDistance.tolerance(forLength: written.count)
      var pick: (position: Int, distance: Int)?
      for (position, candidate) in unused.enumerated()
      where !key.vocabulary.contains(candidate) && !candidate.contains(where: \.isNumber)
        && !oppositePrefixes(candidate, word)
      {
        guard limit > 0,
          let distance = EditDistance.distance(
            spelled[candidate] ?? candidate, written, limit: limit)
        else { continue }
        if pick.map({ distance < $0.distance }) ?? true { pick = (position, distance) }
      }
      guard let pick else { return nil }
      unused.remove(at: pick.position)
      edits += pick.distance
    }
    if edits > EditDistance.tolerance(forLength: text.words.surface.joined().count) { return nil }
    let own = Set(target)
    for extra in unused {
      if extra == "no", !own.contains("no") { return nil }
      if let opposite = AnswerWords.opposites[extra], own.contains(opposite) { return nil }
      let harmless =
        AnswerWords.prepositions.contains(extra) || AnswerWords.kindWords.contains(extra)
        || key.promptWords.contains(extra) || key.groupWords[text.group].contains(extra)
      if !harmless { return nil }
    }
    return edits
  }

  typealias Text = TypedKey.Text

  /// The words of both sides with neighbours joined where the other side writes them as one word
  /// ("cling film" and "clingfilm").
  private static func merged(_ input: [String], _ target: [String]) -> ([String], [String]) {
    (joining(input, into: Set(target)), joining(target, into: Set(input)))
  }

  private static func joining(_ words: [String], into others: Set<String>) -> [String] {
    var result: [String] = []
    var index = 0
    while index < words.count {
      if index + 1 < words.count, others.contains(words[index] + words[index + 1]) {
        result.append(words[index] + words[index + 1])
        index += 2
      } else {
        result.append(words[index])
        index += 1
      }
    }
    return result
  }

  /// The words of `words` that turn a claim around (negations and opposites): a typo never adds or drops one.
  private static func turning(_ words: AnswerWords) -> Set<String> {
    Set(words.words.filter { $0 == "no" || AnswerWords.opposites[$0] != nil })
  }

  /// "hypo-" and "hyper-" (and the like) mean opposite things: one is never a typo of the other.
  static func oppositePrefixes(_ first: String, _ second: String) -> Bool {
    for (one, other) in [("hyper", "hypo"), ("inter", "intra"), ("pre", "post"), ("sub", "supra")] {
      if first.hasPrefix(one) && second.hasPrefix(other) { return true }
      if first.hasPrefix(other) && second.hasPrefix(one) { return true }
    }
    return false
  }

  /// The whole piece, run together, within the typo tolerance of a text run together (no digits, not a known
  /// word of the deck). Returns the text's index.
  static func wholeTypo(_ words: AnswerWords, in key: TypedKey, candidates: [Int]) -> Int? {
    guard !words.hasDigit, !words.words.isEmpty else { return nil }
    if words.words.count == 1, key.vocabulary.contains(words.compact) { return nil }
    var best: (index: Int, distance: Int)?
    for candidate in candidates {
      let target = key.texts[candidate].words
      guard !target.hasDigit, !oppositePrefixes(words.compact, target.compact),
        turning(words) == turning(target)
      else { continue }
      let (typed, spelt) = (words.surface.joined(), target.surface.joined())
      let limit = EditDistance.tolerance(forLength: spelt.count)
      guard limit > 0, let distance = EditDistance.distance(typed, spelt, limit: limit)
      else { continue }
      if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
    }
    return best?.index
  }
}
