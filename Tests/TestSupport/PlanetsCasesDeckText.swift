import Foundation

/// The planets deck with clinical-style cases, as a teacher of another subject would write them: a case
/// template that makes one "which planet is it?" vignette per planet its facts single out, a hand-written
/// case, a case asked through a relation (`given` and `via`), and a teacher's note. Shared by the Knowledge,
/// Cards, Terminal and recall tests.
///
/// What it states, and so what the tests expect:
/// - Saturn is a gas giant with the moon Titan (added to the planets deck's facts), so the template's
///   vignettes single out Jupiter (a gas giant with Europa or Io: Saturn's only moon is Titan) and Saturn;
///   the rocky planets and the ice giants share their findings, and get no case (lint warns);
/// - `red-planet`: Mars from two findings, the wrong options named;
/// - `jupiter-moon`: a moon of the given planet Jupiter, through `has-moon`, the wrong options picked;
/// - `earth-moon` is a teacher's note with its source.
public enum PlanetsCasesDeckText {
  /// The deck file's name.
  public static let file = "planets-cases.yaml"

  /// Saturn's facts, added to the planets deck's.
  static let saturn = """
      - id: saturn-type
        subject: saturn
        relation: planet-type
        object: gas-giant
        section: The planets
        explanation: Saturn, like Jupiter, is mostly hydrogen and helium.
      - id: saturn-moons
        subject: saturn
        relation: has-moon
        object: titan
        section: Moons
        explanation: Titan is the largest of the moons of Saturn.

    """

  /// The cases and the template.
  public static let cases = """
    case-templates:
      - id: which-planet
        class: planet
        opening: An astronomer describes a planet of the solar system.
        findings:
          planet-type: It belongs to the {object}s.
          has-moon: "{object} orbits it."
        question: Which planet is it?
        tags: [cases]
    cases:
      - id: red-planet
        stem: A small planet with two tiny moons, one of them Phobos, looks red in the night sky.
        question: Which planet is it?
        answer: mars
        wrong: [earth, jupiter, uranus]
        findings: [mars-type, mars-moons]
        explanation: Two small moons and a rocky surface point to Mars.
        tags: [cases]
      - id: jupiter-moon
        stem: A probe is sent to the largest planet, a gas giant, to photograph one of its moons.
        question: Which of these moons can it photograph there?
        given: jupiter
        via: has-moon
        answer: europa
        findings: [jupiter-type]
        explanation: Europa is one of the large moons of Jupiter.
        tags: [cases]

    """

  /// The deck's text.
  public static let yaml =
    PlanetsDeckText.yaml.replacingOccurrences(of: "quantities:\n", with: saturn + "quantities:\n")
    .replacingOccurrences(
      of: "    explanation: Earth has one natural satellite, the Moon.\n",
      with: "    explanation: Earth has one natural satellite, the Moon.\n    teacher-note: true\n"
        + "    source: A teacher's atlas of the solar system\n")
    + cases
}
