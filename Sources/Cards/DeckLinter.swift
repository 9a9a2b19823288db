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
    // Shared aliases need no cards: found on another thread meanwhile.
    let shared = Mutex<[DeckDiagnostic]>([])
    let sharedDone = DispatchGroup()
    DispatchQueue.global().async(group: sharedDone) {
      let found = sharedAliases(deck)
      shared.withLock { $0 = found }
    }
    let generator = CardGenerator(deck: deck, forLint: true, namesEntities: !candidates.isEmpty)
    var cards = generator.generate(report: &report)
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

    // The cards of one fact come together: a key is only added when it changes.
    var produced: Set<String> = []
    var previous: String?
    for card in cards where card.siblingKey != previous {
      produced.insert(card.siblingKey)
      previous = card.siblingKey
    }
    for fact in deck.facts where !produced.contains(fact.id) {
      diagnostics.append(
        DeckDiagnostic(.warning, at: fact.location, "fact '\(fact.id)' gives no card"))
    }

    diagnostics += typedWithoutAliases(deck, cards, candidates: candidates)
    ambiguousPrompts(cards, into: &diagnostics)
    release(&cards)
    sharedDone.wait()
    diagnostics += shared.withLock { $0 }
    diagnostics.sort {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
    return diagnostics
  }

  /// Empties `cards` on both cores: a big deck's cards hold a million strings to release. Each card is
  /// replaced by one made of literals, which holds nothing.
  static func release(_ cards: inout [Card]) {
    guard cards.count >= 20_000 else { return }
    let empty = Card(
      id: CardID(rawValue: ""), kind: .truefalse, prompt: "", answer: "", key: .trueFalse(false),
      explanation: "", section: "", tags: [], siblingKey: "")
    cards.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let buffer = buffer
      let middle = buffer.count / 2
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        for index in half == 0 ? 0..<middle : middle..<buffer.count { buffer[index] = empty }
      }
    }
  }

  /// Multi-word entities a learner must type that have no alias (an abbreviation or short form).
  static func typedWithoutAliases(
    _ deck: Deck, _ cards: [Card], candidates: Set<String>? = nil
  ) -> [DeckDiagnostic] {
    // Only entities with no alias and a name of three words or more can be reported: look for those in the
    // typed keys, rather than collecting every entity every typed key names.
    let candidates = candidates ?? entitiesToTypeWithoutAliases(deck)
    var typed: Set<String> = []
    if !candidates.isEmpty {
      for card in cards {
        guard case .typed(_, let entities) = card.key else { continue }
        if candidates.count - typed.count < entities.count {
          for id in candidates where !typed.contains(id) && entities.contains(id) {
            typed.insert(id)
          }
        } else {
          for id in entities where candidates.contains(id) { typed.insert(id) }
        }
        if typed.count == candidates.count { break }
      }
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

  /// The ids of entities with no alias and a name of three words or more.
  static func entitiesToTypeWithoutAliases(_ deck: Deck) -> Set<String> {
    Set(
      deck.entities.lazy.filter {
        $0.aliases.isEmpty && $0.name.split(whereSeparator: \.isWhitespace).count >= 3
      }.map(\.id))
  }

  /// The diagnostics of `parts` in order, moved rather than copied (a copy retains each diagnostic's texts,
  /// and dropping the parts releases them again); each slot moved from is refilled with a diagnostic made
  /// of literals, which holds nothing to release.
  static func joining(_ parts: inout [[DeckDiagnostic]]) -> [DeckDiagnostic] {
    let total = parts.reduce(0) { $0 + $1.count }
    let empty = DeckDiagnostic(.warning, at: SourceLocation(file: "", line: 0, column: 0), "")
    return [DeckDiagnostic](unsafeUninitializedCapacity: total) { buffer, initialized in
      guard var next = buffer.baseAddress else { return }
      for index in parts.indices {
        parts[index].withUnsafeMutableBufferPointer { source in
          guard let first = source.baseAddress else { return }
          next.moveInitialize(from: first, count: source.count)
          first.initialize(repeating: empty, count: source.count)
          next += source.count
          initialized += source.count
        }
      }
    }
  }

  /// `transform` of `0..<count` in order: in runs on every core when `count` reaches `minimum`.
  static func inRuns<Element: Sendable>(
    _ count: Int, minimum: Int, _ transform: @Sendable (Range<Int>) -> [Element]
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
    var joined: [Element] = []
    joined.reserveCapacity(count)
    for index in parts.indices {
      joined += parts[index]
      parts[index] = []
    }
    return joined
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
