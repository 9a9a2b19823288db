import Foundation
import Testing

@testable import recall

/// Where a deck is found: RECALL_DECKS, the repository's Decks/, then the built-in decks (DeckLocator).
@Suite("recall: finding decks")
struct DeckLocatorTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  let root: String

  init() throws {
    root = NSTemporaryDirectory() + "recall-decks-" + UUID().uuidString
    for folder in ["one", "two", "repo/Decks", "elsewhere"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    #expect(FileManager.default.createFile(atPath: root + "/repo/Package.swift", contents: Data()))
    for path in [
      "one/mine.yaml", "two/mine.yaml", "two/calcinosis-cutis.yaml", "repo/Decks/mine.yaml",
    ] {
      #expect(FileManager.default.createFile(atPath: root + "/" + path, contents: Data()))
    }
  }

  func environment(decks: String?, in folder: String) -> RecallEnvironment {
    RecallEnvironment(
      variables: decks.map { ["RECALL_DECKS": $0] } ?? [:],
      currentDirectory: root + "/" + folder)
  }

  @Test("the built-in decks are the Decks/ files, byte for byte")
  func builtInDecksAreTheFiles() throws {
    let folder = Self.packageRoot + "/Decks"
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(BuiltInDecks.names == files.map { String($0.dropLast(5)) })
    for file in files {
      let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      #expect(BuiltInDecks.text(named: String(file.dropLast(5))) == text, "\(file)")
    }
  }

  @Test(
    "a name is looked up in RECALL_DECKS's folders in order, then the repository, then built in")
  func lookupOrder() throws {
    let both = environment(decks: "\(root)/one:\(root)/two", in: "repo")
    #expect(try DeckLocator.locate("mine", in: both) == DeckLocation(path: root + "/one/mine.yaml"))
    #expect(
      try DeckLocator.locate("calcinosis-cutis", in: both)
        == DeckLocation(path: root + "/two/calcinosis-cutis.yaml"))
    let repository = environment(decks: nil, in: "repo")
    #expect(try DeckLocator.locate("mine", in: repository) == DeckLocation(path: "Decks/mine.yaml"))
    let elsewhere = environment(decks: nil, in: "elsewhere")
    #expect(
      try DeckLocator.locate("calcinosis-cutis", in: elsewhere)
        == DeckLocation(builtIn: "calcinosis-cutis"))
    #expect(
      try DeckLocator.locate("x/mine.yaml", in: elsewhere) == DeckLocation(path: "x/mine.yaml"))
  }

  @Test("a deck found nowhere: the error says every place looked in")
  func notFound() {
    let environment = environment(decks: "\(root)/one", in: "repo")
    do {
      _ = try DeckLocator.locate("nothing", in: environment)
      Issue.record("should not be found")
    } catch {
      #expect(
        "\(error)"
          == "no deck named nothing; looked in \(root)/one (RECALL_DECKS), Decks (the repository), "
          + "the built-in decks (\(BuiltInDecks.names.joined(separator: ", "))); `recall deck list` shows the "
          + "decks, and --deck takes a path")
    }
  }

  @Test("deck list: each name once, where a lookup by name finds it, built-in decks last")
  func listsEachNameOnce() {
    let list = DeckLocator.all(in: environment(decks: "\(root)/two", in: "repo"))
    #expect(
      list.map(\.originText) == [
        root + "/two/calcinosis-cutis.yaml", root + "/two/mine.yaml", "built-in",
      ])
    #expect(list.map(\.id) == ["calcinosis-cutis", "mine", "first-aid-burns"])
  }
}
