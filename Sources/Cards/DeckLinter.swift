import Dispatch
import Foundation
import Knowledge
import Synchronization

/// The checks `recall deck lint` runs on a deck that loads: questions that cannot be asked fairly, answers a
/// learner must type without aliases, ambiguous prompts.
public enum DeckLinter {
  /// Every warning and error about the cards `deck` produces, in file order.
  public static func lint(_ deck: Deck) -> [DeckDiagnostic] {
    var report = GenerationReport()
    // Cards without the accepted texts and options no check reads (nor the entities of typed keys, unless
    // some entity could be reported for them).
    let candidates = entitiesToTypeWithoutAliases(deck)
    // Shared aliases need no cards: found while the generator's model is built.
    let shared = Mutex<[DeckDiagnostic]>([])
    let generator = CardGenerator(
      deck: deck, forLint: true, namesEntities: !candidates.isEmpty,
      alongside: { shared.withLock { $0 = sharedAliases(deck) } })
    let cards = digest(generator, candidates: candidates, report: &report)
    var diagnostics: [DeckDiagnostic] = []

    if !report.missingChoices.isEmpty {
      var factIndexByID: [String: Int] = [:]
      for (index, fact) in deck.facts.enumerated() where factIndexByID[fact.id] == nil {
        factIndexByID[fact.id] = index
      }
      for missing in Set(report.missingChoices).sorted(by: {
        ($0.fact, $0.object) < ($1.fact, $1.object)
      }) {
        guard let factIndex = factIndexByID[missing.fact],
          let relation = deck.relation(deck.facts[factIndex].relation)
        else { continue }
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
            + "— only \(missing.distractors) of the \(classes) are provably wrong; it needs 3"
        diagnostics.append(DeckDiagnostic(.warning, at: fact.location, message))
      }
    }

    for dropped in report.leaks {
      if let location = dropped.location {
        diagnostics.append(
          DeckDiagnostic(
            .warning, at: location, "card \(dropped.id) left out: its question contains the answer")
        )
      }
    }

    diagnostics += factsWithoutCards(deck, cards)
    diagnostics += typedWithoutAliases(
      deck, typed: cards.typed)
    ambiguousPrompts(cards, into: &diagnostics)
    diagnostics += shared.withLock { $0 }
    diagnostics.sort {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
    return diagnostics
  }

  /// The digest of every card `generator` makes, each run of facts digested by the worker that made it
  /// (see `CardDigest`).
  static func digest(
    _ generator: CardGenerator, candidates: Set<String>, report: inout GenerationReport
  ) -> DigestedCards {
    var parts = generator.factRuns(report: &report) { workspace, facts, report in
      var digest = CardDigest(candidates: candidates)
      var cards: [Card] = []
      for factIndex in facts {
        generator.cards(forFact: factIndex, workspace: workspace, into: &cards, report: &report)
        if cards.isEmpty { digest.factsWithoutCards.append(factIndex) }
        // Read in place: a `for card in cards` loop copies each card (retaining its strings), about 2 %.
        cards.withUnsafeBufferPointer { made in
          for index in made.indices { digest.add(made[index]) }
        }
        cards.removeAll(keepingCapacity: true)
      }
      return digest
    }
    parts.append(CardDigest(generator.otherCards(report: &report), candidates: candidates))
    return DigestedCards(&parts)
  }

  /// A warning for each fact no card tests: no card has the fact's id as its sibling key (the cards of a
  /// fact have its id; other cards may have any key).
  static func factsWithoutCards(_ deck: Deck, _ cards: DigestedCards) -> [DeckDiagnostic] {
    let without = cards.factsWithoutCards
    guard !without.isEmpty else { return [] }
    // Another fact with the same id (a deck made in code) may have given cards.
    var produced = cards.otherSiblingKeys
    let withoutSet = Set(without)
    for (index, fact) in deck.facts.enumerated() where !withoutSet.contains(index) {
      produced.insert(fact.id)
    }
    return without.map { deck.facts[$0] }.filter { !produced.contains($0.id) }.map { fact in
      DeckDiagnostic(.warning, at: fact.location, "fact '\(fact.id)' gives no card")
    }
  }

  /// Multi-word entities a learner must type that have no alias (an abbreviation or short form).
  static func typedWithoutAliases(_ deck: Deck, _ cards: [Card]) -> [DeckDiagnostic] {
    typedWithoutAliases(
      deck,
      typed: CardDigest(cards, candidates: entitiesToTypeWithoutAliases(deck)).typed)
  }

  /// The diagnostics of the entities of `typed` (the entities to type without aliases that some typed key
  /// names), in deck order.
  static func typedWithoutAliases(_ deck: Deck, typed: Set<String>) -> [DeckDiagnostic] {
    deck.entities.filter { entity in
      typed.contains(entity.id) && entity.aliases.isEmpty
        && entity.name.split(whereSeparator: \.isWhitespace).count >= 3
    }.map { entity in
      DeckDiagnostic(
        .warning, at: entity.location,
        "entity '\(entity.id)' (“\(entity.name)”) must be typed but has no aliases; "
          + "add the short forms learners will type")
    }
  }

  /// The ids of entities with no alias and a name of three words or more.
  static func entitiesToTypeWithoutAliases(_ deck: Deck) -> Set<String> {
    Set(
      deck.entities.lazy.filter {
        $0.aliases.isEmpty && $0.name.split(whereSeparator: \.isWhitespace).count >= 3
      }.map(\.id))
  }

  /// `transform` of `0..<count` in order: in runs on every core when `count` reaches `minimum` (the runs'
  /// results moved into one array, their slots refilled with `filler`).
  static func inRuns<Element: Sendable>(
    _ count: Int, minimum: Int, filler: Element, _ transform: @Sendable (Range<Int>) -> [Element]
  ) -> [Element] {
    guard count >= minimum else { return transform(0..<count) }
    let runCount = 16
    let runLength = (count + runCount - 1) / runCount
    let found = Mutex<[Int: [Element]]>([:])
    DispatchQueue.concurrentPerform(iterations: runCount) { run in
      let part = transform(min(count, run * runLength)..<min(count, (run + 1) * runLength))
      found.withLock { $0[run] = part }
    }
    var parts = found.withLock { found in (0..<runCount).map { found.removeValue(forKey: $0) ?? [] }
    }
    return .joining(moving: &parts, filler: filler)
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
