import Foundation

/// The package root, three levels above this file (`Tests/TestSupport/<file>`).
public let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The text of the real deck shipped with Recall.
public func realDeckText() throws -> String {
  let url = packageRoot.appendingPathComponent("Decks/calcinosis-cutis.yaml")
  return try String(contentsOf: url, encoding: .utf8)
}
