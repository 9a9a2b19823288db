import Knowledge

/// The deck's `kinds:`: which kinds of card a fact gives.
extension CardGenerator {
  /// Keeps, of the cards from `start` on (those of the fact at `factIndex`: its forward unit and the reverse
  /// units it makes), only those of `kinds`. A kind the fact cannot give is passed over; a unit left with no
  /// card at all goes into `report`, with the kinds it could have had, unless it is `askedElsewhere` (the
  /// forward unit of a fact whose questions another fact asks).
  func keep(
    _ kinds: [CardKind], of factIndex: Int, in cards: inout [Card], from start: Int,
    askedElsewhere: UnitID? = nil, report: inout GenerationReport
  ) {
    var units: [UnitID] = []
    var possible: [UnitID: [CardKind]] = [:]
    var kept: Set<UnitID> = []
    for card in cards[start...] {
      if possible[card.unit] == nil { units.append(card.unit) }
      if !possible[card.unit, default: []].contains(card.kind) {
        possible[card.unit, default: []].append(card.kind)
      }
      if kinds.contains(card.kind) { kept.insert(card.unit) }
    }
    for unit in units where !kept.contains(unit) && unit != askedElsewhere {
      report.unaskableUnits.append(
        .init(
          unit: unit, fact: model.facts[factIndex].id, possible: possible[unit] ?? [],
          location: model.facts[factIndex].location))
    }
    let allowed = cards[start...].filter { kinds.contains($0.kind) }
    cards.replaceSubrange(start..., with: allowed)
  }
}
