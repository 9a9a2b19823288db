import Foundation
import Knowledge

/// Finds and loads a deck by name (`calcinosis-cutis`) or path (`Decks/x.yaml`).
///
/// A name is looked up, in order, in the folders of `RECALL_DECKS` (separated by `:`), in the repository's
/// `Decks/` when Recall runs inside its repository, and among the decks compiled into Recall; the first
/// found wins. A path (anything with a `/` or ending in `.yaml` or `.yml`) is that file.
enum DeckLocator {
  static let defaultDeck = "calcinosis-cutis"

  /// The folders searched for a deck by name, before the built-in decks, each with why it is searched.
  static func searchFolders(in environment: RecallEnvironment) -> [(folder: String, reason: String)]
  {
    var folders: [(String, String)] = []
    for folder in environment.variables["RECALL_DECKS", default: ""].split(separator: ":")
    where !folder.isEmpty {
      folders.append((String(folder), "RECALL_DECKS"))
    }
    if let decks = environment.inRepository("Decks") { folders.append((decks, "the repository")) }
    return folders
  }

  /// Where the deck given by name or path is.
  static func locate(_ nameOrPath: String, in environment: RecallEnvironment) throws -> DeckLocation
  {
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
      return DeckLocation(path: nameOrPath)
    }
    guard isName(nameOrPath) else {
      throw RecallError(
        "invalid deck name \"\(nameOrPath)\": use letters, digits and '-', or give a path")
    }
    let folders = searchFolders(in: environment)
    for (folder, _) in folders {
      let candidate = (folder as NSString).appendingPathComponent(nameOrPath + ".yaml")
      if FileManager.default.fileExists(atPath: environment.resolve(candidate)) {
        return DeckLocation(path: candidate)
      }
    }
    if BuiltInDecks.text(named: nameOrPath) != nil { return DeckLocation(builtIn: nameOrPath) }
    let looked =
      folders.map { "\($0.folder) (\($0.reason))" }
      + ["the built-in decks (\(BuiltInDecks.names.joined(separator: ", ")))"]
    throw RecallError(
      "no deck named \(nameOrPath); looked in \(looked.joined(separator: ", ")); "
        + "`recall deck list` shows the decks, and --deck takes a path")
  }

  /// Every deck found, each name once (where `locate` would find it), in search order.
  static func all(in environment: RecallEnvironment) -> [DeckLocation] {
    var seen: Set<String> = []
    var found: [DeckLocation] = []
    for (folder, _) in searchFolders(in: environment) {
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: environment.resolve(folder))) ?? []
      for name in names.sorted() where name.hasSuffix(".yaml") {
        let location = DeckLocation(path: (folder as NSString).appendingPathComponent(name))
        if isName(location.id), seen.insert(location.id).inserted { found.append(location) }
      }
    }
    for name in BuiltInDecks.names where seen.insert(name).inserted {
      found.append(DeckLocation(builtIn: name))
    }
    return found
  }

  static func isName(_ text: String) -> Bool {
    !text.isEmpty && text.count <= 64
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "-" || $0 == "_"
      }
  }

  /// Loads and validates the deck given by name or path.
  static func load(_ nameOrPath: String, in environment: RecallEnvironment) throws -> Deck {
    try load(locate(nameOrPath, in: environment))
  }

  /// Loads and validates the deck at `location`.
  static func load(_ location: DeckLocation) throws -> Deck {
    let text = try location.text()
    do {
      return try DeckLoader.load(yaml: text, file: location.displayPath, deckID: location.id)
    } catch {
      throw RecallError(error.description)
    }
  }
}
