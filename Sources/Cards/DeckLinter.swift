import Knowledge

/// The checks `recall deck lint` runs on a deck that loads: questions that cannot be asked fairly, answers a
/// learner must type without aliases, ambiguous prompts.
///
/// Lint reads what generation gives, the cards and the report of what it left out, as any other user of
/// `CardGenerator` does.
public enum DeckLinter {
  /// Every warning and error about the cards `deck` produces, in file order.
  public static func lint(_ deck: Deck) -> [DeckDiagnostic] {
    var report = GenerationReport()
    let cards = CardGenerator(deck: deck).generate(report: &report)
    var diagnostics = missingChoices(deck, report.missingChoices)
    diagnostics += leaks(report.leaks)
    diagnostics += unaskableUnits(deck, report.unaskableUnits)
    diagnostics += factsWithoutCards(
      deck, cards, besides: Set(report.unaskableUnits.map(\.fact)),
      sharedQuestions: report.sharedQuestions)
    diagnostics += typedWithoutAliases(deck, cards)
    diagnostics += ambiguousPrompts(cards)
    diagnostics += sharedAliases(deck)
    diagnostics += report.caseDiagnostics
    diagnostics += teacherNotesWithoutSource(deck)
    diagnostics.sort {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
    return diagnostics
  }

  /// A warning at each fact whose single-best-answer question was left out, once per fact, direction and
  /// object, ordered by fact id and object.
  static func missingChoices(
    _ deck: Deck, _ missingChoices: [GenerationReport.MissingChoice]
  ) -> [DeckDiagnostic] {
    guard !missingChoices.isEmpty else { return [] }
    var factIndexByID: [String: Int] = [:]
    for (index, fact) in deck.facts.enumerated() where factIndexByID[fact.id] == nil {
      factIndexByID[fact.id] = index
    }
    let missing = Set(missingChoices).sorted { ($0.fact, $0.object) < ($1.fact, $1.object) }
    return missing.compactMap { missing in
      guard let factIndex = factIndexByID[missing.fact],
        let relation = deck.relation(deck.facts[factIndex].relation)
      else { return nil }
      let fact = deck.facts[factIndex]
      let classes =
        (missing.direction == "forward" ? relation.objectClasses : relation.subjectClasses)
        .compactMap { deck.entityClass($0)?.plural }.joined(separator: " or ")
      let message =
        missing.onlyOverlaps
        ? "fact '\(fact.id)': no single-best-answer question — every other one of the \(classes) "
          + "overlaps a true answer, so none can be a distractor"
        : "fact '\(fact.id)': no single-best-answer question "
          + (missing.direction == "forward" ? "" : "asking back from '\(missing.object)' ")
          + "— only \(missing.distractors) of the \(classes) "
          + (missing.distractors == 1 ? "is" : "are") + " provably wrong; it needs 3"
      return DeckDiagnostic(.warning, at: fact.location, message)
    }
  }

  /// A warning for each card left out because its question contains its answer.
  static func leaks(_ leaks: [GenerationReport.DroppedCard]) -> [DeckDiagnostic] {
    leaks.compactMap { dropped in
      dropped.location.map {
        DeckDiagnostic(
          .warning, at: $0, "card \(dropped.id) left out: its question contains the answer")
      }
    }
  }

  /// An error for each unit of a fact that `kinds:` leaves without a presentation: it names the fact, the
  /// kinds stated and where, the kinds the unit could have, and for a reverse unit how to turn it off.
  static func unaskableUnits(
    _ deck: Deck, _ units: [GenerationReport.UnaskableUnit]
  ) -> [DeckDiagnostic] {
    guard !units.isEmpty else { return [] }
    var factByID: [String: Fact] = [:]
    for fact in deck.facts where factByID[fact.id] == nil { factByID[fact.id] = fact }
    return units.compactMap { unit in
      guard let fact = factByID[unit.fact], let stated = deck.kinds(for: fact) else { return nil }
      let allowed = stated.kinds.map(\.rawValue).joined(separator: ", ")
      let possible = unit.possible.sorted { Rung($0) < Rung($1) }.map(\.rawValue)
        .joined(separator: ", ")
      let isForward = unit.unit.rawValue == fact.id
      var message =
        "fact '\(fact.id)' cannot be asked"
        + (isForward ? "" : " back (unit \(unit.unit))")
        + ": none of the kinds of \(stated.scope) (\(allowed)) fits it; it can be asked"
        + (isForward ? "" : " back") + " as \(possible)"
      if !isForward { message += ", or set 'reverse: false' on relation '\(fact.relation)'" }
      return DeckDiagnostic(.error, at: unit.location, message)
    }
  }

  /// A warning for each fact no card tests: no card has the fact's id as its sibling key (the cards of a
  /// fact have its id; other cards may have any key), nor, for a fact in `sharedQuestions`, is the question
  /// of the fact that asks for it made (a card of that fact's own unit other than a statement). Facts in
  /// `besides` already have an error saying why.
  static func factsWithoutCards(
    _ deck: Deck, _ cards: [Card], besides: Set<String> = [],
    sharedQuestions: [GenerationReport.SharedQuestions] = []
  ) -> [DeckDiagnostic] {
    var produced = besides
    var asked: Set<String> = []
    // A fact's cards come one after another: its id is looked up once, not once per card.
    var previous: String?
    for index in cards.indices {
      let key = cards[index].siblingKey
      if key != previous {
        previous = key
        produced.insert(key)
      }
      if !sharedQuestions.isEmpty, cards[index].kind != .truefalse,
        cards[index].unit.rawValue == key
      {
        asked.insert(key)
      }
    }
    for shared in sharedQuestions where asked.contains(shared.askedBy) {
      produced.insert(shared.fact)
    }
    return deck.facts.filter { !produced.contains($0.id) }.map { fact in
      DeckDiagnostic(.warning, at: fact.location, "fact '\(fact.id)' gives no card")
    }
  }

  /// Multi-word entities a learner must type that have no alias (an abbreviation or short form).
  static func typedWithoutAliases(_ deck: Deck, _ cards: [Card]) -> [DeckDiagnostic] {
    let candidates = deck.entities.filter { entity in
      entity.aliases.isEmpty && entity.name.split(whereSeparator: \.isWhitespace).count >= 3
    }
    guard !candidates.isEmpty else { return [] }
    var typed: Set<String> = []
    for index in cards.indices {
      if case .typed(_, let entities) = cards[index].key { typed.formUnion(entities) }
    }
    return candidates.filter { typed.contains($0.id) }.map { entity in
      DeckDiagnostic(
        .warning, at: entity.location,
        "entity '\(entity.id)' (“\(entity.name)”) must be typed but has no aliases; "
          + "add the short forms learners will type")
    }
  }

  /// Two cards of one kind asking the same question with different answers: a learner cannot know which is
  /// meant. Questions are the same when their prompts differ only in case and spacing (a qualifier in
  /// brackets makes a different question); answers differ when their normal forms do. Each card is compared
  /// with the first card asking its question, and reported in card order.
  static func ambiguousPrompts(_ cards: [Card]) -> [DeckDiagnostic] {
    struct Question: Hashable {
      let kind: CardKind
      let prompt: String
    }
    var first: [Question: Int] = [:]
    // The answers of first cards in normal form, once a card is compared with them.
    var normalAnswers: [Int: String] = [:]
    var diagnostics: [DeckDiagnostic] = []
    for index in cards.indices {
      let question = Question(kind: cards[index].kind, prompt: comparable(cards[index].prompt))
      guard let earlier = first[question] else {
        first[question] = index
        continue
      }
      let (card, earlierCard) = (cards[index], cards[earlier])
      guard card.answer != earlierCard.answer, let location = card.location else { continue }
      let earlierNormal = normalAnswers[earlier] ?? AnswerText.normalize(earlierCard.answer)
      normalAnswers[earlier] = earlierNormal
      guard AnswerText.normalize(card.answer) != earlierNormal else { continue }
      let line = earlierCard.location.map { " (line \($0.line))" } ?? ""
      diagnostics.append(
        DeckDiagnostic(
          .error, at: location,
          "card \(card.id.rawValue) asks the same as \(earlierCard.id.rawValue)\(line) but expects "
            + "“\(card.answer)”, not “\(earlierCard.answer)”"))
    }
    return diagnostics
  }

  /// `prompt` in lower case, with runs of white space as one space and none at the ends: two prompts ask
  /// the same question when these are equal.
  static func comparable(_ prompt: String) -> String {
    // Nearly every prompt is ASCII, where each byte is a character ("\r\n" is white space either way) and
    // only A-Z change case, so it is made comparable byte by byte: character by character, each with a
    // property lookup, this step alone would cost more than the rest of the check on a big deck.
    var prompt = prompt
    prompt.makeContiguousUTF8()
    let ascii = prompt.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        var count = 0
        var pendingSpace = false
        for byte in bytes {
          if byte == 32 || (9...13).contains(byte) {
            pendingSpace = count > 0
            continue
          }
          if pendingSpace {
            out[count] = 32
            count += 1
            pendingSpace = false
          }
          out[count] = (65...90).contains(byte) ? byte + 32 : byte
          count += 1
        }
        return count
      }
    }
    if let ascii, let ascii { return ascii }
    return prompt.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// An alias (or name) shared by two entities: typing it would count as right for both.
  static func sharedAliases(_ deck: Deck) -> [DeckDiagnostic] {
    var owner: [String: String] = [:]
    var diagnostics: [DeckDiagnostic] = []
    for entity in deck.entities {
      // Each distinct text once, in the order the entity gives them.
      var texts: [String] = []
      for text in entity.acceptedTexts.map(AnswerText.normalize) where !texts.contains(text) {
        texts.append(text)
      }
      for text in texts {
        if let other = owner[text], other != entity.id {
          diagnostics.append(
            DeckDiagnostic(
              .warning, at: entity.location,
              "“\(text)” names both '\(other)' and '\(entity.id)'; give each entity its own texts"))
        } else {
          owner[text] = entity.id
        }
      }
    }
    return diagnostics
  }
}
