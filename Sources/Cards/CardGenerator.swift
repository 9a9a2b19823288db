import Dispatch
import Foundation
import Knowledge
import Synchronization

/// Turns a deck's knowledge model into cards.
///
/// Deterministic: a card's content (which true answer, which distractors, which statement) depends only on the
/// deck and the card id; the session seed only shuffles the options. Card ids come from ids in the deck (fact,
/// relation, entity, quantity, card), the kind and the direction, never from wording or position. The fairness
/// rules it keeps are listed in `docs/card-generation.md`.
public struct CardGenerator: Sendable {
  /// The deck cards are made from.
  public let deck: Deck
  /// Shuffles the options of choice and select cards.
  public let seed: UInt64
  let lexicon: Lexicon
  /// Entity ids per class, in file order.
  let entitiesByClass: [String: [String]]
  /// What the generator needs of each entity, computed once.
  let info: [String: EntityInfo]

  /// An entity's name, accepted texts (normalised too) and whether it can fairly be typed.
  struct EntityInfo: Sendable {
    let name: String
    let accepted: [String]
    let normalized: Set<String>
    /// Some accepted text of at most four words: long descriptive answers are asked as choices only.
    let isTypeable: Bool
  }

  /// Creates a generator for `deck`.
  public init(deck: Deck, seed: UInt64 = 0) {
    self.deck = deck
    self.seed = seed
    lexicon = Lexicon(deck: deck)
    var byClass: [String: [String]] = [:]
    var info: [String: EntityInfo] = [:]
    for entity in deck.entities {
      byClass[entity.classID, default: []].append(entity.id)
      let accepted = entity.acceptedTexts
      info[entity.id] = EntityInfo(
        name: entity.name, accepted: accepted, normalized: Set(accepted.map(AnswerText.normalize)),
        isTypeable: accepted.contains { text in
          text.count <= 40 && text.split(whereSeparator: \.isWhitespace).count <= 4
        })
    }
    entitiesByClass = byClass
    self.info = info
  }

  /// Every card of the deck.
  public func generate() -> [Card] {
    var report = GenerationReport()
    return generate(report: &report)
  }

  /// Every card of the deck, noting in `report` the questions that could not be made fairly: facts first
  /// (forward, then reverse questions), then quantities, definitions and hand-written cards.
  ///
  /// Facts are independent of each other, so they are split across the processor's cores; the result does
  /// not depend on how.
  public func generate(report: inout GenerationReport) -> [Card] {
    let facts = deck.facts
    let chunkCount = facts.count < 2_000 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
    let chunkSize = (facts.count + chunkCount - 1) / max(chunkCount, 1)
    let results = Mutex<[Int: ([Card], GenerationReport)]>([:])
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      var cards: [Card] = []
      var local = GenerationReport()
      let end = min(facts.count, (chunk + 1) * chunkSize)
      for fact in facts[min(end, chunk * chunkSize)..<end] {
        cards += self.cards(for: fact, report: &local)
      }
      results.withLock { $0[chunk] = (cards, local) }
    }
    var cards: [Card] = []
    results.withLock { parts in
      for chunk in 0..<chunkCount {
        guard let (part, local) = parts[chunk] else { continue }
        cards += part
        report.missingChoices += local.missingChoices
        report.leaks += local.leaks
      }
    }
    cards += deck.quantities.map(numberCard)
    var others = deck.entities.compactMap(definitionCard) + deck.cards.compactMap(handwrittenCard)
    others.removeAll { card in
      guard leaksAnswer(card) else { return false }
      report.leaks.append(.init(id: card.id, location: card.location))
      return true
    }
    return cards + others
  }

  /// The cards of one fact: its forward questions, and the reverse questions of each object it is the first
  /// fact to mention under its relation.
  func cards(for fact: Fact, report: inout GenerationReport) -> [Card] {
    guard let relation = deck.relation(fact.relation) else { return [] }
    var cards = forwardCards(fact, relation, report: &report)
    for object in fact.objects
    where deck.firstFactID(about: object, under: relation.id) == fact.id {
      cards += reverseCards(object, relation, firstFact: fact, report: &report)
    }
    return cards
  }

  /// Chooses content (which true answer, which distractors): fixed per card id, whatever the session.
  func contentRandom(for id: CardID) -> SeededGenerator {
    SeededGenerator(seed: 0, key: id.rawValue)
  }

  /// Orders options: varies with the session seed.
  func orderRandom(for id: CardID) -> SeededGenerator {
    SeededGenerator(seed: seed, key: "order/" + id.rawValue)
  }

  func name(_ id: String) -> String { info[id]?.name ?? id }

  func accepted(_ ids: [String]) -> [String] {
    ids.flatMap { info[$0]?.accepted ?? [] }
  }

  func isTypeable(_ id: String) -> Bool { info[id]?.isTypeable ?? false }

  /// Whether `prompt` contains, as whole words, a text of one of the entities `answers`.
  func leaks(_ prompt: String, answers: some Sequence<String>) -> Bool {
    let normalized = " " + AnswerText.normalize(prompt) + " "
    return answers.contains { id in
      (info[id]?.normalized ?? []).contains { text in
        text.utf8.count > 2 && AnswerText.occurs(" " + text + " ", in: normalized)
      }
    }
  }

  /// Whether the prompt gives the answer away: an accepted text appears in it as whole words.
  func leaksAnswer(_ card: Card) -> Bool {
    let prompt = " " + AnswerText.normalize(card.prompt) + " "
    let answers: [String] =
      switch card.key {
      case .typed(let accepted, _): accepted
      case .choice(let options, let correct): [options[correct]]
      case .list(let items): items.compactMap(\.first)
      case .select, .trueFalse, .number: []
      }
    return answers.contains { answer in
      let normalized = AnswerText.normalize(answer)
      return normalized.utf8.count > 2 && AnswerText.occurs(" " + normalized + " ", in: prompt)
    }
  }
}
