import Foundation

/// The committed inputs of a fuzz target (`Fuzz/Corpus/<target>/`: seeds, and inputs that once found a
/// problem), which the tests replay through the same comparisons, so `swift test` keeps them without libFuzzer.
public enum FuzzCorpus {
  /// Each input of `target` (`progress-reader`, `yaml-reader`), by file name, in name order.
  public static func inputs(of target: String) throws -> [(name: String, bytes: [UInt8])] {
    let directory = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fuzz/Corpus/\(target)")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    return try names.map { name in
      (name, Array(try Data(contentsOf: directory.appendingPathComponent(name))))
    }
  }
}
