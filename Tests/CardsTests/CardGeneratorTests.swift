import Foundation
import Knowledge
import TestSupport
import Testing

@testable import Cards

/// The decks every generation property is checked against.
enum DeckUnderTest: String, Sendable, CaseIterable, CustomTestStringConvertible {
  case synthetic
  case real

  var testDescription: String { "\(rawValue) deck" }

  func text() throws -> String {
    switch self {
    case .synthetic: SyntheticDeck.yaml
    case .real: try realDeckText()
    }
  }

  func load(_ text: String? = nil) throws -> Deck {
    try DeckLoader.load(yaml: text ?? self.text(), file: "\(rawValue).yaml", deckID: rawValue)
  }

  func cards(_ text: String? = nil, seed: UInt64 = 0) throws -> [Card] {
    CardGenerator(deck: try load(text), seed: seed).generate()
  }
}

/// Edits of a deck's text that must not change any card id.
enum DeckEdit {
  /// The same deck with its facts in reverse order (comments travel with the fact above them).
  static func reversingFacts(_ text: String) throws -> String {
    let lines = text.components(separatedBy: "\n")
    let start = try #require(lines.firstIndex(of: "facts:"))
    let end =
      lines[(start + 1)...].firstIndex { line in
        guard let first = line.first else { return false }
        return first != " " && first != "#"
      } ?? lines.endIndex
    var preamble: [String] = []
    var items: [[String]] = []
    for line in lines[(start + 1)..<end] {
      if line.hasPrefix("  - ") {
        items.append([line])
      } else if items.isEmpty {
        preamble.append(line)
      } else {
        items[items.count - 1].append(line)
      }
    }
    #expect(items.count > 1)
    let body = preamble + items.reversed().flatMap { $0 }
    return (Array(lines[...start]) + body + Array(lines[end...])).joined(separator: "\n")
  }

  /// The same deck with every question, statement, prompt and explanation reworded.
  static func rewording(_ text: String) -> String {
    let prefixes = [
      ("ask: ", "ask: Tell me, "),
      ("ask-reverse: ", "ask-reverse: Tell me, "),
      ("statement: ", "statement: As written, "),
      ("prompt: ", "prompt: Question, "),
      ("explanation: ", "explanation: Reworded. "),
    ]
    return text.components(separatedBy: "\n").map { line in
      var line = line
      for (from, to) in prefixes {
        if let range = line.range(of: from),
          line[..<range.lowerBound].allSatisfy({ $0 == " " || $0 == "-" })
        {
          line.replaceSubrange(range, with: to)
        }
      }
      return line
    }.joined(separator: "\n")
  }
}

/// Ways to read a deck's answer back from a card.
extension Deck {
  /// The entities of `classes` displayed as `name`.
  func entities(named name: String, inClasses classes: [String]) -> [String] {
    entities(inClasses: classes).filter { $0.name == name }.map(\.id)
  }

  /// Every accepted text of an entity, normalised.
  func normalizedTexts(_ id: String) -> Set<String> {
    Set(entity(id)?.acceptedTexts.map(AnswerText.normalize) ?? [])
  }

  /// The fact a forward card is about, from its id (`fact.kind.forward`, `fact.truefalse.true`, ...).
  func fact(of card: Card) -> Fact? {
    let parts = card.id.rawValue.split(separator: ".")
    guard parts.count == 3 else { return nil }
    return facts.first { $0.id == parts[0] }
  }

  /// The relation and object of a reverse card, from its id (`relation.object.kind.reverse`).
  func reverse(of card: Card) -> (relation: Relation, object: String)? {
    let parts = card.id.rawValue.split(separator: ".").map(String.init)
    guard parts.count == 4, parts[3] == "reverse", let relation = relation(parts[0]) else {
      return nil
    }
    return (relation, parts[1])
  }

  /// The hand-written card a card comes from (`card.kind`).
  func handwritten(of card: Card) -> HandwrittenCard? {
    let parts = card.id.rawValue.split(separator: ".")
    guard parts.count == 2 else { return nil }
    return cards.first { $0.id == parts[0] }
  }
}

