import Foundation

/// Paths in the package, for tests that read its decks and fixtures.
enum PackageRoot {
  static let path = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> String {
    let folder = NSTemporaryDirectory() + "recall-interop-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The genanki-made package committed as a fixture.
  static var genankiSample: String { fixture("genanki-sample") }

  /// The same package after Anki's backend exported it in its current format (`collection.anki21b`).
  static var genankiSampleAnki21b: String { fixture("genanki-sample-anki21b") }

  private static func fixture(_ name: String) -> String {
    Bundle.module.path(forResource: "Fixtures/\(name)", ofType: "apkg")
      ?? path + "/Tests/InteropTests/Fixtures/\(name).apkg"
  }
}
