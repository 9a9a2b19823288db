import Utilities

/// The accepted texts of a typed card or a list card, prepared for comparing by meaning: each text's content
/// words, the group it belongs to (the entity it names, or the list item), and the words an answer may add
/// without naming something else (the question's own words, the words of the group's other texts).
struct TypedKey {
  /// One accepted text.
  struct Text {
    /// As the deck writes it.
    var text: String
    /// In normal form.
    var normal: String
    /// Its content words.
    var words: AnswerWords
    /// The entity (or list item) it names.
    var group: Int
  }

  /// The texts an answer may match.
  var texts: [Text] = []
  /// Per group, the content words of all its texts.
  var groupWords: [Set<String>] = []
  /// The content words of the question.
  var promptWords: Set<String>
  /// The entities the texts name: typing one of them is never "another entity".
  var entities: Set<String>
  /// Known words: the deck's and the card's (never read as a typo of another word).
  var vocabulary: Set<String>

  /// The key of a typed card: `accepted` grouped by the entity each names.
  ///
  /// A text added to a hand-written card because an accepted text is an *alias* of some entity is left out,
  /// unless the card's answer names that entity: the card's "calcium" (the element) does not make that
  /// entity's other aliases ("serum calcium", a blood test) right. Such texts follow the entity's name in
  /// the list, after the alias that brought them.
  init(
    accepted: [String], entities: Set<String>, prompt: String, display: String,
    lexicon: Lexicon, index: MeaningIndex
  ) {
    promptWords = Set(AnswerWords(prompt).words)
    self.entities = entities
    vocabulary = index.vocabulary
    let normals = accepted.map(AnswerText.normalize)
    let shown = " \(AnswerText.normalize(display)) "
    var left: Set<Int> = []
    for id in entities {
      guard let name = lexicon.name(of: id).map(AnswerText.normalize),
        !shown.includes(" \(name) "),
        let namePosition = normals.firstIndex(of: name)
      else { continue }
      let names = { (position: Int) in lexicon.entities(named: normals[position]).contains(id) }
      guard (0..<namePosition).contains(where: names) else { continue }
      left.formUnion((namePosition..<normals.count).filter(names))
    }
    var groups: [String: Int] = [:]
    for (position, text) in accepted.enumerated() where !left.contains(position) {
      let named = lexicon.entities(named: normals[position]).intersection(entities).sorted()
      let label = named.first ?? ""
      let group = groups[label] ?? groups.count
      groups[label] = group
      append(text, normal: normals[position], group: group)
    }
  }

  /// The key of a list card: each item one group, its texts the item's accepted texts.
  init(items: [[String]], prompt: String, lexicon: Lexicon, index: MeaningIndex) {
    promptWords = Set(AnswerWords(prompt).words)
    vocabulary = index.vocabulary
    entities = []
    for (group, texts) in items.enumerated() {
      for text in texts {
        let normal = AnswerText.normalize(text)
        entities.formUnion(lexicon.entities(named: normal))
        append(text, normal: normal, group: group)
      }
    }
  }

  /// The key of a choice or select card: each option one group.
  init(options: [String], lexicon: Lexicon, index: MeaningIndex) {
    self.init(items: options.map { [$0] }, prompt: "", lexicon: lexicon, index: index)
  }

  private mutating func append(_ text: String, normal: String, group: Int) {
    let words = AnswerWords(normalized: normal)
    texts.append(Text(text: text, normal: normal, words: words, group: group))
    while groupWords.count <= group { groupWords.append([]) }
    groupWords[group].formUnion(words.words)
    vocabulary.formUnion(words.words)
  }
}
