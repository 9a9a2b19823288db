import Cards
import Foundation
import Knowledge
import Testing

@testable import Interop

@Suite("Recall → apkg → Recall")
struct AnkiPackageWriterTests {
  static func deck(_ name: String) throws -> Deck {
    let path = PackageRoot.path + "/Decks/\(name).yaml"
    return try DeckLoader.load(
      yaml: String(contentsOfFile: path, encoding: .utf8), file: path, deckID: name)
  }

  @Test(
    "a built-in deck exported and imported back keeps every card's prompt, answer and tags",
    arguments: ["calcinosis-cutis", "first-aid-burns"])
  func roundTrip(name: String) throws {
    let deck = try Self.deck(name)
    let cards = CardGenerator(deck: deck).generate()
    let folder = try PackageRoot.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let package = folder + "/\(name).apkg"
    try AnkiPackageWriter(
      notes: cards.map { AnkiNote(card: $0, deckID: deck.id) }, deckName: deck.title,
      recallDeckID: deck.id, now: Date(timeIntervalSince1970: 1_790_000_000)
    ).write(to: package)

    let imported = try AnkiPackageReader.read(path: package)
    #expect(imported.notes == cards.count)
    #expect(imported.title == deck.title)
    let result = try DeckImport.check(imported, deckID: name, outputPath: folder + "/back.yaml")
    #expect(result.cardCount == cards.count)
    let back = try DeckLoader.load(yaml: result.yaml, file: "back.yaml", deckID: name)
    let again = CardGenerator(deck: back).generate()
    struct Essentials: Hashable {
      var prompt: String
      var answer: String
      var tags: [String]
    }
    let before = cards.map { Essentials(prompt: $0.prompt, answer: $0.answer, tags: $0.tags) }
    let after = again.map { Essentials(prompt: $0.prompt, answer: $0.answer, tags: $0.tags) }
    #expect(Set(before).subtracting(after).isEmpty)
    #expect(before.count == after.count)
    // Sections and explanations come back too, and the kinds that have hand-written forms.
    #expect(Set(cards.map(\.section)) == Set(again.map(\.section)))
    #expect(Set(cards.map(\.explanation)) == Set(again.map(\.explanation)))
    let kinds = Dictionary(grouping: again, by: \.kind).mapValues(\.count)
    let original = Dictionary(grouping: cards, by: \.kind).mapValues(\.count)
    // A case comes back as a hand-written choice: its vignette and question are the prompt.
    #expect(kinds[.choice] == (original[.choice] ?? 0) + (original[.clinicalCase] ?? 0))
    #expect(kinds[.truefalse] == original[.truefalse])
    #expect(kinds[.cloze] == original[.cloze])
  }

  @Test(
    "the package is a zip of collection.anki2 (schema 11) and media {}, notes with stable guids")
  func packageLayout() throws {
    let deck = try Self.deck("first-aid-burns")
    let cards = CardGenerator(deck: deck).generate()
    let folder = try PackageRoot.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let writer = AnkiPackageWriter(
      notes: cards.map { AnkiNote(card: $0, deckID: deck.id) }, deckName: deck.title,
      recallDeckID: deck.id, now: Date(timeIntervalSince1970: 1_790_000_000))
    let data = try writer.packageData()
    #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    // The same clock gives the same bytes.
    #expect(try writer.packageData() == data)
    try writer.write(to: folder + "/x.apkg")
    let unpacked = try AnkiPackageReader.read(path: folder + "/x.apkg")
    #expect(unpacked.cards.count == cards.count)
    let ids = Set(unpacked.cards.map(\.id))
    #expect(ids.contains("cool-with-running-water-cloze"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["x.apkg"])
  }

  @Test("writing into a folder that does not exist fails naming the file, and leaves nothing")
  func failsCleanly() throws {
    let folder = try PackageRoot.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let writer = AnkiPackageWriter(
      notes: [], deckName: "x", recallDeckID: "x", now: Date(timeIntervalSince1970: 0))
    let target = folder + "/missing/x.apkg"
    #expect(throws: InteropError.self) { try writer.write(to: target) }
    do {
      try writer.write(to: target)
    } catch {
      #expect(error.description.hasPrefix(target + ": cannot write"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  @Test("the Anki checksum is the first 32 bits of SHA-1")
  func checksum() {
    let digest = SHA1.digest("abc".utf8).map { String(format: "%02x", $0) }.joined()
    #expect(digest == "a9993e364706816aba3e25717850c26c9cd0d89d")
    #expect(SHA1.ankiChecksum("abc") == 0xa999_3e36)
    let long = String(repeating: "a", count: 1000)
    #expect(SHA1.digest(long.utf8).count == 20)
  }
}
