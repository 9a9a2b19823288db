import Foundation
import ProgressStore

/// The learners of a deck: every directory under the progress directory that holds the deck's file.
public enum ClassRoster {
  /// Learner names (directory names) with a `<deck>.jsonl`, sorted; names that are not valid learner names
  /// (`FileName.validateLearner`: hidden directories among them) are skipped. Nothing is created or changed.
  /// `recall class` and `recall optimize --class` both find their learners here.
  public static func learners(directory: String, deck: String) throws(ReportError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: directory) ? "not readable" : "no such directory"
      throw .cannotList(directory: directory, reason: reason)
    }
    let found = names.filter { name in
      guard (try? FileName.validateLearner(name)) != nil else { return false }
      var isDirectory: ObjCBool = false
      let file = ((directory as NSString).appendingPathComponent(name) as NSString)
        .appendingPathComponent("\(deck).jsonl")
      return FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory)
        && !isDirectory.boolValue
    }.sorted()
    guard !found.isEmpty else { throw .noLearners(directory: directory, deck: deck) }
    return found
  }
}
