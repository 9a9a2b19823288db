import Foundation
import ProgressCore

/// The layout of the progress folder, in one place: `<folder>/<learner>/<deck>.jsonl`, with its lock, its
/// backups and the learner's line-editing history beside it.
///
/// Which folder is the progress folder is the executable's choice (`--progress-dir`, `RECALL_PROGRESS_DIR`,
/// the repository's `Progress/`, the per-user data folder); everything inside it is laid out here.
public struct ProgressDirectory: Sendable, Equatable {
  /// The folder.
  public let path: String

  /// The progress folder at `path`, which need not exist yet.
  public init(_ path: String) {
    self.path = path
  }

  /// The extension of progress files.
  static let fileExtension = ".jsonl"

  /// The progress file of `learner` for `deck`, after checking both names: `<folder>/<learner>/<deck>.jsonl`.
  public func file(learner: String, deck: String) throws(ProgressError) -> String {
    let folder = try folder(learner: learner)
    return (folder as NSString).appendingPathComponent(
      try FileName.validateDeck(deck) + Self.fileExtension)
  }

  /// The learner's line-editing history, shared by their decks: `<folder>/<learner>/.history`.
  public func history(learner: String) throws(ProgressError) -> String {
    (try folder(learner: learner) as NSString).appendingPathComponent(".history")
  }

  /// The learner's folder, after checking the name.
  private func folder(learner: String) throws(ProgressError) -> String {
    (path as NSString).appendingPathComponent(try FileName.validateLearner(learner))
  }

  /// The lock beside a progress file: `<deck>.jsonl.lock`, which holds the owner's process id.
  static func lock(for file: String) -> String { file + ".lock" }

  /// Where the cut-off last line of a progress file is moved: `<deck>.jsonl.torn-<time>`.
  static func tornLineBackup(for file: String, at time: Date) -> String {
    file + ".torn-" + stamp(time)
  }

  /// Where `recall progress repair` keeps the file as it was: `<deck>.jsonl.backup-<time>`.
  static func repairBackup(for file: String, at time: Date) -> String {
    file + ".backup-" + stamp(time)
  }

  /// Where `recall class collect` keeps a learner's copy whose history forked from the one held (neither is
  /// a prefix of the other): `<deck>.jsonl.fork-<hash>` beside the progress file, named by the copy's
  /// content, so that collecting the same copy again finds it kept rather than keeping it twice.
  public static func forkedCopy(for file: String, contentHash hash: String) -> String {
    file + ".fork-" + hash
  }

  /// The folder of a class's deck versions (the units of each version met, `recall class` compares
  /// them): `<folder>/.decks`, hidden, so never taken for a learner.
  public var deckVersionsFolder: String { (path as NSString).appendingPathComponent(".decks") }

  /// The file of one deck version in ``deckVersionsFolder``: `<deck>.<hash>.json`.
  public func deckVersionFile(deck: String, hash: String) throws(ProgressError) -> String {
    (deckVersionsFolder as NSString).appendingPathComponent(
      "\(try FileName.validateDeck(deck)).\(hash).json")
  }

  /// The deck version files kept for `deck`, sorted; none when the folder does not exist.
  public func deckVersionFiles(deck: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: deckVersionsFolder)) ?? []
    return names.filter { $0.hasPrefix(deck + ".") && $0.hasSuffix(".json") }.sorted().map {
      (deckVersionsFolder as NSString).appendingPathComponent($0)
    }
  }

  /// A time for a file name: the file's own timestamps, without the colons some systems forbid.
  private static func stamp(_ time: Date) -> String {
    Timestamp.format(time).replacingOccurrences(of: ":", with: "")
  }

  /// The learners with a progress file for `deck`, sorted; folders whose names are not valid learner names
  /// (hidden ones among them) are skipped. Nothing is created or changed.
  public func learners(deck: String) throws(ProgressError) -> [String] {
    try learnerNames().filter { learner in
      guard let file = try? file(learner: learner, deck: deck) else { return false }
      return Self.isFile(file)
    }
  }

  /// The decks that learners here have progress files for, sorted, each with how many learners have one.
  /// Nothing is created or changed.
  public func decks() throws(ProgressError) -> [(deck: String, learners: Int)] {
    var counts: [String: Int] = [:]
    for learner in try learnerNames() {
      let folder = (path as NSString).appendingPathComponent(learner)
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      where name.hasSuffix(Self.fileExtension) {
        let deck = String(name.dropLast(Self.fileExtension.count))
        guard (try? FileName.validateDeck(deck)) != nil,
          Self.isFile((folder as NSString).appendingPathComponent(name))
        else { continue }
        counts[deck, default: 0] += 1
      }
    }
    return counts.sorted { $0.key < $1.key }.map { (deck: $0.key, learners: $0.value) }
  }

  /// The learners with a progress file for `deck`, as ``learners(deck:)``, but none when the folder does not
  /// exist yet (a class nobody's progress has been collected for).
  public func learnersIfAny(deck: String) throws(ProgressError) -> [String] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    return try learners(deck: deck)
  }

  /// Progress files (`*.jsonl`) lying in the folder itself rather than in a learner's folder, sorted: a
  /// learner's file copied in by hand. Nothing reads them as anyone's progress.
  public func looseFiles() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.hasSuffix(Self.fileExtension) && !$0.hasPrefix(".") }.sorted()
      .map { (path as NSString).appendingPathComponent($0) }
      .filter(Self.isFile)
  }

  /// The copies of learners' `deck` histories that `recall class collect` kept because they forked from the
  /// one held (``forkedCopy(for:contentHash:)``), by learner and path, sorted. Nothing reads them as
  /// progress until the teacher keeps one of the two.
  public func forkedCopies(deck: String) -> [(learner: String, path: String)] {
    let prefix = deck + Self.fileExtension + ".fork-"
    return ((try? learnerNames()) ?? []).flatMap { learner in
      let folder = (path as NSString).appendingPathComponent(learner)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      return names.filter { $0.hasPrefix(prefix) }.sorted().map {
        (learner, (folder as NSString).appendingPathComponent($0))
      }
    }
  }

  /// The sorted names in the folder that are valid learner names (hidden entries are not).
  private func learnerNames() throws(ProgressError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "not readable" : "no such directory"
      throw .cannotList(directory: path, reason: reason)
    }
    return names.filter { (try? FileName.validateLearner($0)) != nil }.sorted()
  }

  private static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }
}
