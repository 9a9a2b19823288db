/// Why each wrong option of a card is wrong, told from what the deck says about it: a card that shows
/// options teaches about the ones not taken too ("Treatment with diltiazem is suggested for large calcium
/// deposits.").
extension CardGenerator.Model {
  /// Why each of `objects` is no answer for `subject` under the relation at `relation`, one sentence each:
  /// a fact that gives it to another subject, else what the deck says the object is, else the statement
  /// about `subject` and the object, called false. (A statement is worded for one object: "one special step
  /// is to …" takes no list.)
  func reasons(wrongObjects objects: [Int32], relation: Int, subject: Int32) -> [String] {
    let statement = wordings[relation].statement
    return objects.map { object in
      let mentions = factsAboutObject[key(object, relation)] ?? []
      if let fact = mentions.first(where: { factSubjects[Int($0)] != subject }).map(Int.init) {
        return said(fact, relation: relation, object: names[Int(object)])
      }
      if let description = description(of: object) { return description }
      guard let statement else {
        return TemplateText.sentence(names[Int(object)] + " is not the answer here.")
      }
      let claim = TemplateText.render(
        statement, subject: names[Int(subject)], object: names[Int(object)], sentence: true)
      return "“\(claim.last == "." ? String(claim.dropLast()) : claim)” is false."
    }
  }

  /// Why `subject` is no answer to a reverse question under the relation at `relation`: a fact the relation
  /// has about it instead (every reverse distractor has one), else what the deck says the subject is.
  func reason(wrongSubject subject: Int32, relation: Int) -> String {
    let first = objectsOfSubject[key(subject, relation)]?.members.first
    let fact = first.flatMap { object in
      factsAboutObject[key(object, relation)]?.first { factSubjects[Int($0)] == subject }
    }.map(Int.init)
    guard let fact else {
      return description(of: subject)
        ?? TemplateText.sentence(names[Int(subject)] + " is not the answer here.")
    }
    return said(fact, relation: relation, object: listOfNames(factObjects[fact]))
  }

  /// The fact at `fact` with `object` for its objects: the relation's statement, or, for a relation with
  /// none, its question with the answer ("Which organ does morphine mainly act on? — brain.").
  private func said(_ fact: Int, relation: Int, object: String) -> String {
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

  /// `explanation` followed by `notes` on the card's wrong options, each note once: after "Why not the
  /// others:" on a card that shows options, on its own after a false statement (whose one note says what its
  /// object really goes with).
  static func explanation(_ explanation: String, notes: [String], listed: Bool) -> String {
    var distinct: [String] = []
    for note in notes where !distinct.contains(note) { distinct.append(note) }
    guard !distinct.isEmpty else { return explanation }
    let lead = listed ? "Why not the others: " : ""
    let text = lead + distinct.joined(separator: " ")
    return explanation.isEmpty ? text : Self.closed(explanation) + " " + text
  }

  /// `text` ending with a full stop (or the question or exclamation mark it has).
  private static func closed(_ text: String) -> String {
    guard let last = text.last, !".?!".contains(last) else { return text }
    return text + "."
  }
}
