import Knowledge

/// One fact seen from its subject: the question wording, the true objects and what is provably false.
///
/// Entities are the generator's indices (`CardGenerator.Model`). Making the question puts the subject's true
/// objects into the run's `marks`, so the fairness test of each distractor candidate hashes nothing; the
/// marks stay valid until the run makes its next question.
///
/// It keeps indices rather than copies of the fact and relation: copying a `Fact` retains each of its strings
/// and arrays, once per fact of the deck.
///
/// A class: the fairness test is handed to the distractor search as a closure, which would otherwise copy the
/// question (and retain everything in it) for each search.
final class FactQuestion {
  /// The fact's index in `deck.facts`.
  let factIndex: Int
  /// The relation's index in `deck.relations`.
  let relationIndex: Int
  let qualifier: String?
  let model: CardGenerator.Model
  let subject: Int32
  /// The fact's own objects, in the author's order.
  let objects: [Int32]
  /// The question, starting with a capital, with the qualifier in brackets when the wording has no place
  /// for it.
  let prompt: String
  /// Every true object: the fact's own first, then (without a qualifier) the subject's other objects under
  /// the relation, since the relation is closed-world per subject.
  let trueObjects: [Int32]
  /// Never a distractor or a "false" swap: anything true of the subject under any qualifier, so that no
  /// question turns on a qualifier alone (distinct; also held by `marks`).
  let trueSet: [Int32]
  /// The run's marks, holding `trueSet`.
  private let marks: CardGenerator.Marks
  /// The ids of `trueObjects`, for a typed key (shared by every question without a qualifier about the subject
  /// under the relation).
  let trueIDs: Set<String>

  init(
    factIndex: Int, relationIndex: Int, model: CardGenerator.Model, marks: CardGenerator.Marks
  ) {
    let qualifier = model.facts[factIndex].qualifier
    self.factIndex = factIndex
    self.qualifier = qualifier
    self.relationIndex = relationIndex
    self.model = model
    self.marks = marks
    subject = model.factSubjects[factIndex]
    let objects = model.factObjects[factIndex]
    self.objects = objects
    var prompt = TemplateText.render(
      model.relations[relationIndex].ask, subject: model.names[Int(subject)],
      qualifier: qualifier, sentence: true)
    if let qualifier, !model.askHasQualifier[relationIndex] {
      prompt += " (\(qualifier))"
    }
    self.prompt = prompt
    // Every fact of the subject under the relation counts, whatever its qualifier: the fact's own objects
    // are among them.
    let group = model.objectsOfSubject[model.key(subject, relationIndex)]
    let trueSet = group?.members ?? objects
    self.trueSet = trueSet
    let trueObjects =
      qualifier == nil ? objects + trueSet.filter { !objects.contains($0) } : objects
    self.trueObjects = trueObjects
    trueIDs = qualifier == nil ? group?.ids ?? model.idSet(trueObjects) : model.idSet(trueObjects)
    marks.replace(with: trueSet)
  }

  /// A candidate object is provably false for this subject: true under no qualifier, not the subject,
  /// overlapping no true object, and sharing no accepted text with one.
  func isFalseObject(_ candidate: Int32) -> Bool {
    guard !marks.contains(candidate), candidate != subject else { return false }
    guard !model.overlappedBy[Int(candidate)].contains(where: marks.contains) else { return false }
    return model.textsDiffer(candidate, from: trueSet, marks: marks)
  }

  /// A candidate that is neither a true object nor the subject (before overlaps are considered).
  func isOtherEntity(_ candidate: Int32) -> Bool {
    !marks.contains(candidate) && candidate != subject
  }

  /// The fact's id.
  var factID: String { model.facts[factIndex].id }

  /// Where the fact is declared.
  var location: SourceLocation { model.facts[factIndex].location }

  /// The relation's statement about the subject and `object` (nil: a blank), starting with a capital.
  func statement(_ object: Int32?) -> String {
    var text = TemplateText.render(
      model.relations[relationIndex].statement ?? "", subject: model.names[Int(subject)],
      object: object.map { model.names[Int($0)] } ?? "_____", qualifier: qualifier,
      sentence: true)
    if let qualifier, !model.statementHasQualifier[relationIndex] {
      text += " (\(qualifier))"
    }
    return text
  }

  /// A card about this fact.
  func card(_ id: CardID, _ kind: CardKind, _ prompt: String, answer: String, key: AnswerKey)
    -> Card
  {
    Card(
      id: id, kind: kind, prompt: prompt, answer: answer, key: key,
      explanation: model.facts[factIndex].explanation, section: model.facts[factIndex].section,
      tags: model.facts[factIndex].tags, siblingKey: model.facts[factIndex].id,
      unit: UnitID(rawValue: model.facts[factIndex].id), location: model.facts[factIndex].location)
  }
}
