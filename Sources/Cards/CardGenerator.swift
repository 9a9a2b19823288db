import Knowledge

/// Turns a deck's knowledge model into cards.
///
/// Deterministic: the same deck and seed always give the same cards, options in the same order. Card ids come
/// from ids in the deck (fact, relation, entity, quantity, card), the kind and the direction, never from wording
/// or position. The fairness rules it keeps are listed in `docs/card-generation.md`.
public struct CardGenerator: Sendable {
  /// The deck cards are made from.
  public let deck: Deck
  /// Seeds option order and the choice of distractors.
  public let seed: UInt64
  let lexicon: Lexicon

  /// Creates a generator for `deck`.
  public init(deck: Deck, seed: UInt64 = 0) {
    self.deck = deck
    self.seed = seed
    lexicon = Lexicon(deck: deck)
  }

  /// Every card of the deck: facts first (forward, then reverse questions), then quantities, definitions and
  /// hand-written cards.
  public func generate() -> [Card] {
    var cards: [Card] = []
    var reverseDone: Set<String> = []
    for fact in deck.facts {
      guard let relation = deck.relation(fact.relation) else { continue }
      cards += forwardCards(fact, relation)
      for object in fact.objects where reverseDone.insert(relation.id + "/" + object).inserted {
        cards += reverseCards(object, relation, firstFact: fact)
      }
    }
    cards += deck.quantities.map(numberCard)
    cards += deck.entities.compactMap(definitionCard)
    cards += deck.cards.compactMap(handwrittenCard)
    return cards.filter { !leaksAnswer($0) }
  }

  func random(for id: CardID) -> SeededGenerator {
    SeededGenerator(seed: seed, key: id.rawValue)
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
      default: []
      }
    return answers.contains { answer in
      let normalized = AnswerText.normalize(answer)
      return normalized.count > 2 && prompt.contains(" " + normalized + " ")
    }
  }
}
