import Knowledge
import Utilities

/// A relation's wording as the generator uses it, prepared once per relation: each template with a place for
/// the qualifier, and the phrases that agree in number with the answers.
///
/// A class: every card of a fact reads its relation's wording, and a copy of the structure would retain and
/// release each of its strings every time.
final class RelationWording: Sendable {
  /// The question from subject to object.
  let ask: String
  /// Its numbered phrase, found by the object classes' names.
  let askNumbered: NumberedWording?
  /// `ask` for one answer and for several, and as "Name one …" (nil where it cannot be turned round), made
  /// once: every fact of the relation is asked with them.
  let askOne: String
  let askSeveral: String
  let askNameOne: String?
  /// The question from object to subject, if the relation has one.
  let askReverse: String?
  /// `askReverse` for one answer and for several, and as "Name one …", made once from its numbered phrase
  /// (found by the subject classes' names); nil without one, or where it cannot be turned round.
  let reverseOne: String?
  let reverseSeveral: String?
  let reverseNameOne: String?
  /// The statement, when it has a place for the object (no statement cards otherwise).
  let statement: String?
  /// Whether the statement says something of its own around its names: a cloze of a statement that says
  /// nothing but "{subject} is {object}." could take any member of the class.
  let statementTellsObject: Bool

  /// The wording of `relation` in `deck`.
  init(_ relation: Relation, deck: Deck) {
    func names(_ classes: [String]) -> [(name: String, plural: String)] {
      classes.compactMap { deck.entityClass($0).map { ($0.name, $0.plural) } }
    }
    ask = Self.withQualifierPlace(relation.ask)
    let askNumbered = NumberedWording(template: ask, classes: names(relation.objectClasses))
    self.askNumbered = askNumbered
    askOne = askNumbered?.text(.one) ?? ask
    askSeveral = askNumbered?.text(.several) ?? ask
    askNameOne = askNumbered?.nameOne
    askReverse = relation.askReverse
    let reverseNumbered = relation.askReverse.flatMap {
      NumberedWording(template: $0, classes: names(relation.subjectClasses))
    }
    reverseOne = reverseNumbered?.text(.one)
    reverseSeveral = reverseNumbered?.text(.several)
    reverseNameOne = reverseNumbered?.nameOne
    let statement = relation.statement.flatMap {
      $0.includes("{object}") ? Self.withQualifierPlace($0) : nil
    }
    self.statement = statement
    statementTellsObject = statement.map(Self.tellsObject) ?? false
  }

  /// `template` with `{qualifier}` where the author put it, else just before the closing punctuation, so that
  /// a qualifier reads as part of the sentence ("In gout, colchicine is used for small deposits.") rather than
  /// as a bracket after it. With no qualifier, the place leaves no trace (`TemplateText.tidy`).
  static func withQualifierPlace(_ template: String) -> String {
    guard !template.includes("{qualifier}") else { return template }
    let closing = template.reversed().prefix { ".?!\"'”’)".contains($0) || $0 == " " }
    let end = template.index(template.endIndex, offsetBy: -closing.count)
    return String(template[..<end]) + " {qualifier}" + template[end...]
  }

  /// Whether `statement` has a content word besides its placeholders.
  private static func tellsObject(_ statement: String) -> Bool {
    var depth = 0
    let outside = statement.map { character -> Character in
      if character == "{" { depth += 1 }
      defer { if character == "}" { depth = max(0, depth - 1) } }
      return depth > 0 || character == "}" ? " " : character
    }
    return String(outside).split { !$0.isLetter && $0 != "-" && $0 != "'" }
      .contains(where: English.isContentWord)
  }
}
