import Knowledge

/// The checks `recall deck lint` runs on a deck that loads: questions that cannot be asked fairly, answers a
/// learner must type without aliases, ambiguous prompts.
public enum DeckLinter {
  /// Every warning and error about the cards `deck` produces, in file order.
  public static func lint(_ deck: Deck) -> [DeckDiagnostic] {
    var report = GenerationReport()
    let generator = CardGenerator(deck: deck)
    let cards = generator.generate(report: &report)
    var diagnostics: [DeckDiagnostic] = []
    let factsByID = Dictionary(deck.facts.map { ($0.id, $0) }) { first, _ in first }

    for missing in Set(report.missingChoices).sorted(by: {
      ($0.fact, $0.object) < ($1.fact, $1.object)
    }) {
      guard let fact = factsByID[missing.fact], let relation = deck.relation(fact.relation) else {
        continue
      }
      let classes =
        (missing.direction == "forward" ? relation.objectClasses : relation.subjectClasses)
        .compactMap { deck.entityClass($0)?.plural }.joined(separator: " or ")
      let message =
        missing.onlyOverlaps
        ? "fact '\(fact.id)': no single-best-answer question — every other one of the \(classes) "
          + "overlaps a true answer, so none can be a distractor"
        : "fact '\(fact.id)': no single-best-answer question "
          + (missing.direction == "forward" ? "" : "asking back from '\(missing.object)' ")
          + "— only \(missing.distractors) of the \(classes) are provably wrong; it needs 3"
      diagnostics.append(DeckDiagnostic(.warning, at: fact.location, message))
    }

    for dropped in report.leaks {
      if let location = dropped.location {
        diagnostics.append(
          DeckDiagnostic(
            .warning, at: location, "card \(dropped.id) left out: its question contains the answer")
        )
      }
    }

    let produced = Set(cards.map(\.siblingKey))
    for fact in deck.facts where !produced.contains(fact.id) {
      diagnostics.append(
        DeckDiagnostic(.warning, at: fact.location, "fact '\(fact.id)' gives no card"))
    }

    diagnostics += typedWithoutAliases(deck, cards)
    diagnostics += ambiguousPrompts(cards)
    diagnostics += sharedAliases(deck)
    return diagnostics.sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
  }

  /// Multi-word entities a learner must type that have no alias (an abbreviation or short form).
  static func typedWithoutAliases(_ deck: Deck, _ cards: [Card]) -> [DeckDiagnostic] {
    var typed: Set<String> = []
    for card in cards {
      if case .typed(_, let entities) = card.key { typed.formUnion(entities) }
    }
    return deck.entities.filter { entity in
      typed.contains(entity.id) && entity.aliases.isEmpty
        && entity.name.split(whereSeparator: \.isWhitespace).count >= 3
    }.map { entity in
      DeckDiagnostic(
        .warning, at: entity.location,
        "entity '\(entity.id)' (“\(entity.name)”) must be typed but has no aliases; "
          + "add the short forms learners will type")
    }
  }

  /// Two cards asking the same thing with different answers: a learner cannot know which is meant.
  static func ambiguousPrompts(_ cards: [Card]) -> [DeckDiagnostic] {
    var first: [String: Card] = [:]
    var diagnostics: [DeckDiagnostic] = []
    for card in cards {
      // Compared as written (only case and spacing ignored): a qualifier in brackets makes a different question.
      let key =
        card.kind.rawValue + "|"
        + card.prompt.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard let earlier = first[key] else {
        first[key] = card
        continue
      }
      if AnswerText.normalize(earlier.answer) != AnswerText.normalize(card.answer),
        let location = card.location
      {
        let line = earlier.location.map { " (line \($0.line))" } ?? ""
        diagnostics.append(
          DeckDiagnostic(
            .error, at: location,
            "card \(card.id) asks the same as \(earlier.id)\(line) but expects “\(card.answer)”, "
              + "not “\(earlier.answer)”"))
      }
    }
    return diagnostics
  }

  /// An alias (or name) shared by two entities: typing it would count as right for both.
  static func sharedAliases(_ deck: Deck) -> [DeckDiagnostic] {
    var owner: [String: String] = [:]
    var diagnostics: [DeckDiagnostic] = []
    for entity in deck.entities {
      for text in Set(entity.acceptedTexts.map(AnswerText.normalize)) {
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
