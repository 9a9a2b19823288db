import Knowledge

extension CardGenerator {
  /// Every unit of knowledge of the deck, with its presentations (the cards `generate()` makes), in the
  /// order new units are introduced (see `KnowledgeUnit.studyOrder`).
  public func units() -> [KnowledgeUnit] {
    var report = GenerationReport()
    let (cards, cases) = generateWithCases(report: &report)
    return KnowledgeUnit.studyOrder(
      KnowledgeUnit.group(cards, deck: deck), deck: deck, cases: cases)
  }
}

extension KnowledgeUnit {
  /// The cards grouped by unit, in the order of each unit's first card; the ladder of a fact's units in the
  /// order of the kinds the deck states for the fact, if it does.
  static func group(_ cards: [Card], deck: Deck) -> [KnowledgeUnit] {
    var order: [UnitID] = []
    var byUnit: [UnitID: [Card]] = [:]
    for card in cards {
      if byUnit[card.unit] == nil { order.append(card.unit) }
      byUnit[card.unit, default: []].append(card)
    }
    let facts = Set(deck.facts.map(\.id))
    let quantities = Set(deck.quantities.map(\.id))
    var kindsByFact: [String: [CardKind]] = [:]
    if deck.statesKinds {
      for fact in deck.facts where kindsByFact[fact.id] == nil {
        kindsByFact[fact.id] = deck.kinds(for: fact)?.kinds.map(CardKind.init)
      }
    }
    return order.map { id in
      let presentations = byUnit[id] ?? []
      let raw = id.rawValue
      // A case is a unit of its own, as a hand-written card is, whatever its id looks like.
      let kind: Kind =
        if presentations.first?.kind == .clinicalCase {
          .handwritten
        } else if facts.contains(raw) {
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
      let siblingKey = presentations.first?.siblingKey ?? raw
      let isFact = kind == .forward || kind == .reverse
      return KnowledgeUnit(
        id: id, kind: kind, presentations: presentations, siblingKey: siblingKey,
        order: isFact ? kindsByFact[siblingKey] : nil)
    }
  }

  /// The units in the order a learner meets them: the deck's order (where each unit's fact, quantity or card
  /// stands in the file), except that a unit comes after what it needs:
  /// - what its fact, quantity or card `requires:` (every unit of a required fact, a quantity's or card's unit,
  ///   an entity's definition), in the order listed;
  /// - the definitions of the entities its fact names, so a fact is never asked before the terms it uses are
  ///   taught.
  /// - for a case (`cases`, by unit): the facts it draws on and what its case or template `requires:`, so
  ///   that it asks to apply what the learner has met.
  /// Each unit comes as late as that allows and no later: nothing moves that needs not move.
  static func studyOrder(
    _ units: [KnowledgeUnit], deck: Deck, cases: [UnitID: [String]] = [:]
  ) -> [KnowledgeUnit] {
    func line(_ unit: KnowledgeUnit) -> Int { unit.ladder.first?.location?.line ?? Int.max }
    let definitions = Dictionary(
      units.filter { $0.kind == .definition }.map { ($0.siblingKey, $0) }
    ) { first, _ in first }
    let factsByID = Dictionary(deck.facts.map { ($0.id, $0) }) { first, _ in first }
    let others = units.enumerated().filter { $0.element.kind != .definition }
      .sorted { (line($0.element), $0.offset) < (line($1.element), $1.offset) }.map(\.element)
    let required = Requirements(deck: deck, units: others, cases: cases)
    // What must come just before `unit`, in order (placed first unless already placed).
    func before(_ unit: KnowledgeUnit) -> [KnowledgeUnit] {
      guard unit.kind != .definition else { return [] }
      var needed: [KnowledgeUnit] = []
      for id in required.ids(of: unit.siblingKey) + (cases[unit.id] ?? []) {
        if let items = required.unitsByItem[id] {
          needed += items
        } else if let definition = definitions[id] {
          needed.append(definition)
        }
      }
      // The entities the unit's fact names (its sibling key is the fact for forward and reverse units).
      if let fact = factsByID[unit.siblingKey] {
        for entity in [fact.subject] + fact.objects {
          if let definition = definitions[entity] { needed.append(definition) }
        }
      }
      return needed
    }
    var placed: Set<UnitID> = []
    var ordered: [KnowledgeUnit] = []
    ordered.reserveCapacity(units.count)
    // Depth first without recursion (a chain of requirements may be as long as the deck); a unit met again
    // while its own requirements are being placed (a cycle, which the loader refuses) is not waited for.
    func place(_ unit: KnowledgeUnit) {
      guard placed.insert(unit.id).inserted else { return }
      var stack: [(unit: KnowledgeUnit, needed: [KnowledgeUnit], next: Int)] = [
        (unit, before(unit), 0)
      ]
      while let top = stack.last {
        guard top.next < top.needed.count else {
          ordered.append(top.unit)
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let next = top.needed[top.next]
        if placed.insert(next.id).inserted { stack.append((next, before(next), 0)) }
      }
    }
    for unit in others { place(unit) }
    for unit in units where unit.kind == .definition { place(unit) }
    return ordered
  }

  /// The deck's `requires:`, by the id of the fact, quantity or card that states them, and the units of each
  /// such item.
  struct Requirements {
    private let idsByItem: [String: [String]]
    /// The units of each fact (forward, and the reverse units it makes), quantity and card, in study order.
    let unitsByItem: [String: [KnowledgeUnit]]

    init(deck: Deck, units: [KnowledgeUnit], cases: [UnitID: [String]] = [:]) {
      var idsByItem: [String: [String]] = [:]
      for fact in deck.facts where !fact.requires.isEmpty { idsByItem[fact.id] = fact.requires }
      for quantity in deck.quantities where !quantity.requires.isEmpty {
        idsByItem[quantity.id] = quantity.requires
      }
      for card in deck.cards where !card.requires.isEmpty { idsByItem[card.id] = card.requires }
      self.idsByItem = idsByItem
      var unitsByItem: [String: [KnowledgeUnit]] = [:]
      if !idsByItem.isEmpty || !cases.isEmpty {
        // Only what is required is looked up: a required id names a fact, quantity, card or case when
        // one has it (their units carry it as sibling key), else an entity (its definition).
        let wanted = Set(idsByItem.values.joined()).union(cases.values.joined())
        for unit in units where wanted.contains(unit.siblingKey) {
          unitsByItem[unit.siblingKey, default: []].append(unit)
        }
      }
      self.unitsByItem = unitsByItem
    }

    /// The ids the item `key` requires, in the order listed.
    func ids(of key: String) -> [String] { idsByItem[key] ?? [] }
  }
}
