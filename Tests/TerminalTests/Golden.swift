import Foundation
import Testing

/// Golden files beside the tests: compared, or re-recorded with `RECORD_GOLDEN=1`.
enum Golden {
  static func path(_ name: String, file: String = #filePath) -> String {
    URL(fileURLWithPath: file).deletingLastPathComponent()
      .appendingPathComponent("Golden/\(name).txt").path
  }

  static func check(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    let path = path(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try actual.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
      Issue.record(
        "no golden file \(path); record it with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    #expect(actual == expected, "transcript differs from \(path)", sourceLocation: sourceLocation)
  }
}
