import Foundation
import TestSupport
import Testing

/// `recall deck show --units` and `recall deck lint` on a teacher's deck that states kinds, turns reverse
/// questions off and orders new knowledge with `requires:` (the planets deck of `PlanetsDeckText`).
@Suite("recall deck show --units, end to end")
struct DeckShowUnitsTests {
  let folder: String
  var deck: String { folder + "/" + PlanetsDeckText.file }

  init() throws {
    folder = NSTemporaryDirectory() + "recall-units-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try PlanetsDeckText.yaml.write(toFile: deck, atomically: true, encoding: .utf8)
  }

  func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltProducts.executable(named: "recall"))
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.environment = [
      "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": folder, "COLUMNS": "80",
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test("units come in study order, each with its kind, lesson and ladder in the deck's order")
  func showsUnits() throws {
    let result = try run(["deck", "show", deck, "--units"])
    #expect(result.status == 0, "\(result.output)")
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.prefix(2).joined(separator: "\n")
        == "Planets: 18 units in study order (10 forward, 3 reverse, 3 definition, 1\n"
        + "quantity, 1 hand-written), 43 presentations")
    #expect(lines.allSatisfy { $0.count <= 80 }, "wrapped at 80 columns")
    let headers = lines.filter { $0.first?.isNumber == true }.map {
      $0.split(separator: " ")[1]
    }
    #expect(
      headers == [
        "rocky.definition", "mercury-type", "planet-type.rocky.reverse", "earth-type",
        "mars-type", "gas-giant.definition", "jupiter-type", "planet-type.gas-giant.reverse",
        "ice-giant.definition", "uranus-type", "planet-type.ice-giant.reverse", "neptune-type",
        "earth-moon", "mars-moons", "jupiter-moons", "titan-planet", "planet-count",
        "dwarf-planets",
      ])
    #expect(
      result.output.contains(
        """
        2. mercury-type · forward · types
           learn: Mercury belongs to the rocky planets.
             produce · mercury-type.recall.forward · What type of planet is Mercury?
             choose · mercury-type.choice.forward · What type of planet is Mercury?
             judge · mercury-type.truefalse.true · Mercury belongs to the rocky planets.
             judge · mercury-type.truefalse.false · Mercury belongs to the gas giants.

        """), "\(result.output)")
    #expect(
      result.output.contains(
        """
        14. mars-moons · forward · moons
           learn: Which natural satellites orbit Mars? — Phobos and Deimos
             select · mars-moons.select.forward · Which natural satellites orbit Mars?
                 (select all that apply)
             produce · mars-moons.recall.forward · Which natural satellites orbit Mars?
                 (name one)
             list · mars-moons.list.forward · Which natural satellites orbit Mars? (name
                 both)

        """), "\(result.output)")
    #expect(
      result.output.contains(
        """
        17. planet-count · quantity
           learn: How many planets orbit the Sun? — 8
             produce · planet-count.number · How many planets orbit the Sun?

        """))
    // reverse: false on has-moon: none of its objects is asked back.
    #expect(!result.output.contains("has-moon."))
  }

  @Test("--tag keeps the units with the tag, numbered by their place in the whole order")
  func filtersByTag() throws {
    let result = try run(["deck", "show", deck, "--units", "--tag", "moons"])
    #expect(result.status == 0)
    #expect(
      result.output.hasPrefix(
        "Planets: 4 units in study order (4 forward), 8 presentations\n\n13. earth-moon · forward"))
    #expect(result.output.contains("\n16. titan-planet · forward · moons\n"))
  }

  @Test("the deck lints clean; a misspelt kind is an error at its file:line:column")
  func lint() throws {
    let clean = try run(["deck", "lint", deck])
    #expect(clean.status == 0)
    #expect(clean.output == "\(deck): 0 errors, 0 warnings\n")
    let broken = folder + "/broken.yaml"
    try PlanetsDeckText.yaml.replacingOccurrences(of: "kinds: [choice]", with: "kinds: [choise]")
      .write(toFile: broken, atomically: true, encoding: .utf8)
    let bad = try run(["deck", "lint", broken])
    #expect(bad.status == 1)
    #expect(
      bad.output.hasPrefix(
        "\(broken):16:13: error: unknown kind 'choise' in the kinds of class 'moon'; did you mean "
          + "'choice'?"), "\(bad.output)")
  }
}
