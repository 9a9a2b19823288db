import Utilities

/// A question's wording made to agree with how many answers a card wants: "Which test helps to look for
/// lupus?" on a card with one right answer, "Name one test that helps …" on a typed card with several, "Which
/// two tests help …?" on a list card with two.
///
/// The teacher writes the wording once, in either number. The phrase that changes is found by the names of
/// the class the answers belong to: "which" or "what", then the class's name or plural ("lab test", "lab
/// tests"), or its head noun alone ("tests"; "kind" of "kind of deposit"). When the phrase opens its clause
/// (the question, or what follows a comma: "Apart from cooling, what special step is …"), the verb after it
/// agrees too ("helps" / "help"), past any adverbs ("typically causes"), unless it is "do" (the phrase is then
/// the object: "Which planet does Titan orbit?") or a copula before a lone placeholder ("What type of planet
/// is {subject}?"). After a preposition ("For which kind of deposit is …") only the noun changes. Wording
/// where no such phrase is found, or whose phrase goes on past its noun, stays as written.
struct NumberedWording: Sendable {
  /// The template up to and including the question word and its space ("For which ").
  private let before: String
  /// The noun phrase in each number ("lab test", "lab tests").
  private let noun: (singular: String, plural: String)
  /// From the noun phrase to the verb: the rest of the phrase and any adverbs (" typically ").
  private let between: String
  /// The verb in each number, when it agrees with the phrase.
  private let verb: (singular: String, plural: String)?
  /// The rest of the template.
  private let after: String
  /// The template before the question word ("Apart from cooling, "), when the question word opens its clause
  /// (nothing but punctuation before it, or a comma or colon): the phrase is then the subject of the clause.
  private let clauseLead: Substring?

  /// How many answers the card wants.
  enum Number: Sendable, Hashable {
    /// One: a single-best-answer card, or a typed card with one right answer.
    case one
    /// Several, without saying how many (a select card).
    case several
    /// Exactly this many (a list card).
    case count(Int)
  }

  /// The numbered phrase of `template`, whose answers belong to the classes `classes` (name, plural); nil
  /// when it has none.
  init?(template: String, classes: [(name: String, plural: String)]) {
    guard let questionWord = Self.questionWord(in: template) else { return nil }
    let start = questionWord.upperBound
    let rest = template[start...]
    let lowerRest = rest.lowercased()
    var best: (length: Int, isSingular: Bool, forms: (String, String), complete: Bool)?
    for (name, plural) in classes {
      let (singularHead, pluralHead) = (Self.head(of: name), Self.head(of: plural))
      let forms: [(text: String, isSingular: Bool, forms: (String, String), complete: Bool)] = [
        (name, true, (name, plural), true), (plural, false, (name, plural), true),
        (singularHead, true, (singularHead, pluralHead), !name.includes(" of ")),
        (pluralHead, false, (singularHead, pluralHead), !plural.includes(" of ")),
      ]
      for form in forms where !form.text.isEmpty {
        let text = form.text.lowercased()
        guard lowerRest.hasPrefix(text) else { continue }
        let next = lowerRest.dropFirst(text.count).first
        guard next.map({ !$0.isLetter && $0 != "-" }) ?? true else { continue }
        if text.count > best?.length ?? 0 {
          best = (text.count, form.isSingular, form.forms, form.complete)
        }
      }
    }
    guard let best else { return nil }
    // A head alone followed by "of …" ends its phrase further on: the verb is not known.
    let afterNoun = rest.dropFirst(best.length)
    let complete = best.complete || !afterNoun.hasPrefix(" of ")
    before = String(template[..<start])
    noun = best.forms
    let lead = template[..<questionWord.lowerBound]
    let opensClause =
      lead.allSatisfy { !$0.isLetter } || [",", ":"].contains(lead.last { $0 != " " } ?? " ")
    clauseLead = opensClause ? lead : nil
    guard opensClause, complete else {
      between = ""
      verb = nil
      after = String(afterNoun)
      return
    }
    // The verb: the first word after any adverbs.
    var words = afterNoun.split(separator: " ", omittingEmptySubsequences: false).dropFirst()
    var adverbs = 0
    while let word = words.first, word.count > 3, word.hasSuffix("ly") {
      adverbs += 1
      words = words.dropFirst()
    }
    let spoken = words.first.map(String.init) ?? ""
    let following = words.dropFirst().joined(separator: " ")
    let objectQuestion =
      ["do", "does", "did"].contains(spoken)
      || (["is", "are", "was", "were"].contains(spoken) && Self.isLonePlaceholder(following))
    let agreeing = English.singularVerb(spoken).flatMap { singular in
      English.pluralVerb(spoken).map { (singular: singular, plural: $0) }
    }
    if objectQuestion || English.isModal(spoken) || spoken.isEmpty
      || !spoken.allSatisfy(\.isLetter)
    {
      // The verb does not agree with the phrase, or there is none: only the phrase changes.
      verb = nil
      between = ""
      after = String(afterNoun)
    } else if let agreeing, !English.isFunctionWord(spoken) || English.isCopula(spoken),
      spoken == (best.isSingular ? agreeing.singular : agreeing.plural)
    {
      verb = agreeing
      between = " " + afterNoun.split(separator: " ").prefix(adverbs).map { $0 + " " }.joined()
      after = " " + following
    } else {
      // The phrase goes on ("tests of the blood help") or the verb disagrees with it already: the
      // wording is left as written rather than half changed.
      return nil
    }
  }

  /// The wording for `number` of answers.
  func text(_ number: Number) -> String {
    let isOne = number == .one
    var text = before
    if case .count(let count) = number { text += English.numberWord(count) + " " }
    text += isOne ? noun.singular : noun.plural
    text += between
    if let verb { text += isOne ? verb.singular : verb.plural }
    return text + after
  }

  /// "Name one test that helps to look for {subject}.": the question as a request for one of several
  /// answers; nil when the phrase does not open its clause with its verb.
  var nameOne: String? {
    guard let clauseLead, let verb else { return nil }
    var rest = verb.singular + after
    if rest.hasSuffix("?") { rest = rest.dropLast() + "." }
    let name = clauseLead.contains(where: \.isLetter) ? "name" : "Name"
    return "\(clauseLead)\(name) one \(noun.singular) that\(between)\(rest)"
  }

  /// The range of the first "which" or "what" of `template`, as a word followed by a space.
  private static func questionWord(in template: String) -> Range<String.Index>? {
    var index = template.startIndex
    while index < template.endIndex {
      let word = template[index...].prefix { $0.isLetter }
      if word.isEmpty {
        index = template.index(after: index)
        continue
      }
      let end = word.endIndex
      if ["which", "what"].contains(word.lowercased()), end < template.endIndex,
        template[end] == " "
      {
        return index..<template.index(after: end)
      }
      index = end
    }
    return nil
  }

  /// The head noun of a class name: the words before "of" ("kind" of "kind of deposit"), else the last word
  /// ("test" of "lab test").
  private static func head(of name: String) -> String {
    let words = name.split(separator: " ")
    let head = words.firstIndex(of: "of").map { words[..<$0] } ?? words.suffix(1)
    return head.joined(separator: " ")
  }

  /// Whether `text` is one placeholder and the end of the sentence ("{subject}?").
  private static func isLonePlaceholder(_ text: String) -> Bool {
    let trimmed = text.drop { $0 == " " }
    guard trimmed.hasPrefix("{"), let close = trimmed.firstIndex(of: "}") else { return false }
    return trimmed[trimmed.index(after: close)...].allSatisfy { !$0.isLetter }
  }
}
