import Knowledge

/// Cards from object to subject ("In which condition do deposits form on the knees?"), one pair per relation
/// and object, whichever facts mention it.
extension CardGenerator {
  func reverseCards(
    _ object: Int32, _ objectID: String, relationIndex: Int, firstFact factIndex: Int,
    marks: Marks, into cards: inout [Card], report: inout GenerationReport
  ) {
    let model = self.model
    guard model.relations[relationIndex].makesReverse,
      let template = model.relations[relationIndex].askReverse
    else { return }
    let factID = model.facts[factIndex].id
    let location = model.facts[factIndex].location
    let wording = model.wordings[relationIndex]
    func render(_ template: String) -> String {
      TemplateText.render(template, object: model.names[Int(object)], sentence: true)
    }
    let prompt = render(template)
    let objectKey = model.key(object, relationIndex)
    let subjects = model.subjectsOfObject[objectKey] ?? []
    let idPrefix = model.relations[relationIndex].id + "." + objectID
    guard !leaks(prompt, answers: subjects) else {
      report.leaks.append(
        .init(id: cardID(idPrefix, ".recall.reverse"), location: location))
      return
    }
    let subject = model.factSubjects[factIndex]
    let ordered = [subject] + subjects.filter { $0 != subject }
    let factsAboutObject = model.factsAboutObject[objectKey] ?? []
    // The unit teaches every subject's fact; its choice card explains the one it shows as right.
    let explanation = factsAboutObject.map { model.facts[Int($0)].explanation }.joined(
      separator: " ")
    let section = model.facts[factIndex].section
    let tags = model.facts[factIndex].tags
    func card(_ id: CardID, _ kind: CardKind, _ prompt: String, _ answer: String, _ key: AnswerKey)
      -> Card
    {
      Card(
        id: id, kind: kind, prompt: prompt, answer: answer, key: key, explanation: explanation,
        section: section, tags: tags, siblingKey: factID,
        unit: UnitID(rawValue: idPrefix + ".reverse"), location: location)
    }
    let promptForOne = wording.reverseOne.map(render) ?? prompt
    if model.areTypeable(subjects) {
      // Typed, it asks for any one of the subjects, worded for all of them; as a choice, for the one shown.
      let typedPrompt =
        subjects.count > 1
        ? wording.reverseNameOne.map(render)
          ?? TemplateText.joined(wording.reverseSeveral.map(render) ?? prompt, " (name one)")
        : promptForOne
      cards.append(
        card(
          cardID(idPrefix, ".recall.reverse"), .recall, typedPrompt, model.listOfNames(ordered),
          .typed(accepted: model.accepted(of: ordered), entities: model.idSet(subjects))))
    }
    let id = cardID(idPrefix, ".choice.reverse")
    var random = contentRandom(for: id)
    marks.replace(with: subjects)
    let overlappingObject = model.overlappedBy[Int(object)]
    // Only subjects the model describes under this relation are provably false when the object is missing.
    let isFair = { (candidate: Int32) -> Bool in
      guard !marks.contains(candidate), candidate != object,
        let theirs = model.objectsOfSubject[model.key(candidate, relationIndex)]?.members
      else { return false }
      return !theirs.contains { $0 == object || overlappingObject.contains($0) }
        && !model.overlappedBy[Int(candidate)].contains { marks.contains($0) }
        && model.textsDiffer(candidate, from: subjects, marks: marks)
    }
    guard let answer = ordered.randomElement(using: &random) else { return }
    let wrong = distractors(
      in: model.subjectPools[relationIndex], count: 3, using: &random, isFair: isFair)
    guard wrong.count == 3 else {
      report.missingChoices.append(
        .init(
          fact: factID, direction: "reverse", object: objectID, distractors: wrong.count,
          onlyOverlaps: false))
      return
    }
    var order = orderRandom(for: id)
    let options = ([answer] + wrong).shuffled(using: &order)
    var choice = card(
      id, .choice, promptForOne,
      model.names[Int(answer)],
      .choice(options: model.options(options), correct: options.firstIndex(of: answer) ?? 0))
    let answerExplanation = factsAboutObject.filter { model.factSubjects[Int($0)] == answer }
      .map { model.facts[Int($0)].explanation }.joined(separator: " ")
    choice.explanation = CardGenerator.Model.explanation(
      answerExplanation,
      notes: wrong.map { model.reason(wrongSubject: $0, relation: relationIndex) }, listed: true)
    cards.append(choice)
  }
}
