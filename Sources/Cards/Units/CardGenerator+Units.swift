import Knowledge

extension CardGenerator {
  /// Every unit of knowledge of the deck, with its presentations (the cards `generate()` makes), in the
  /// order new units are introduced (see `KnowledgeUnit.studyOrder`).
  public func units() -> [KnowledgeUnit] {
    KnowledgeUnit.studyOrder(KnowledgeUnit.group(generate(), deck: deck), deck: deck)
  }
}

extension KnowledgeUnit {
  /// The cards grouped by unit, in the order of each unit's first card.
  static func group(_ cards: [Card], deck: Deck) -> [KnowledgeUnit] {
    var order: [UnitID] = []
    var byUnit: [UnitID: [Card]] = [:]
    for card in cards {
      if byUnit[card.unit] == nil { order.append(card.unit) }
      byUnit[card.unit, default: []].append(card)
    }
    let facts = Set(deck.facts.map(\.id))
    let quantities = Set(deck.quantities.map(\.id))
    return order.map { id in
      let presentations = byUnit[id] ?? []
      let raw = id.rawValue
      let kind: Kind =
        if facts.contains(raw) {
          .forward
        } else if quantities.contains(raw) {
          .quantity
        } else if raw.hasSuffix(".reverse") {
          .reverse
        } else if raw.hasSuffix(".definition") {
          .definition
        } else {
          .handwritten
        }
      return KnowledgeUnit(
        id: id, kind: kind, presentations: presentations,
        siblingKey: presentations.first?.siblingKey ?? raw)
    }
  }

  /// The units in the order a learner meets them: the deck's order (where each unit's fact, quantity or card
  /// stands in the file), except that an entity's definition comes just before the first unit that uses the
  /// entity, so a fact is never asked before the terms it uses are taught.
  static func studyOrder(_ units: [KnowledgeUnit], deck: Deck) -> [KnowledgeUnit] {
    func line(_ unit: KnowledgeUnit) -> Int { unit.ladder.first?.location?.line ?? Int.max }
    let definitions = Dictionary(
      units.filter { $0.kind == .definition }.map { ($0.siblingKey, $0) }
    ) { first, _ in first }
    let factsByID = Dictionary(deck.facts.map { ($0.id, $0) }) { first, _ in first }
    var placed: Set<UnitID> = []
    var ordered: [KnowledgeUnit] = []
    func place(_ unit: KnowledgeUnit) {
      guard placed.insert(unit.id).inserted else { return }
      ordered.append(unit)
    }
    let others = units.enumerated().filter { $0.element.kind != .definition }
      .sorted { (line($0.element), $0.offset) < (line($1.element), $1.offset) }.map(\.element)
    for unit in others {
      // The entities the unit's fact names (its sibling key is the fact for forward and reverse units).
      if let fact = factsByID[unit.siblingKey] {
        for entity in [fact.subject] + fact.objects {
          if let definition = definitions[entity] { place(definition) }
        }
      }
      place(unit)
    }
    for unit in units where unit.kind == .definition { place(unit) }
    return ordered
  }
}
