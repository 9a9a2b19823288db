import Knowledge
import Utilities

/// What the model proves about clinical cases: which options a vignette's facts rule out, and the sentences
/// that say why.
///
/// Everything rests on the closed world of a relation per subject (`docs/card-generation.md`): when the
/// model describes a subject under a relation, every object it does not list (and that overlaps none it
/// lists, and shares no name with one) is false for it. A case asks nothing the model cannot prove.
struct CaseReasoning {
  let deck: Deck
  /// The facts of each subject under each relation, in file order.
  private let factsBySubject: [Pair: [Fact]]
  /// The normal forms of each entity's name and aliases.
  private let normalTexts: [String: Set<String>]

  private struct Pair: Hashable {
    let entity: String
    let relation: String
  }

  init(deck: Deck) {
    self.deck = deck
    var factsBySubject: [Pair: [Fact]] = [:]
    for fact in deck.facts {
      factsBySubject[Pair(entity: fact.subject, relation: fact.relation), default: []].append(fact)
    }
    self.factsBySubject = factsBySubject
    var normalTexts: [String: Set<String>] = [:]
    for entity in deck.entities {
      normalTexts[entity.id, default: []].formUnion(entity.acceptedTexts.map(AnswerText.normalize))
    }
    self.normalTexts = normalTexts
  }

  /// Whether the model proves `object` false for `subject` under `relation`: it describes the subject
  /// there, and `object` is none of its objects, overlaps none of them and shares no name with one.
  func provablyFalse(_ subject: String, _ relation: String, _ object: String) -> Bool {
    guard object != subject, deck.describes(subject, under: relation) else { return false }
    let objects = deck.objects(of: subject, under: relation)
    guard !objects.contains(object) else { return false }
    return !objects.contains { deck.overlap($0, object) || sharesText($0, object) }
  }

  /// Whether two entities are the same, overlap or share a name: never options against each other.
  func interchangeable(_ first: String, _ second: String) -> Bool {
    deck.overlap(first, second) || sharesText(first, second)
  }

  /// Whether `first` and `second` (different entities) have a name or alias in common, once normalised.
  func sharesText(_ first: String, _ second: String) -> Bool {
    guard first != second, let texts = normalTexts[first], let others = normalTexts[second] else {
      return false
    }
    return !texts.isDisjoint(with: others)
  }

  /// Whether `first` and `second` are linked by `relation`, in that order (subject, object).
  func linked(_ subject: String, _ relation: String, _ object: String) -> Bool {
    deck.objects(of: subject, under: relation).contains(object)
  }

  /// The facts of `subject` under `relation`, in file order.
  func facts(of subject: String, under relation: String) -> [Fact] {
    factsBySubject[Pair(entity: subject, relation: relation)] ?? []
  }

  /// The display name of an entity (its id when the deck declares none).
  func name(_ id: String) -> String { deck.entity(id)?.name ?? id }

  /// The sentence of `fact` about one `subject`–`object` pair of it (every object when `object` is nil;
  /// `subject`: several subjects said at once, with the fact's qualifier):
  /// the relation's statement, else its question and the answer. `continuing`: to follow a colon, so a
  /// capital that only starts the wording becomes small ("the defining feature of …"), while a name that
  /// starts it keeps its spelling ("CREST syndrome …").
  func statement(
    _ fact: Fact, subject: [String]? = nil, object: String? = nil, continuing: Bool = false
  ) -> String {
    guard let relation = deck.relation(fact.relation) else { return "" }
    let subjectName = TemplateText.list((subject ?? [fact.subject]).map(name))
    let objectName = object.map(name) ?? TemplateText.list(fact.objects.map(name))
    let template: String
    let text: String
    if let statement = relation.statement, statement.includes("{object}") {
      template = statement
      text = TemplateText.render(
        statement, subject: subjectName, object: objectName, qualifier: fact.qualifier)
    } else {
      template = relation.ask
      text =
        TemplateText.render(relation.ask, subject: subjectName, qualifier: fact.qualifier) + " "
        + objectName + "."
    }
    return continuing ? Self.lowered(text, template: template) : TemplateText.sentence(text)
  }

  /// "Not metastatic calcification: the defining feature of metastatic calcification is …": a reason
  /// against an option, from the sentences (made `continuing`) that show it wrong.
  func against(_ option: String, because sentences: [String]) -> String {
    "Not \(name(option)): " + sentences.joined(separator: " ")
  }

  /// `text` with its first letter small when it comes from the wording (not from a name put into it) and
  /// starts a plain word ("The", "Treatment"), not an abbreviation ("CT").
  private static func lowered(_ text: String, template: String) -> String {
    guard !template.hasPrefix("{") else { return text }
    let word = text.prefix { $0.isLetter }
    guard let first = word.first, first.isUppercase, word.dropFirst().allSatisfy(\.isLowercase)
    else {
      return text
    }
    return first.lowercased() + text.dropFirst()
  }
}