/// The texts of the right options of a choice or select card, or the accepted texts of any other card.
private func rightOptions(_ card: Card) -> Set<String> {
  switch card.key {
  case .choice(let options, let correct): [options[correct]]
  case .select(let options, let correct): Set(correct.map { options[$0] })
  default: Set(card.acceptedTexts)
  }
}

/// Whether `answer` appears in `prompt` as whole words, once both are normalised.
private func appears(_ answer: String, in prompt: String) -> Bool {
  let answer = AnswerText.normalize(answer)
  guard answer.count > 2 else { return false }  // "D", "CT": too short to mean anything alone
  return (" " + AnswerText.normalize(prompt) + " ").contains(" " + answer + " ")
}

@Suite("CardGenerator: properties over whole decks")
struct CardGeneratorPropertyTests {
  @Test("card ids are unique", arguments: DeckUnderTest.allCases)
  func uniqueIDs(_ deck: DeckUnderTest) throws {
    let ids = try deck.cards().map(\.id)
    #expect(!ids.isEmpty)
    let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys
    #expect(repeated.isEmpty, "\(repeated.sorted())")
  }

  @Test("card ids do not change when the facts are reordered", arguments: DeckUnderTest.allCases)
  func idsSurviveReordering(_ deck: DeckUnderTest) throws {
    let text = try deck.text()
    let reordered = try DeckEdit.reversingFacts(text)
    #expect(reordered != text)
    let before = try deck.load()
    let after = try deck.load(reordered)
    #expect(after.facts.map(\.id) == Array(before.facts.map(\.id).reversed()))
    #expect(Set(try deck.cards(reordered).map(\.id)) == Set(try deck.cards().map(\.id)))
  }

