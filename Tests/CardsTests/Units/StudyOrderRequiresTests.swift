import Knowledge
import TestSupport
import Testing

@testable import Cards

/// The order new units come in when a deck states `requires:`: deck order, definitions before the facts that
/// use them, and every unit after what it requires.
@Suite("Units: study order with requires")
struct StudyOrderRequiresTests {
  static func order(_ yaml: String = PlanetsDeckText.yaml) throws -> [String] {
    let deck = try DeckLoader.load(yaml: yaml, file: PlanetsDeckText.file, deckID: "planets")
    return CardGenerator(deck: deck).units().map(\.id.rawValue)
  }

  /// The planets deck with `requires` added to the planet-type fact `id` (after its relation).
  static func requiring(_ requires: String, fact id: String) -> String {
    let subject = id.prefix { $0 != "-" }
    let original = "  - id: \(id)\n    subject: \(subject)\n    relation: planet-type\n"
    return PlanetsDeckText.yaml.replacingOccurrences(
      of: original, with: original + "    requires: \(requires)\n")
  }

  /// The units of the planets deck in file order, definitions before the first fact that names them.
  static let typesInDeckOrder = [
    "rocky.definition", "mercury-type", "planet-type.rocky.reverse", "earth-type", "mars-type",
    "gas-giant.definition", "jupiter-type", "planet-type.gas-giant.reverse", "ice-giant.definition",
    "uranus-type", "planet-type.ice-giant.reverse", "neptune-type",
  ]

  @Test("a fact comes after the later fact it requires; everything else keeps its place")
  func requiredFactFirst() throws {
    #expect(
      try Self.order()
        == Self.typesInDeckOrder + [
          "earth-moon", "mars-moons", "jupiter-moons", "titan-planet", "planet-count",
          "dwarf-planets",
        ])
    // Without the requirement, the file's order.
    let plain = PlanetsDeckText.yaml.replacingOccurrences(
      of: "    requires: [earth-moon]\n", with: "")
    #expect(
      try Self.order(plain)
        == Self.typesInDeckOrder + [
          "mars-moons", "jupiter-moons", "earth-moon", "titan-planet", "planet-count",
          "dwarf-planets",
        ])
  }

  @Test("a required fact comes with its reverse units and the definitions it uses, before the unit")
  func requiredFactWithItsUnits() throws {
    #expect(
      try Self.order(Self.requiring("uranus-type", fact: "mercury-type")).prefix(8) == [
        "ice-giant.definition", "uranus-type", "planet-type.ice-giant.reverse", "rocky.definition",
        "mercury-type", "planet-type.rocky.reverse", "earth-type", "mars-type",
      ])
  }

  @Test("requirements are followed through: what a required item requires comes first")
  func chains() throws {
    #expect(
      try Self.order(Self.requiring("[mars-moons]", fact: "earth-type")).prefix(6) == [
        "rocky.definition", "mercury-type", "planet-type.rocky.reverse", "earth-moon", "mars-moons",
        "earth-type",
      ])
  }

  @Test("a required quantity comes first, with the definition it requires")
  func quantity() throws {
    #expect(
      try Self.order(Self.requiring("[planet-count]", fact: "mercury-type")).prefix(9) == [
        "gas-giant.definition", "planet-count", "rocky.definition", "mercury-type",
        "planet-type.rocky.reverse", "earth-type", "mars-type", "jupiter-type",
        "planet-type.gas-giant.reverse",
      ])
  }

  @Test("a required entity is its definition, brought forward; a required card is its one unit")
  func definitionAndCard() throws {
    #expect(
      try Self.order(Self.requiring("[ice-giant, dwarf-planets]", fact: "earth-type")).prefix(7)
        == [
          "rocky.definition", "mercury-type", "planet-type.rocky.reverse", "ice-giant.definition",
          "dwarf-planets", "earth-type", "mars-type",
        ])
  }

  @Test("every unit comes after what it requires, each once")
  func everyUnitAfterItsRequirements() throws {
    let deck = try DeckLoader.load(
      yaml: PlanetsDeckText.yaml, file: PlanetsDeckText.file, deckID: "planets")
    let units = CardGenerator(deck: deck).units()
    let ids = units.map(\.id.rawValue)
    #expect(Set(ids).count == ids.count)
    for (required, unit) in [
      ("earth-moon", "mars-moons"), ("gas-giant.definition", "planet-count"),
      ("mercury-type", "dwarf-planets"),
    ] {
      let before = try #require(ids.firstIndex(of: required))
      let after = try #require(ids.firstIndex(of: unit))
      #expect(before < after, "\(required) before \(unit)")
    }
  }
}
