import Foundation
import ProgressStore

/// The learners of a deck (every directory under the progress directory that holds the deck's file), and the
/// decks learners there study.
public enum ClassRoster {
  /// Learner names (directory names) with a `<deck>.jsonl`, sorted; names that are not valid learner names
  /// (`FileName.validateLearner`: hidden directories among them) are skipped. Nothing is created or changed.
  /// `recall class` and `recall optimize --class` both find their learners here.
  public static func learners(directory: String, deck: String) throws(ReportError) -> [String] {
    let found = try learnerNames(in: directory).filter { name in
      guard let file = try? ProgressFile.path(directory: directory, learner: name, deck: deck)
      else { return false }
      return isFile(file)
    }
    guard !found.isEmpty else { throw .noLearners(directory: directory, deck: deck) }
    return found
  }

  /// The decks that learners under `directory` have progress files for, sorted, each with how many
  /// learners have one (none when no learner has any). Nothing is created or changed.
  public static func decks(directory: String) throws(ReportError) -> [(deck: String, learners: Int)]
  {
    var counts: [String: Int] = [:]
    for learner in try learnerNames(in: directory) {
      let folder = (directory as NSString).appendingPathComponent(learner)
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      where name.hasSuffix(".jsonl") {
        let deck = String(name.dropLast(".jsonl".count))
        guard (try? FileName.validateDeck(deck)) != nil,
          isFile((folder as NSString).appendingPathComponent(name))
        else { continue }
        counts[deck, default: 0] += 1
      }
    }
    return counts.sorted { $0.key < $1.key }.map { (deck: $0.key, learners: $0.value) }
  }

  /// The sorted names under `directory` that are valid learner names (hidden entries are not).
  private static func learnerNames(in directory: String) throws(ReportError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: directory) ? "not readable" : "no such directory"
      throw .cannotList(directory: directory, reason: reason)
    }
    return names.filter { (try? FileName.validateLearner($0)) != nil }.sorted()
  }

  private static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }
}
