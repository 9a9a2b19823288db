import Foundation
import Platform
import ProgressCore
import ProgressStore
import Reports

/// The deck versions a class has met, kept in its progress folder (`.decks/<deck>.<hash>.json`): what
/// `recall class` needs to say what changed between the version a learner studied and the current one
/// after the deck file has moved on.
enum ClassDeckVersions {
  /// Keeps `snapshot` unless a file for its version is already there; a failure to write is a warning,
  /// never a reason to stop (the report only loses the comparison).
  static func keep(_ snapshot: DeckSnapshot, in directory: ProgressDirectory) {
    do {
      let path = try directory.deckVersionFile(deck: snapshot.deck, hash: snapshot.version.hash)
      guard !FileManager.default.fileExists(atPath: path) else { return }
      try FileManager.default.createDirectory(
        atPath: directory.deckVersionsFolder, withIntermediateDirectories: true)
      try AtomicFile.write(snapshot.text.utf8, to: path)
    } catch {
      Notice.warning(
        "\(directory.deckVersionsFolder): cannot keep the deck version's units (\(error))")
    }
  }

  /// Every version of `deck` kept in `directory` (unreadable files are skipped with a warning).
  static func all(deck: String, in directory: ProgressDirectory) -> [DeckSnapshot] {
    directory.deckVersionFiles(deck: deck).compactMap { path in
      guard let text = try? String(contentsOfFile: path, encoding: .utf8),
        let snapshot = DeckSnapshot(text: text), snapshot.deck == deck
      else {
        Notice.warning("\(path): not a deck version file Recall wrote; left out")
        return nil
      }
      return snapshot
    }
  }
}
