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
  static var genankiSample: String {
    Bundle.module.path(forResource: "Fixtures/genanki-sample", ofType: "apkg")
      ?? path + "/Tests/InteropTests/Fixtures/genanki-sample.apkg"
  }
}
