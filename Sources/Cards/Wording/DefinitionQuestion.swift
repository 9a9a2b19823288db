/// The question that asks for a term from its definition: "Which drug is a calcium-channel blocker?".
///
/// A definition that starts with the class itself and a relative clause ("a disease that hardens the skin",
/// "the one that damages only the outer layer") is asked without saying the class twice: "Which disease
/// hardens the skin?", not "Which disease is a disease that hardens the skin?".
enum DefinitionQuestion {
  /// The question for an entity of the class named `className` (singular) defined as `definition`.
  static func prompt(className: String, definition: String) -> String {
    if let clause = relativeClause(of: definition, className: className) {
      return "Which \(className) \(clause)?"
    }
    return "Which \(className) is \(definition)?"
  }

  /// What follows "that", "which" or "who" when `definition` is an article, the class (its name, its head
  /// noun, or "one") and such a pronoun; nil otherwise.
  private static func relativeClause(of definition: String, className: String) -> Substring? {
    let lower = definition.lowercased()
    guard let article = ["a ", "an ", "the "].first(where: lower.hasPrefix) else { return nil }
    let afterArticle = lower.dropFirst(article.count)
    let words = className.lowercased().split(separator: " ")
    // The head noun: the words before "of" ("kind" of "kind of burn"), else the last word.
    let head = words.firstIndex(of: "of").map { words[..<$0] } ?? words.suffix(1)
    let nouns = [words.joined(separator: " "), head.joined(separator: " "), "one"]
    for noun in nouns where afterArticle.hasPrefix(noun + " ") {
      let afterNoun = afterArticle.dropFirst(noun.count + 1)
      guard let pronoun = ["that ", "which ", "who "].first(where: afterNoun.hasPrefix) else {
        continue
      }
      let offset = article.count + noun.count + 1 + pronoun.count
      let clause = definition.dropFirst(offset)
      return clause.isEmpty ? nil : clause
    }
    return nil
  }
}
