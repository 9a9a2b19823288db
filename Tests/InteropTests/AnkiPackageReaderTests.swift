import Foundation
import Knowledge
import Testing

@testable import Interop

@Suite("reading Anki packages made by others")
struct AnkiPackageReaderTests {
  @Test(
    "genanki's Basic, reversed and Cloze notes become hand-written cards with tags and plain text")
  func genankiSample() throws {
    let deck = try AnkiPackageReader.read(path: PackageRoot.genankiSample)
    #expect(deck.title == "Heart basics")
    #expect(deck.notes == 7)
    #expect(deck.cards.count == 9)
    #expect(Set(deck.media) == ["sinus-rhythm.png", "beat.mp3"])
    let prompts = deck.cards.compactMap { card -> String? in
      if case .recall(let prompt, _, _) = card.content { return prompt }
      return nil
    }
    #expect(prompts.contains("Which valve sits between the left atrium and the left ventricle?"))
    // The trace is a picture left behind: the question says so, and the card is tagged for the teacher.
    #expect(prompts.contains("What does this trace show? (not imported: sinus-rhythm.png)"))
    let marked = deck.cards.filter { $0.tags.contains("missing-media") }
    #expect(marked.count == 1)
    #expect(deck.warnings.contains { $0.hasPrefix("1 card's question refers to media") })
    #expect(prompts.contains("tachycardia"))
    #expect(prompts.contains("a resting heart rate above 100 beats per minute"))
    let answers = deck.cards.compactMap { card -> String? in
      if case .recall(_, let answer, _) = card.content { return answer }
      return nil
    }
    #expect(answers.contains("60–100 beats per minute"))
    #expect(answers.contains("the mitral valve (also called the bicuspid valve)"))
    let clozes = deck.cards.compactMap { card -> String? in
      if case .cloze(let text, _) = card.content { return text }
      return nil
    }
    #expect(
      clozes.contains(
        "The sinoatrial node sets the pace; the {{atrioventricular node}} delays the signal."))
    #expect(
      clozes.contains(
        "Blood leaves the right ventricle through the {{pulmonary valve}} (a valve) & goes to the lungs."
      ))
    let mitral = try #require(deck.cards.first { $0.tags == ["anatomy", "valves"] })
    #expect(mitral.section == "Heart basics")
    // It loads and lints with Recall's own loader.
    let result = try DeckImport.check(deck, deckID: "heart", outputPath: "heart.yaml")
    #expect(result.cardCount == 9)
    #expect(result.lintWarnings.isEmpty)
  }

  static func zip(_ files: [(String, Data)]) throws -> String {
    let folder = try PackageRoot.temporaryFolder()
    let path = folder + "/test.apkg"
    try AnkiPackageWriter.zip(files, date: Date(timeIntervalSince1970: 0)).write(
      to: URL(fileURLWithPath: path))
    return path
  }

  @Test(
    "Anki's current format (zstd-compressed collection.anki21b, schema 18) reads as the legacy one")
  func currentFormat() throws {
    let legacy = try AnkiPackageReader.read(path: PackageRoot.genankiSample)
    let current = try AnkiPackageReader.read(path: PackageRoot.genankiSampleAnki21b)
    #expect(current.title == legacy.title)
    #expect(current.notes == legacy.notes)
    #expect(current.cards.map(\.content) == legacy.cards.map(\.content))
    #expect(current.cards.map(\.id) == legacy.cards.map(\.id))
    #expect(current.cards.map { Set($0.tags) } == legacy.cards.map { Set($0.tags) })
    #expect(Set(current.media) == Set(legacy.media))
  }

  @Test("a damaged collection.anki21b gets one line naming the file")
  func damagedCurrentFormat() throws {
    let path = try Self.zip([
      ("collection.anki21b", Data([0x28, 0xB5, 0x2F, 0xFD, 1, 2])), ("meta", Data()),
    ])
    #expect {
      try AnkiPackageReader.read(path: path)
    } throws: { error in
      (error as? InteropError)?.description.hasPrefix(path + ": cannot decompress: ") ?? false
    }
  }

  @Test("files that are not packages get one clear line naming the file")
  func badFiles() throws {
    let folder = try PackageRoot.temporaryFolder()
    let notZip = folder + "/plain.apkg"
    try Data("hello".utf8).write(to: URL(fileURLWithPath: notZip))
    #expect(
      throws: InteropError.malformed(
        path: notZip, message: "not an Anki package (not a zip archive)")
    ) {
      try AnkiPackageReader.read(path: notZip)
    }
    let empty = try Self.zip([("media", Data("{}".utf8))])
    #expect(
      throws: InteropError.malformed(
        path: empty, message: "not an Anki package (no collection.anki2 inside)")
    ) {
      try AnkiPackageReader.read(path: empty)
    }
    let notDatabase = try Self.zip([("collection.anki2", Data("not sqlite".utf8))])
    #expect {
      try AnkiPackageReader.read(path: notDatabase)
    } throws: { error in
      (error as? InteropError)?.description.hasPrefix(
        notDatabase + ": not a readable Anki collection")
        ?? false
    }
  }
}
