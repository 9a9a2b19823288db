import Knowledge

/// Why each wrong option of a card is wrong, told from what the deck says about it: a card that shows
/// options teaches about the ones not taken too ("Treatment with diltiazem is suggested for large calcium
/// deposits.").
extension CardGenerator.Model {
  /// Why each of `objects` is no answer for `subject` under the relation at `relation`, one sentence each:
  /// the first fact that gives it to another subject, else what the deck says the object is, else the
  /// statement about `subject` and the object, called false. (A statement is worded for one object: "one
  /// special step is to …" takes no list, so each object has its own sentence.)
  func reasons(wrongObjects objects: [Int32], relation: Int, subject: Int32) -> [String] {
    objects.map { object in
      // A wrong object is false for the subject, so the fact that first gives it is another subject's.
      if let reason = reasonTexts.objects[key(object, relation)] { return reason }
      if let description = description(of: object) { return description }
      guard let statement = wordings[relation].statement else {
        return TemplateText.sentence(names[Int(object)] + " is not the answer here.")
      }
      let claim = TemplateText.render(
        statement, subject: names[Int(subject)], object: names[Int(object)], sentence: true)
      return "“\(claim.last == "." ? String(claim.dropLast()) : claim)” is false."
    }
  }

  /// Why `subject` is no answer to a reverse question under the relation at `relation`: its first fact under
  /// the relation (every reverse distractor has one), else what the deck says the subject is.
  func reason(wrongSubject subject: Int32, relation: Int) -> String {
    reasonTexts.subjects[key(subject, relation)] ?? description(of: subject)
      ?? TemplateText.sentence(names[Int(subject)] + " is not the answer here.")
  }

  /// What the deck says `entity` is: its definition, else the statement of its first fact when that fact
  /// is about it (its subject), such as "The defining feature of iatrogenic calcification is …"; nil when
  /// there is neither. A fact naming it as an object would be about something else.
  func description(of entity: Int32) -> String? {
    let name = names[Int(entity)]
    if let definition = definitions[Int(entity)] {
      return TemplateText.sentence(name + " is " + Self.closed(definition))
    }
    let first = Int(firstFacts[Int(entity)])
    guard first >= 0, factSubjects[first] == entity, factRelations[first] >= 0,
      let statement = wordings[factRelations[first]].statement
    else { return nil }
    return TemplateText.render(
      statement, subject: name, object: listOfNames(factObjects[first]),
      qualifier: facts[first].qualifier, sentence: true)
  }

  /// `explanation` followed by `notes` on the card's wrong options, each note once: on a card that shows
  /// options, under a line "Why not the others:", a line each (as a case's "Not …" lines are); after a false
  /// statement, in the same paragraph (its one note says what its object really goes with).
  static func explanation(_ explanation: String, notes: [String], listed: Bool) -> String {
    guard !notes.isEmpty else { return explanation }
    // Written into one string at the end: appended to piece by piece, the text would grow several times.
    var parts: [String] = []
    parts.reserveCapacity(2 + 2 * notes.count)
    if !explanation.isEmpty { parts.append(Self.closed(explanation)) }
    if listed { parts.append(parts.isEmpty ? "Why not the others:" : "\nWhy not the others:") }
    var isEmpty = parts.isEmpty
    for (index, note) in notes.enumerated() where !notes[..<index].contains(note) {
      if !isEmpty { parts.append(listed ? "\n" : " ") }
      parts.append(note)
      isEmpty = isEmpty && note.isEmpty
    }
    return TemplateText.joined(parts)
  }

  /// `text` ending with a full stop (or the question or exclamation mark it has).
  private static func closed(_ text: String) -> String {
    guard let last = text.last, !".?!".contains(last) else { return text }
    return text + "."
  }

  /// The sentences that say why an entity is a wrong option, made once per generator: most entities are
  /// wrong options of many cards, and rendering each sentence once per card would cost more than the rest
  /// of a large deck's generation.
  struct ReasonTexts: Sendable {
    /// Keyed by `key(object, relation)`: the first fact that gives the object under the relation.
    let objects: [Int: String]
    /// Keyed by `key(subject, relation)`, for relations asked back: the subject's first fact there.
    let subjects: [Int: String]

    /// The sentences of every fact (`factRelations` and `factObjects` as `Model` has them).
    init(
      _ sentences: FactSentences, factRelations: [Int], factObjects: [[Int32]], relationCount: Int
    ) {
      var objects: [Int: String] = [:]
      var subjects: [Int: String] = [:]
      for fact in factRelations.indices {
        let relation = factRelations[fact]
        guard relation >= 0 else { continue }
        let subjectKey = Int(sentences.factSubjects[fact]) * relationCount + relation
        if sentences.wordings[relation].askReverse != nil, subjects[subjectKey] == nil {
          let list = TemplateText.list(count: factObjects[fact].count) {
            sentences.names[Int(factObjects[fact][$0])]
          }
          subjects[subjectKey] = sentences.said(fact, relation: relation, object: list)
        }
        for object in factObjects[fact] {
          let objectKey = Int(object) * relationCount + relation
          guard objects[objectKey] == nil else { continue }
          objects[objectKey] = sentences.said(
            fact, relation: relation, object: sentences.names[Int(object)])
        }
      }
      self.objects = objects
      self.subjects = subjects
    }
  }

  /// What a fact says with the objects given, in its relation's words: the relation's statement, or, for a
  /// relation with none, its question with the answer ("Which organ does morphine mainly act on? —
  /// brain.").
  struct FactSentences: Sendable {
    let facts: [Fact]
    let factSubjects: [Int32]
    let names: [String]
    let wordings: [RelationWording]

    func said(_ fact: Int, relation: Int, object: String) -> String {
      let subject = names[Int(factSubjects[fact])]
      let qualifier = facts[fact].qualifier
      if let statement = wordings[relation].statement {
        return TemplateText.render(
          statement, subject: subject, object: object, qualifier: qualifier, sentence: true)
      }
      let question = TemplateText.render(
        wordings[relation].ask, subject: subject, qualifier: qualifier, sentence: true)
      return question + " — " + object + "."
    }
  }
}
