import Foundation
import Utilities
import ZIPFoundation

/// Writes Anki notes as a legacy Anki package (`.apkg`): a zip holding `collection.anki2` (a SQLite
/// collection, schema version 11) and a `media` file (`{}`: Recall decks have no media).
///
/// One note of Recall's own note type per card, each with one Anki card, all in one Anki deck. Note and card
/// ids count up from `now` in milliseconds, as Anki's own are; the guids are stable, so importing a newer
/// export of the same deck updates the notes instead of adding copies.
public struct AnkiPackageWriter: Sendable {
  /// The notes to write.
  public var notes: [AnkiNote]
  /// The Anki deck's name (Recall's deck title).
  public var deckName: String
  /// The Anki deck id, stable for the same Recall deck id.
  public var deckID: Int64
  /// The clock reading stamped on everything written.
  public var now: Date

  /// A package for `notes` in the deck `deckName`; `recallDeckID` fixes the Anki deck id.
  public init(notes: [AnkiNote], deckName: String, recallDeckID: String, now: Date) {
    self.notes = notes
    self.deckName = deckName
    // An id in the range of Anki's millisecond ids, stable per Recall deck.
    deckID = 1_500_000_000_000 + Int64(FNV1aHash.hash(recallDeckID) % 100_000_000_000)
    self.now = now
  }

  /// Writes the package to `path`, all or nothing.
  public func write(to path: String) throws(InteropError) {
    let data = try packageData()
    try AtomicFile.write(data, to: path)
  }

  /// The package's bytes.
  public func packageData() throws(InteropError) -> Data {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "recall-apkg-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .io(path: folder.path, message: "cannot create a temporary folder")
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let collection = folder.appendingPathComponent("collection.anki2")
    try writeCollection(to: collection.path)
    let collectionData: Data
    do { collectionData = try Data(contentsOf: collection) } catch {
      throw .io(path: collection.path, message: "cannot read back the collection")
    }
    return try Self.zip(
      [("collection.anki2", collectionData), ("media", Data("{}".utf8))], date: now)
  }

  /// A zip archive of the named files, deflated.
  static func zip(_ files: [(String, Data)], date: Date) throws(InteropError) -> Data {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for (name, data) in files {
        try archive.addEntry(
          with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
          compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let bytes = archive.data else {
        throw InteropError.io(path: "package", message: "the zip archive was not built")
      }
      return bytes
    } catch let error as InteropError {
      throw error
    } catch {
      throw .io(path: "package", message: "cannot build the zip archive: \(error)")
    }
  }

  private func writeCollection(to path: String) throws(InteropError) {
    let database = try SQLiteDatabase(path: path, create: true)
    let milliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
    let seconds = milliseconds / 1000
    try database.execute(AnkiCollectionSchema.tables)
    try database.execute("BEGIN")
    let models = [
      String(AnkiCollectionSchema.noteTypeID): AnkiCollectionSchema.noteType(
        deckID: deckID, seconds: seconds)
    ]
    let decks = [
      "1": AnkiCollectionSchema.deck(id: 1, name: "Default", seconds: seconds),
      String(deckID): AnkiCollectionSchema.deck(id: deckID, name: deckName, seconds: seconds),
    ]
    let options = [
      String(AnkiCollectionSchema.optionsID): AnkiCollectionSchema.options(seconds: seconds)
    ]
    try database.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run([
      .integer(seconds), .integer(milliseconds), .integer(milliseconds),
      .text(try AnkiCollectionSchema.json(AnkiCollectionSchema.configuration(deckID: deckID))),
      .text(try AnkiCollectionSchema.json(models)), .text(try AnkiCollectionSchema.json(decks)),
      .text(try AnkiCollectionSchema.json(options)),
    ])
    let insertNote = try database.prepare(
      "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")
    let insertCard = try database.prepare(
      "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")
    for (index, note) in notes.enumerated() {
      let id = milliseconds + Int64(index)
      let sortField = HTMLText.line(note.front)
      let tags = note.tags.isEmpty ? "" : " " + note.tags.joined(separator: " ") + " "
      try insertNote.run([
        .integer(id), .text(note.guid), .integer(AnkiCollectionSchema.noteTypeID),
        .integer(seconds), .text(tags), .text(note.front + "\u{1F}" + note.back),
        .text(sortField), .integer(SHA1.ankiChecksum(sortField)),
      ])
      try insertCard.run([
        .integer(id), .integer(id), .integer(deckID), .integer(seconds), .integer(Int64(index + 1)),
      ])
    }
    try database.execute("COMMIT")
  }
}