  @Test(
    "card ids do not change when questions, prompts and explanations are reworded",
    arguments: DeckUnderTest.allCases)
  func idsSurviveRewording(_ deck: DeckUnderTest) throws {
    let text = try deck.text()
    let reworded = DeckEdit.rewording(text)
    let before = try deck.cards()
    let after = try deck.cards(reworded)
    #expect(after.contains { $0.prompt.hasPrefix("Question, ") }, "the edit reaches the prompts")
    #expect(after.contains { $0.prompt.hasPrefix("Tell me, ") }, "the edit reaches the questions")
    #expect(
      after.filter { $0.explanation.contains("Reworded.") }.count > after.count / 2,
      "the edit reaches most cards")
    #expect(Set(after.map(\.id)) == Set(before.map(\.id)))
  }

  @Test("the same seed gives the same cards", arguments: DeckUnderTest.allCases)
  func sameSeedSameCards(_ deck: DeckUnderTest) throws {
    #expect(try deck.cards(seed: 7) == deck.cards(seed: 7))
  }

  @Test(
    "another seed gives the same ids and questions, the options only shuffled",
    arguments: DeckUnderTest.allCases)
  func otherSeedSameIDs(_ deck: DeckUnderTest) throws {
    let first = try deck.cards(seed: 1)
    let second = try deck.cards(seed: 2)
    #expect(first.map(\.id) == second.map(\.id))
    for (one, other) in zip(first, second) {
      #expect(one.prompt == other.prompt, "\(one.id)")
      #expect(Set(one.choices) == Set(other.choices), "\(one.id)")
      #expect(rightOptions(one) == rightOptions(other), "\(one.id)")
      if one.kind != .select {  // a select card lists its right options in the shuffled order
        #expect(one.answer == other.answer, "\(one.id)")
      }
    }
    let reordered = zip(first, second).filter { $0.choices != $1.choices && $0.kind == .choice }
    #expect(!reordered.isEmpty, "some options come in another order")
  }

  @Test("every fact yields at least one card", arguments: DeckUnderTest.allCases)
  func everyFactHasACard(_ deck: DeckUnderTest) throws {
    let model = try deck.load()
    let ids = try deck.cards().map(\.id.rawValue)
    for fact in model.facts {
      #expect(ids.contains { $0.hasPrefix(fact.id + ".") }, "\(fact.id)")
    }
  }

  @Test("every quantity and hand-written card yields its card", arguments: DeckUnderTest.allCases)
  func everyItemHasACard(_ deck: DeckUnderTest) throws {
    let model = try deck.load()
    let ids = Set(try deck.cards().map(\.id.rawValue))
    for quantity in model.quantities {
      #expect(ids.contains(quantity.id + ".number"), "\(quantity.id)")
    }
    for card in model.cards {
      #expect(ids.contains { $0.hasPrefix(card.id + ".") }, "\(card.id)")
    }
  }

  @Test("no card's prompt contains its answer", arguments: DeckUnderTest.allCases)
  func noLeaks(_ deck: DeckUnderTest) throws {
    for card in try deck.cards() {
      var answers: [String] = []
      switch card.key {
      case .typed(let accepted, _): answers = [card.answer] + accepted
      case .choice(let options, let correct): answers = [options[correct]]
      case .select(let options, let correct): answers = correct.map { options[$0] }
      case .list(let items): answers = items.compactMap(\.first)
      case .trueFalse, .number: answers = []
      }
      for answer in answers {
        #expect(
          !appears(answer, in: card.prompt), "\(card.id): “\(card.prompt)” gives away “\(answer)”")
      }
    }
  }

  @Test("no two cards share a prompt but differ in their answer", arguments: DeckUnderTest.allCases)
  func promptsDetermineAnswers(_ deck: DeckUnderTest) throws {
    let byPrompt = Dictionary(grouping: try deck.cards(), by: \.prompt)
    for (prompt, cards) in byPrompt {
      let answers = Set(cards.map { AnswerText.normalize($0.answer) })
      #expect(answers.count == 1, "“\(prompt)”: \(cards.map { "\($0.id) → \($0.answer)" })")
    }
  }

  @Test(
    "every choice card has four distinct options and one right one",
    arguments: DeckUnderTest.allCases)
  func choiceShape(_ deck: DeckUnderTest) throws {
    let choices = try deck.cards().filter { $0.kind == .choice }
    #expect(!choices.isEmpty)
    for card in choices {
      guard case .choice(let options, let correct) = card.key else {
        Issue.record("\(card.id) is a choice card without a choice key")
        continue
      }
      #expect(options.count == 4, "\(card.id)")
      #expect(options.indices.contains(correct), "\(card.id)")
      #expect(
        Set(options.map(AnswerText.normalize)).count == options.count, "\(card.id): \(options)")
      #expect(card.answer == options[correct], "\(card.id)")
      #expect(
        !options.contains {
          $0.lowercased().contains("all of the above")
            || $0.lowercased().contains("none of the above")
        })
    }
  }

  @Test(
    "a forward choice offers one object of the subject and three the model proves false",
    arguments: DeckUnderTest.allCases)
  func forwardChoiceIsFair(_ deck: DeckUnderTest) throws {
    let model = try deck.load()
    let cards = try deck.cards().filter {
      $0.kind == .choice && $0.id.rawValue.hasSuffix(".forward")
    }
    #expect(!cards.isEmpty)
    for card in cards {
      guard let fact = model.fact(of: card), let relation = model.relation(fact.relation),
        case .choice(let options, let correct) = card.key
      else {
        Issue.record("\(card.id) does not name a fact")
        continue
      }
      let trueObjects = model.objects(of: fact.subject, under: relation.id)
      let ids = options.map { model.entities(named: $0, inClasses: relation.objectClasses) }
      #expect(ids.allSatisfy { $0.count == 1 }, "\(card.id): every option names one entity")
      let right = try #require(ids[correct].first)
      #expect(fact.objects.contains(right), "\(card.id): the answer is an object of the fact")
      for (index, candidates) in ids.enumerated() where index != correct {
        let wrong = try #require(candidates.first)
        #expect(
          !trueObjects.contains(wrong),
          "\(card.id): \(wrong) is also an object of \(fact.subject) under \(relation.id)")
        #expect(wrong != fact.subject)
        for truth in trueObjects.union(fact.objects) {
          #expect(!model.overlap(truth, wrong), "\(card.id): \(wrong) overlaps \(truth)")
          #expect(
            model.normalizedTexts(truth).isDisjoint(with: model.normalizedTexts(wrong)),
            "\(card.id): \(wrong) shares a text with \(truth)")
        }
      }
    }
  }

  @Test(
    "a reverse choice offers one subject of the object and three described subjects without it",
    arguments: DeckUnderTest.allCases)
  func reverseChoiceIsFair(_ deck: DeckUnderTest) throws {
    let model = try deck.load()
    let cards = try deck.cards().filter {
      $0.kind == .choice && $0.id.rawValue.hasSuffix(".reverse")
    }
    #expect(!cards.isEmpty)
    for card in cards {
      guard let reverse = model.reverse(of: card), case .choice(let options, let correct) = card.key
      else {
        Issue.record("\(card.id) does not name a relation and object")
        continue
      }
      let (relation, object) = reverse
      let trueSubjects = model.subjects(of: object, under: relation.id)
      let ids = options.map { model.entities(named: $0, inClasses: relation.subjectClasses) }
      #expect(ids.allSatisfy { $0.count == 1 }, "\(card.id): every option names one entity")
      let right = try #require(ids[correct].first)
      #expect(trueSubjects.contains(right), "\(card.id)")
      for (index, candidates) in ids.enumerated() where index != correct {
        let wrong = try #require(candidates.first)
        #expect(!trueSubjects.contains(wrong), "\(card.id): \(wrong) is also a subject")
        #expect(model.describes(wrong, under: relation.id), "\(card.id): \(wrong) is not described")
        for theirs in model.objects(of: wrong, under: relation.id) {
          #expect(
            !model.overlap(theirs, object), "\(card.id): \(wrong) has \(theirs), which overlaps")
        }
        for truth in trueSubjects {
          #expect(!model.overlap(truth, wrong), "\(card.id): \(wrong) overlaps \(truth)")
          #expect(
            model.normalizedTexts(truth).isDisjoint(with: model.normalizedTexts(wrong)),
            "\(card.id): \(wrong) shares a text with \(truth)")
        }
      }
    }
  }

  @Test(
    "a hand-written choice offers its answer once and three of its wrong options",
    arguments: DeckUnderTest.allCases)
  func handwrittenChoiceIsFaithful(_ deck: DeckUnderTest) throws {
    let model = try deck.load()
    let lexicon = Lexicon(deck: model)
    let cards = try deck.cards().filter { $0.kind == .choice && model.handwritten(of: $0) != nil }
    #expect(!cards.isEmpty)
    for card in cards {
      guard let written = model.handwritten(of: card),
        case .choice(_, let answer, let wrongTexts) = written.content,
        case .choice(let options, let correct) = card.key
      else {
        Issue.record("\(card.id) is not a hand-written choice")
        continue
      }
      #expect(options[correct] == answer)
      let others = options.enumerated().filter { $0.offset != correct }.map(\.element)
      #expect(others.allSatisfy(wrongTexts.contains), "\(card.id)")
      let answerEntities = lexicon.entities(named: AnswerText.normalize(answer))
      for other in others {
        #expect(AnswerText.normalize(other) != AnswerText.normalize(answer), "\(card.id)")
        let otherEntities = lexicon.entities(named: AnswerText.normalize(other))
        #expect(otherEntities.isDisjoint(with: answerEntities), "\(card.id): \(other) is an alias")
        for wrong in lexicon.entities(named: AnswerText.normalize(other)) {
          for truth in answerEntities {
            #expect(!model.overlap(truth, wrong), "\(card.id): \(other) overlaps \(answer)")
          }
        }
      }
    }
  }

  @Test(
    "a select card marks exactly the options the model says are true",
    arguments: DeckUnderTest.allCases)
  func selectIsFair(_ deck: DeckUnderTest) throws {
    let model = try deck.load()
    let selects = try deck.cards().filter { $0.kind == .select }
    #expect(!selects.isEmpty)
    for card in selects {
      guard let fact = model.fact(of: card), let relation = model.relation(fact.relation),
        case .select(let options, let correct) = card.key
      else {
        Issue.record("\(card.id) does not name a fact")
        continue
      }
      #expect((4...6).contains(options.count), "\(card.id): \(options.count) options")
      #expect(correct.count >= 1 && correct.count < options.count, "\(card.id)")
      let trueObjects = model.objects(of: fact.subject, under: relation.id).union(fact.objects)
      for (index, option) in options.enumerated() {
        let ids = model.entities(named: option, inClasses: relation.objectClasses)
        let entity = try #require(ids.first, "\(card.id): \(option)")
        if correct.contains(index) {
          #expect(trueObjects.contains(entity), "\(card.id): \(option) is marked right")
        } else {
          #expect(!trueObjects.contains(entity), "\(card.id): \(option) is true but marked wrong")
          #expect(
            trueObjects.allSatisfy { !model.overlap($0, entity) }, "\(card.id): \(option) overlaps")
        }
      }
    }
  }

  @Test(
    "a fact's true statement names a true object and its false statement a provably false one",
    arguments: DeckUnderTest.allCases)
  func statementsAreTrueOrProvablyFalse(_ deck: DeckUnderTest) throws {
    let model = try deck.load()
    let statements = try deck.cards().filter { $0.kind == .truefalse && model.fact(of: $0) != nil }
    #expect(statements.contains { $0.key == .trueFalse(true) })
    #expect(statements.contains { $0.key == .trueFalse(false) })
    for card in statements {
      guard let fact = model.fact(of: card), let relation = model.relation(fact.relation),
        case .trueFalse(let truth) = card.key
      else { continue }
      let pool = model.entities(inClasses: relation.objectClasses)
      let subjectName = model.entity(fact.subject)?.name ?? ""
      let named = pool.filter { entity in
        entity.id != fact.subject
          && appears(entity.name, in: card.prompt.replacingOccurrences(of: subjectName, with: " "))
      }
      let object = try #require(
        named.max { $0.name.count < $1.name.count },
        "\(card.id): no object named in “\(card.prompt)”")
      let trueObjects = model.objects(of: fact.subject, under: relation.id).union(fact.objects)
      if truth {
        #expect(fact.objects.contains(object.id), "\(card.id): \(object.id)")
      } else {
        #expect(!trueObjects.contains(object.id), "\(card.id): \(object.id) is true")
        #expect(
          trueObjects.allSatisfy { !model.overlap($0, object.id) },
          "\(card.id): \(object.id) overlaps")
      }
    }
  }
}

