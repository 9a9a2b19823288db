import Knowledge

/// One fact seen from its subject: the question wording, the true objects and what is provably false.
///
/// Entities are the generator's indices (`CardGenerator.Model`). Making the question puts the subject's true
/// objects into the run's `marks`, so the fairness test of each distractor candidate hashes nothing; the
/// marks stay valid until the run makes its next question.
///
/// It keeps the fact (one copy per question, read by each of its cards without copying it again) and the
/// relation's index.
///
/// A class: the fairness test is handed to the distractor search as a closure, which would otherwise copy the
/// question (and retain everything in it) for each search.
final class FactQuestion {
  /// The fact's index in `deck.facts`.
  let factIndex: Int
  /// The fact itself.
  let fact: Fact
  /// The relation's index in `deck.relations`.
  let relationIndex: Int
  let qualifier: String?
  let model: CardGenerator.Model
  let subject: Int32
  /// The fact's own objects, in the author's order.
  let objects: [Int32]
  /// The question as the teacher worded it, starting with a capital, with the qualifier in it.
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
  /// The fact that asks this fact's questions, when another fact without a qualifier has this fact's subject
  /// and relation. A teacher may split a subject's objects over several facts: their questions ask for the
  /// same answer, so one of them (the least id) asks them, for all the objects, and each other one adds
  /// only its own statements.
  let askedBy: Int?
  /// The objects a question about the subject is about: this fact's own when it has a qualifier, else those
  /// of every fact of the subject under the relation without one (by fact id, so this fact's first when it
  /// asks). Whether a typed question or a cloze is made, the choice's answer and the answer shown come from
  /// them.
  let shownObjects: [Int32]
  /// The explanation of a question about the subject: this fact's, followed by that of each other fact it
  /// asks for (see `askedBy`). A statement keeps its own fact's explanation.
  let questionExplanation: String

  init(
    factIndex: Int, relationIndex: Int, model: CardGenerator.Model, marks: CardGenerator.Marks
  ) {
    let fact = model.facts[factIndex]
    let qualifier = fact.qualifier
    self.factIndex = factIndex
    self.fact = fact
    self.qualifier = qualifier
    self.relationIndex = relationIndex
    self.model = model
    self.marks = marks
    subject = model.factSubjects[factIndex]
    let objects = model.factObjects[factIndex]
    self.objects = objects
    prompt = TemplateText.render(
      model.wordings[relationIndex].ask, subject: model.names[Int(subject)],
      qualifier: qualifier, sentence: true)
    // Every fact of the subject under the relation counts, whatever its qualifier: the fact's own objects
    // are among them.
    let group = model.objectsOfSubject[model.key(subject, relationIndex)]
    let trueSet = group?.members ?? objects
    self.trueSet = trueSet
    var trueObjects = objects
    if qualifier == nil {
      trueObjects.reserveCapacity(objects.count + trueSet.count)
      for object in trueSet where !objects.contains(object) { trueObjects.append(object) }
    }
    self.trueObjects = trueObjects
    trueIDs = qualifier == nil ? group?.ids ?? model.idSet(trueObjects) : model.idSet(trueObjects)
    let sharing = qualifier == nil ? group?.sharingFacts ?? [] : []
    askedBy = sharing.first.map(Int.init).flatMap { $0 == factIndex ? nil : $0 }
    shownObjects = sharing.isEmpty ? objects : group?.sharedObjects ?? objects
    if sharing.count > 1, askedBy == nil {
      var explanations = [fact.explanation]
      for other in sharing.dropFirst()
      where !explanations.contains(model.facts[Int(other)].explanation) {
        explanations.append(model.facts[Int(other)].explanation)
      }
      questionExplanation = explanations.joined(separator: " ")
    } else {
      questionExplanation = fact.explanation
    }
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
  var factID: String { fact.id }

  /// Where the fact is declared.
  var location: SourceLocation { fact.location }

  /// The question worded for `number` of answers ("Which test helps …" for one), or as the teacher wrote it
  /// when its wording has no numbered phrase.
  func prompt(_ number: NumberedWording.Number) -> String {
    let wording = model.wordings[relationIndex]
    guard let numbered = wording.askNumbered else { return prompt }
    switch number {
    case .one: return promptForOne
    case .several: return render(wording.askSeveral)
    case .count: return render(numbered.text(number))
    }
  }

  /// The question for one answer, asked by the typed and the choice card alike (the question as worded when
  /// that is already for one).
  private lazy var promptForOne: String = {
    let wording = model.wordings[relationIndex]
    return wording.askOne == wording.ask ? prompt : render(wording.askOne)
  }()

  /// The question asking for one of its several answers: "Name one test that helps …", else the question in
  /// the plural with "(name one)".
  var nameOnePrompt: String {
    if let nameOne = model.wordings[relationIndex].askNameOne { return render(nameOne) }
    return TemplateText.joined(prompt(.several), " (name one)")
  }

  private func render(_ template: String) -> String {
    TemplateText.render(
      template, subject: model.names[Int(subject)], qualifier: qualifier, sentence: true)
  }

  /// The relation's statement about the subject and `object` (nil: a blank), starting with a capital; with
  /// the qualifier when `qualified`.
  func statement(_ object: Int32?, qualified: Bool = true) -> String {
    TemplateText.render(
      model.wordings[relationIndex].statement ?? "", subject: model.names[Int(subject)],
      object: object.map { model.names[Int($0)] } ?? "_____",
      qualifier: qualified ? qualifier : nil, sentence: true)
  }

  /// A card about this fact; `wrong`: the wrong options it shows (or the object of a false statement), each
  /// explained after the explanation (`questionExplanation`, or the fact's own on a statement).
  func card(
    _ id: CardID, _ kind: CardKind, _ prompt: String, answer: String, key: AnswerKey,
    wrong: [Int32] = []
  ) -> Card {
    let explanation = kind == .truefalse ? fact.explanation : questionExplanation
    var card = Card(
      id: id, kind: kind, prompt: prompt, answer: answer, key: key,
      explanation: explanation, section: fact.section, tags: fact.tags, siblingKey: fact.id,
      unit: UnitID(rawValue: fact.id), location: fact.location)
    if !wrong.isEmpty {
      let notes = model.reasons(wrongObjects: wrong, relation: relationIndex, subject: subject)
      card.explanation = CardGenerator.Model.explanation(
        explanation, notes: notes, listed: kind != .truefalse)
    }
    return card
  }
}
