import Knowledge

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
  /// Every accepted text of every entity, normalised.
  let normalizedTexts: [String: Set<String>]

  /// Creates a generator for `deck`.
  public init(deck: Deck, seed: UInt64 = 0) {
    self.deck = deck
    self.seed = seed
    lexicon = Lexicon(deck: deck)
    var byClass: [String: [String]] = [:]
    var texts: [String: Set<String>] = [:]
    for entity in deck.entities {
      byClass[entity.classID, default: []].append(entity.id)
      texts[entity.id] = Set(entity.acceptedTexts.map(AnswerText.normalize))
    }
    entitiesByClass = byClass
    normalizedTexts = texts
  }

  /// Every card of the deck.
  public func generate() -> [Card] {
    var report = GenerationReport()
    return generate(report: &report)
  }

  /// Every card of the deck, noting in `report` the questions that could not be made fairly: facts first
  /// (forward, then reverse questions), then quantities, definitions and hand-written cards.
  public func generate(report: inout GenerationReport) -> [Card] {
    var cards: [Card] = []
    var reverseDone: Set<String> = []
    for fact in deck.facts {
      guard let relation = deck.relation(fact.relation) else { continue }
      cards += forwardCards(fact, relation, report: &report)
      for object in fact.objects where reverseDone.insert(relation.id + "/" + object).inserted {
        cards += reverseCards(object, relation, firstFact: fact, report: &report)
      }
    }
    cards += deck.quantities.map(numberCard)
    cards += deck.entities.compactMap(definitionCard)
    cards += deck.cards.compactMap(handwrittenCard)
    return cards.filter { card in
      guard leaksAnswer(card) else { return true }
      report.leaks.append(card.id)
      return false
    }
  }

  /// Chooses content (which true answer, which distractors): fixed per card id, whatever the session.
  func contentRandom(for id: CardID) -> SeededGenerator {
    SeededGenerator(seed: 0, key: id.rawValue)
  }

  /// Orders options: varies with the session seed.
  func orderRandom(for id: CardID) -> SeededGenerator {
    SeededGenerator(seed: seed, key: "order/" + id.rawValue)
  }

  func name(_ id: String) -> String { deck.entity(id)?.name ?? id }

  func accepted(_ ids: [String]) -> [String] {
    ids.flatMap { deck.entity($0)?.acceptedTexts ?? [] }
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
      return normalized.count > 2 && prompt.contains(" " + normalized + " ")
    }
  }
}