@Suite("CardGenerator: the synthetic deck")
struct CardGeneratorTests {
  let deck: Deck
  let cards: [Card]

  init() throws {
    deck = try SyntheticDeck.load()
    cards = CardGenerator(deck: deck).generate()
  }

  private func card(_ id: String) throws -> Card {
    try #require(cards.first { $0.id.rawValue == id }, "no card \(id)")
  }

  @Test("a fact with several objects asks for one of them and accepts any")
  func forwardRecall() throws {
    let card = try card("ssc-sites.recall.forward")
    #expect(card.kind == .recall)
    #expect(
      card.prompt == "Where do calcium deposits typically form in systemic sclerosis? (name one)")
    #expect(card.answer == "the forearms, the elbows and the fingers")
    #expect(card.section == "Signs")
    #expect(card.tags == ["signs", "scleroderma"])
    #expect(card.siblingKey == "ssc-sites")
    #expect(
      card.explanation
        == "In systemic sclerosis the deposits favour the forearms, elbows and fingers.")
    let checker = try SyntheticDeck.checker()
    #expect(checker.grade("elbow", for: card).isCorrect)
    #expect(checker.grade("Fingers", for: card).isCorrect)
    #expect(checker.grade("the knees", for: card).otherEntity == "knees")
  }

  @Test("a qualifier is part of the question")
  func qualifiedPrompt() throws {
    let card = try card("ssc-treatment.recall.forward")
    #expect(card.prompt == "Which treatment is used for small deposits in systemic sclerosis?")
    #expect(card.answer == "diltiazem")
    #expect(card.acceptedTexts == ["diltiazem", "Cardizem"])
  }

  @Test("a reverse question names every subject that has the object")
  func reverseRecall() throws {
    let card = try card("lesion-site.fingers.recall.reverse")
    #expect(
      card.prompt
        == "In which diseases do calcium deposits typically form on the fingers? (name one)")
    #expect(card.answer == "systemic sclerosis and CREST syndrome")
    let checker = try SyntheticDeck.checker()
    #expect(checker.grade("CREST", for: card).isCorrect)
    #expect(checker.grade("SSc", for: card).isCorrect)
    #expect(checker.grade("gout", for: card).otherEntity == "gout")
  }

  @Test("a relation without a reverse question makes no reverse cards")
  func noReverseWording() {
    #expect(!cards.contains { $0.id.rawValue.hasPrefix("treated-by.") })
  }

  @Test(
    "a fact whose object class has fewer than three fair distractors yields no choice card",
    arguments: [
      "dm-imaging.choice.forward",  // imaging has three entities: two distractors at most
      "dm-sites.choice.forward",  // overlaps with 'around joints' leave two
      "imaged-by.x-ray.choice.reverse",  // no other subject is described under imaged-by
      "lesion-site.elbows.choice.reverse",  // dermatomyositis's 'around joints' overlaps the elbows
    ])
  func noUnfairChoice(_ id: String) throws {
    #expect(!cards.contains { $0.id.rawValue == id })
    #expect(
      cards.contains {
        $0.id.rawValue.hasPrefix(id.replacingOccurrences(of: "choice", with: "recall"))
      })
  }

  @Test("a choice question left out is reported with the distractors it had")
  func missingChoicesReported() throws {
    var report = GenerationReport()
    let generated = CardGenerator(deck: deck).generate(report: &report)
    #expect(generated == cards, "reporting does not change the cards")
    let imaging = try #require(
      report.missingChoices.first { $0.fact == "dm-imaging" && $0.direction == "forward" })
    #expect(imaging.distractors == 2)
    #expect(!imaging.onlyOverlaps)
    let sites = try #require(
      report.missingChoices.first { $0.fact == "dm-sites" && $0.direction == "forward" })
    #expect(sites.distractors == 2)
    #expect(report.missingChoices.contains { $0.direction == "reverse" && $0.object == "elbows" })
    #expect(report.leaks.isEmpty)
  }

  @Test(
    "a fact with enough fair distractors yields a choice card",
    arguments: [
      "ssc-sites.choice.forward", "crest-sites.choice.forward", "sle-sites.choice.forward",
      "gout-sites.choice.forward", "ssc-treatment.choice.forward", "dm-treatment.choice.forward",
      "lesion-site.forearms.choice.reverse", "lesion-site.face.choice.reverse",
      "lesion-site.knees.choice.reverse", "lesion-site.buttocks.choice.reverse",
    ])
  func fairChoice(_ id: String) throws {
    let card = try card(id)
    #expect(card.choices.count == 4)
  }

  @Test("the choice about CREST syndrome never offers an overlap of the fingers")
  func overlapsAreNotDistractors() throws {
    let card = try card("crest-sites.choice.forward")
    #expect(card.answer == "the fingers")
    #expect(!card.choices.contains("the areas around joints"))
  }

  @Test("quantities become number cards with their range")
  func numberCards() throws {
    let card = try card("crest-rate.number")
    #expect(card.kind == .number)
    #expect(card.answer == "25–40%")
    #expect(card.key == .number(minimum: 25, maximum: 40))
    #expect(card.tags == ["epidemiology"])
    #expect(try self.card("product-threshold.number").key == .number(minimum: 70, maximum: 70))
  }

  @Test("an entity with a definition and a fact becomes a reverse card")
  func definitionCards() throws {
    let card = try card("diltiazem.reverse")
    #expect(card.kind == .reverse)
    #expect(card.prompt == "Which treatment is a calcium-channel blocker?")
    #expect(card.answer == "diltiazem")
    #expect(card.acceptedTexts == ["diltiazem", "Cardizem"])
    #expect(card.section == "Treatment", "from the first fact that mentions it")
    #expect(
      card.explanation == "Diltiazem is a calcium-channel blocker.", "a sentence, capitalised")
    #expect(
      try self.card("systemic-sclerosis.reverse").prompt == "Which disease hardens the skin?",
      "the definition's “a disease that” is not said twice")
  }

  @Test("hand-written cards keep their kind, wording and answers")
  func handwrittenCards() throws {
    let recall = try card("definition.recall")
    #expect(recall.prompt == "Calcium salts deposited in the skin define which condition?")
    #expect(recall.acceptedTexts == ["calcinosis cutis", "calcinosis"])
    let cloze = try card("definition-cloze.cloze")
    #expect(cloze.kind == .cloze)
    #expect(cloze.prompt == "Calcinosis cutis is the deposition of _____ in the skin.")
    #expect(cloze.answer == "calcium salts")
    #expect(cloze.acceptedTexts == ["calcium salts", "calcium"])
    let choice = try card("most-used-drug.choice")
    #expect(choice.answer == "diltiazem")
    #expect(choice.choices.count == 4)
    #expect(choice.choices.contains("diltiazem"))
    #expect(try self.card("lumps-change.truefalse").key == .trueFalse(true))
    #expect(try self.card("always-slow.truefalse").key == .trueFalse(false))
    let list = try card("kidney-markers.list")
    #expect(list.answer == "creatinine and urea")
    #expect(list.key == .list(items: [["creatinine"], ["urea"]]))
    #expect(list.tags == ["diagnosis"])
  }

  @Test("a hand-written card whose prompt gives its answer away is left out")
  func leakingCardDropped() throws {
    let yaml = SyntheticDeck.yaml.replacingOccurrences(
      of: "prompt: Calcium salts deposited in the skin define which condition?",
      with: "prompt: Which condition is calcinosis cutis?")
    let cards = try SyntheticDeck.cards(yaml)
    #expect(!cards.contains { $0.id.rawValue == "definition.recall" })
    #expect(cards.contains { $0.id.rawValue == "definition-cloze.cloze" })
  }

  @Test("a qualified fact never offers another object of its subject as a distractor")
  func qualifiedFactDistractors() throws {
    // Four treatments: for the small-deposit question, colchicine, warfarin and probenecid are the only
    // candidates, and colchicine is true of systemic sclerosis (for large deposits).
    let yaml = """
      deck:
        title: Qualified
        version: 1
        source:
          title: A source
          sections: [Treatment]
      classes:
        disease:
          name: disease
        treatment:
          name: treatment
      entities:
        ssc:
          class: disease
          name: systemic sclerosis
        diltiazem:
          class: treatment
          name: diltiazem
        colchicine:
          class: treatment
          name: colchicine
        warfarin:
          class: treatment
          name: warfarin
        probenecid:
          class: treatment
          name: probenecid
      relations:
        treated-by:
          subject: disease
          object: treatment
          ask: Which treatment is used {qualifier} in {subject}?
          statement: In {subject}, {object} is used {qualifier}.
      facts:
        - id: small
          subject: ssc
          relation: treated-by
          object: diltiazem
          qualifier: for small deposits
          section: Treatment
          explanation: Diltiazem for small deposits.
        - id: large
          subject: ssc
          relation: treated-by
          object: colchicine
          qualifier: for large deposits
          section: Treatment
          explanation: Colchicine for large deposits.
      """
    let deck = try DeckLoader.load(yaml: yaml, file: "qualified.yaml", deckID: "qualified")
    let cards = CardGenerator(deck: deck).generate()
    let small = cards.filter { $0.id.rawValue.hasPrefix("small.") }
    #expect(!small.isEmpty)
    for card in small {
      #expect(!card.choices.contains("colchicine"), "\(card.id): \(card.choices)")
      if card.key == .trueFalse(false) {
        #expect(
          !card.prompt.contains("colchicine"), "\(card.id): “\(card.prompt)” is not provably false")
      }
    }
  }
}
