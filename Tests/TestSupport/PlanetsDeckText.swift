/// A small deck as a teacher would write it to steer teaching: `kinds:` on the deck, a class and a relation,
/// a relation with `reverse: false`, and `requires:` on a fact, a quantity and a card. Shared by the
/// Knowledge, Cards and recall tests.
///
/// What it states, and so what the tests expect:
/// - the deck: every fact is asked as a true/false statement, a choice or a typed answer, typed first
///   (`kinds: [recall, choice, truefalse]`);
/// - class `moon`: facts about a moon are asked as a choice only;
/// - relation `has-moon`: asked as select, typed and list, in that order (a one-moon fact gives only the typed
///   question); no reverse questions (`reverse: false`), though it has an `ask-reverse` wording;
/// - relation `planet-type` keeps the deck's kinds and asks back ("Which planet belongs to the ice giants?");
/// - `mars-moons` requires `earth-moon` (later in the file), `planet-count` requires the entity `gas-giant`
///   (its definition), and the card `dwarf-planets` requires the fact `mercury-type`.
public enum PlanetsDeckText {
  /// The deck file's name.
  public static let file = "planets.yaml"

  /// The deck's text.
  public static let yaml = """
    deck:
      title: Planets
      version: 1
      source:
        title: Notes on the solar system
        sections: [The planets, Moons]
      kinds: [recall, choice, truefalse]
    classes:
      planet:
        name: planet
      planet-type:
        name: type of planet
        plural: types of planet
      moon:
        name: moon
        kinds: [choice]
    entities:
      mercury: {class: planet, name: Mercury}
      earth: {class: planet, name: Earth}
      mars: {class: planet, name: Mars}
      jupiter: {class: planet, name: Jupiter}
      saturn: {class: planet, name: Saturn}
      uranus: {class: planet, name: Uranus}
      neptune: {class: planet, name: Neptune}
      rocky:
        class: planet-type
        name: rocky planet
        aliases: [rocky, terrestrial]
        definition: a planet made mostly of rock and metal
      gas-giant:
        class: planet-type
        name: gas giant
        definition: a large planet made mostly of hydrogen and helium
      ice-giant:
        class: planet-type
        name: ice giant
        definition: a large planet made mostly of water, ammonia and methane ices
      dwarf-planet: {class: planet-type, name: dwarf planet}
      the-moon: {class: moon, name: the Moon, aliases: [Moon, Luna]}
      phobos: {class: moon, name: Phobos}
      deimos: {class: moon, name: Deimos}
      io: {class: moon, name: Io}
      europa: {class: moon, name: Europa}
      titan: {class: moon, name: Titan}
    relations:
      planet-type:
        subject: planet
        object: planet-type
        ask: What type of planet is {subject}?
        ask-reverse: Which planet belongs to the {object}s?
        statement: '{subject} belongs to the {object}s.'
        tags: [types]
      has-moon:
        subject: planet
        object: moon
        ask: Which natural satellites orbit {subject}?
        ask-reverse: Which planet does {object} orbit?
        statement: '{object} orbits {subject}.'
        reverse: false
        kinds: [select, recall, list]
        tags: [moons]
      moon-of:
        subject: moon
        object: planet
        ask: Which planet does {subject} orbit?
        statement: '{subject} orbits {object}.'
        tags: [moons]
    facts:
      - id: mercury-type
        subject: mercury
        relation: planet-type
        object: rocky
        section: The planets
        explanation: Mercury is small and made of rock and metal.
      - id: earth-type
        subject: earth
        relation: planet-type
        object: rocky
        section: The planets
        explanation: Earth has a rocky crust around a metal core.
      - id: mars-type
        subject: mars
        relation: planet-type
        object: rocky
        section: The planets
        explanation: Mars is a small rocky planet, red from iron oxide.
      - id: jupiter-type
        subject: jupiter
        relation: planet-type
        object: gas-giant
        section: The planets
        explanation: Jupiter is mostly hydrogen and helium.
      - id: uranus-type
        subject: uranus
        relation: planet-type
        object: ice-giant
        section: The planets
        explanation: Uranus is mostly water, ammonia and methane ices.
      - id: neptune-type
        subject: neptune
        relation: planet-type
        object: ice-giant
        section: The planets
        explanation: Neptune, like Uranus, is mostly ices around a rocky core.
      - id: mars-moons
        subject: mars
        relation: has-moon
        objects: [phobos, deimos]
        section: Moons
        explanation: Mars has two small moons, Phobos and Deimos.
        requires: [earth-moon]
      - id: jupiter-moons
        subject: jupiter
        relation: has-moon
        objects: [io, europa]
        section: Moons
        explanation: Io and Europa are two of the large moons of Jupiter.
      - id: earth-moon
        subject: earth
        relation: has-moon
        object: the-moon
        section: Moons
        explanation: Earth has one natural satellite, the Moon.
      - id: titan-planet
        subject: titan
        relation: moon-of
        object: saturn
        section: Moons
        explanation: Titan is the largest moon of Saturn.
    quantities:
      - id: planet-count
        prompt: How many planets orbit the Sun?
        answer: "8"
        min: 8
        max: 8
        section: The planets
        explanation: Since 2006 Pluto counts as a dwarf planet, leaving eight planets.
        requires: gas-giant
    cards:
      - id: dwarf-planets
        kind: recall
        prompt: What is Pluto called since 2006?
        answer: a dwarf planet
        accept: [dwarf planet]
        section: The planets
        explanation: Pluto is too small to clear its orbit of other bodies.
        requires: [mercury-type]

    """
}
