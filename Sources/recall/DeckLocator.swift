import Foundation
import Knowledge

/// Finds and loads a deck by name (`calcinosis-cutis`) or path (`Decks/x.yaml`).
struct DeckLocator {
  static let defaultDeck = "calcinosis-cutis"

  /// Folders searched for decks by name: `RECALL_DECKS_DIR`, `./Decks`, then `Decks` beside or above the
  /// executable (so `swift run` and a built binary both find the built-in deck).
  static func searchFolders(environment: [String: String]) -> [String] {
    var folders: [String] = []
    if let folder = environment["RECALL_DECKS_DIR"], !folder.isEmpty { folders.append(folder) }
    folders.append("Decks")
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<5 {
      folders.append(directory.appendingPathComponent("Decks").path)
      directory.deleteLastPathComponent()
    }
    return folders
  }

  /// The path of a deck given by name or path.
  static func path(for nameOrPath: String, environment: [String: String]) throws -> String {
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
      return nameOrPath
    }
    guard Self.isName(nameOrPath) else {
      throw RecallError(
        "invalid deck name \"\(nameOrPath)\": use letters, digits and '-', or give a path")
    }
    for folder in searchFolders(environment: environment) {
      let candidate = (folder as NSString).appendingPathComponent(nameOrPath + ".yaml")
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
    }
    throw RecallError(
      "no deck named \(nameOrPath) (looked in ./Decks); `recall deck list` shows the decks")
  }

  static func isName(_ text: String) -> Bool {
    !text.isEmpty && text.count <= 64
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "-" || $0 == "_"
      }
  }

  /// Loads and validates the deck at `path`.
  static func load(path: String) throws -> Deck {
    let text: String
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      guard let decoded = String(data: data, encoding: .utf8) else {
        throw RecallError("\(path): not UTF-8 text")
      }
      text = decoded
    } catch let error as RecallError {
      throw error
    } catch {
      throw RecallError("\(path): cannot read: \((error as NSError).localizedDescription)")
    }
    let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    do {
      return try DeckLoader.load(yaml: text, file: path, deckID: id)
    } catch {
      throw RecallError(error.description)
    }
  }
}
