import Foundation
import Reports
import Utilities

/// The class view's memory of the figures it last worked out, so that a class seen again shows at once.
///
/// Reading and replaying every learner's history is nearly all of the class view's work. Its result (the
/// ``ClassStatistics``, with the warnings reading gave) holds as long as no learner's file changes and the
/// moment seen stays before the earliest of the learners' `stableUntil` (the next study day, or sooner the
/// next moment one of a learner's known units can stop being known). So the figures are kept, keyed by
/// what they were made from: each progress file read (path, size, modification time, inode), the deck
/// version, the time zone and the build of Recall. When the key or the time no longer fits, every learner is
/// read again and the figures replaced; a missing or unreadable entry is the same as none. A class seen
/// again shows exactly what it would show without the cache (tests compare the two); the cache can be
/// deleted at any time.
///
/// Entries live in the user's cache folder (`RECALL_CACHE_DIR`, else `$XDG_CACHE_HOME/recall/class`, else
/// `~/.cache/recall/class`), one file per progress folder and deck: never in the class's own folder, which
/// may be a shared drive or a git repository.
struct ClassViewCache: Sendable {
  /// The folder of entries.
  let folder: String

  /// Raised when what the figures mean changes, so that entries of an older meaning are not read.
  static let format = 1

  /// This build of Recall: its executable's size and modification time. Another build (an upgrade, or a
  /// developer's rebuild) does not read the figures of this one, whatever its version number says.
  static let build: String = {
    guard let path = Bundle.main.executablePath,
      let attributes = try? FileManager.default.attributesOfItem(
        atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path),
      let size = (attributes[.size] as? NSNumber)?.intValue,
      let modified = attributes[.modificationDate] as? Date
    else { return "unknown" }
    return "\(size) \(modified.timeIntervalSince1970)"
  }()

  /// One progress file as it was when read.
  struct FileKey: Codable, Equatable {
    var path: String
    var size: Int
    var modified: Double
    var inode: UInt64
  }

  /// What the figures were made from.
  struct Key: Codable, Equatable {
    var format = ClassViewCache.format
    var recall = Recall.version
    var build = ClassViewCache.build
    var deck: String
    var timeZone: String
    var files: [FileKey]
  }

  /// Kept figures: the class statistics, how many learners' files were read, the warnings reading them
  /// gave (in order), when they were made and until when they hold.
  struct Entry: Codable {
    var key: Key
    var made: Date
    var until: Date
    var statistics: ClassStatistics
    var read: Int
    var warnings: [String]
  }

  /// The cache folder for `environment`.
  init(environment: RecallEnvironment) {
    if let folder = environment.variables["RECALL_CACHE_DIR"], !folder.isEmpty {
      self.folder = folder
    } else {
      folder = environment.userCacheDirectory + "/class"
    }
  }

  /// The key of the progress files at `paths` as they are now, for the deck version `deck`; nil when one of
  /// them cannot be looked at (the class is then read, and any problem reported, as without a cache). Taken
  /// before the files are read: a file that changes while it is read gets a key that no longer fits.
  func key(paths: [String], deck: String, timeZone: TimeZone) -> Key? {
    var files: [FileKey] = []
    for path in paths {
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
        let size = (attributes[.size] as? NSNumber)?.intValue,
        let modified = attributes[.modificationDate] as? Date,
        let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
      else { return nil }
      files.append(
        FileKey(
          path: URL(fileURLWithPath: path).standardizedFileURL.path, size: size,
          modified: modified.timeIntervalSince1970, inode: inode))
    }
    return Key(deck: deck, timeZone: timeZone.identifier, files: files)
  }

  /// The entry kept under `name` if it was made from `key` and still holds at `now`.
  func entry(_ name: String, for key: Key, now: Date) -> Entry? {
    guard let data = FileManager.default.contents(atPath: file(name)),
      let entry = try? JSONDecoder().decode(Entry.self, from: data),
      entry.key == key, entry.made <= now, now < entry.until
    else { return nil }
    return entry
  }

  /// Keeps `entry` under `name`; a cache that cannot be written is left as it is (the view does not depend
  /// on it).
  func keep(_ entry: Entry, as name: String) {
    guard let data = try? JSONEncoder().encode(entry) else { return }
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    // Written aside and renamed: a reader sees the old entry or the new one. Not synced: a lost entry is
    // only worked out again.
    try? data.write(to: URL(fileURLWithPath: file(name)), options: .atomic)
  }

  /// The name of the entry for the learners of `deck` in the progress folder `directory`.
  static func name(directory: String, deck: String) -> String {
    let folder = URL(fileURLWithPath: directory).standardizedFileURL.path
    return String(FNV1aHash.hash(folder + "\n" + deck), radix: 16)
  }

  private func file(_ name: String) -> String { folder + "/" + name + ".json" }
}
