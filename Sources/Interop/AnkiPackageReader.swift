import Foundation
import Utilities
import ZIPFoundation

/// Reads an Anki package (`.apkg`) into hand-written cards.
///
/// Reads `collection.anki21` or `collection.anki2` (the legacy schema, whose note types and decks are JSON in
/// the `col` table). Basic-like note types (each card template asks one field and answers with another:
/// Basic, Basic and reversed, optional reversed, type-in) give one question/answer card per Anki card; Cloze
/// gives one cloze card per cloze number; any other note type asks its first field and answers with its
/// second, with a warning. Newer packages hold `collection.anki21b` (zstd-compressed, schema 18: note types,
/// fields, templates and decks in tables, settings as protobuf); it is read in preference to the
/// placeholder `collection.anki2` such packages also carry.
public enum AnkiPackageReader {
  /// Reads the package at `path`.
  public static func read(path: String) throws(InteropError) -> ImportedDeck {
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw .malformed(path: path, message: "not an Anki package (not a zip archive)")
    }
    let name: String
    if archive["collection.anki21b"] != nil {
      name = "collection.anki21b"
    } else if archive["collection.anki21"] != nil {
      name = "collection.anki21"
    } else if archive["collection.anki2"] != nil {
      name = "collection.anki2"
    } else {
      throw .malformed(path: path, message: "not an Anki package (no collection.anki2 inside)")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "recall-import-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let collection = folder.appendingPathComponent(name)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      guard let entry = archive[name] else { throw InteropError.malformed(path: path, message: "") }
      _ = try archive.extract(entry, to: collection)
    } catch {
      throw .malformed(path: path, message: "cannot unpack \(name): \(error)")
    }
    if name == "collection.anki21b" {
      let compressed: Data
      do { compressed = try Data(contentsOf: collection) } catch {
        throw .io(path: path, message: "cannot read the unpacked \(name)")
      }
      let database = try Zstandard.decompress(compressed, path: path)
      do { try database.write(to: collection) } catch {
        throw .io(path: path, message: "cannot write the decompressed \(name) to a temporary file")
      }
    }
    let fileName = (path as NSString).lastPathComponent
    do {
      return try read(collection: collection.path, fileName: fileName)
    } catch .database(_, let message) {
      throw .database(path: path, message: message)
    }
  }

  /// Reads an unpacked collection file.
  static func read(collection: String, fileName: String) throws(InteropError) -> ImportedDeck {
    let database = try SQLiteDatabase(path: collection)
    guard try database.hasTable("col"), try database.hasTable("notes"),
      try database.hasTable("cards")
    else {
      throw .database(path: collection, message: "no col, notes or cards table")
    }
    guard let row = try database.rows("SELECT models, decks FROM col").first,
      let modelsText = row[0].text, let decksText = row[1].text
    else { throw .database(path: collection, message: "the col table is empty") }
    let newerSchema = try database.hasTable("notetypes")
    let models =
      newerSchema
      ? try AnkiNoteType.read(from: database) : try AnkiNoteType.parse(modelsText, path: fileName)
    guard !models.isEmpty else {
      throw .unsupported(
        path: fileName,
        message:
          "the collection has no note types Recall can read; in Anki choose Export, Anki Deck Package, "
          + "and tick \"Support older Anki versions\"")
    }
    var deckNames = Self.deckNames(decksText)
    if newerSchema, try database.hasTable("decks") {
      for deck in try database.rows("SELECT id, name FROM decks") {
        guard let id = deck[0].integer, let name = deck[1].text else { continue }
        deckNames[id] = name.replacingOccurrences(of: "\u{1F}", with: "::")
      }
    }
    var cardsByNote: [Int64: [(ord: Int, deck: Int64)]] = [:]
    for card in try database.rows("SELECT nid, ord, did FROM cards ORDER BY nid, ord") {
      guard let note = card[0].integer, let ord = card[1].integer, let deck = card[2].integer
      else { continue }
      cardsByNote[note, default: []].append((Int(ord), deck))
    }
    let usedDecks = Set(cardsByNote.values.flatMap { $0.map(\.deck) })
    let title = Self.title(usedDecks.compactMap { deckNames[$0] }, fileName: fileName)
    var converter = NoteConverter(
      deck: ImportedDeck(title: title, sourceTitle: "Anki package \(fileName)"))
    var unknownTypes: [String: Int] = [:]
    for note in try database.rows("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id") {
      guard let noteID = note[0].integer, let guid = note[1].text, let modelID = note[2].integer
      else { continue }
      converter.deck.notes += 1
      let tags = (note[3].text ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
      let fields = (note[4].text ?? "").components(separatedBy: "\u{1F}")
      let cards = cardsByNote[noteID] ?? []
      let section = cards.first.flatMap { deckNames[$0.deck] } ?? title
      let id = ImportedID.from(guid: guid)
      guard let model = models[modelID] else {
        unknownTypes["a note type missing from the package", default: 0] += 1
        converter.basic(
          id: id, question: fields.first ?? "", answer: fields.dropFirst().first ?? "",
          extra: Array(fields.dropFirst(2)), tags: tags, section: section)
        continue
      }
      switch model.shape {
      case .cloze(let field):
        converter.cloze(
          id: id, text: fields[safe: field] ?? "",
          extra: fields.indices.filter { $0 != field }.compactMap { fields[safe: $0] }, tags: tags,
          section: section, ordinals: cards.isEmpty ? nil : cards.map(\.ord))
      case .basic(let templates):
        for card in cards.isEmpty ? [(ord: 0, deck: 0)] : cards {
          guard let template = templates[safe: card.ord] else { continue }
          let extra = fields.indices.filter { $0 != template.question && $0 != template.answer }
          converter.basic(
            id: card.ord == 0 ? id : "\(id)-card\(card.ord + 1)",
            question: fields[safe: template.question] ?? "",
            answer: fields[safe: template.answer] ?? "",
            extra: extra.compactMap { fields[safe: $0] }, tags: tags,
            section: cards.isEmpty ? section : deckNames[card.deck] ?? section)
        }
      case .other:
        unknownTypes["note type \"\(model.name)\"", default: 0] += 1
        converter.basic(
          id: id, question: fields.first ?? "", answer: fields.dropFirst().first ?? "",
          extra: Array(fields.dropFirst(2)), tags: tags, section: section)
      }
    }
    var deck = converter.finish()
    for (what, count) in unknownTypes.sorted(by: { $0.key < $1.key }) {
      deck.warnings.append(
        "\(plural(count, "note")) of \(what): first field asked, second field as the answer"
      )
    }
    return deck
  }

  /// Deck names by id, from the `decks` JSON of the `col` table.
  static func deckNames(_ json: String) -> [Int64: String] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    else { return [:] }
    var names: [Int64: String] = [:]
    for (key, value) in object {
      guard let deck = value as? [String: Any], let name = deck["name"] as? String,
        let id = Int64(key)
      else { continue }
      names[id] = name.replacingOccurrences(of: "\u{1F}", with: "::")
    }
    return names
  }

  /// The deck title: the one deck used, else the deepest common parent, else the file name.
  static func title(_ names: [String], fileName: String) -> String {
    let paths = names.map { $0.components(separatedBy: "::") }
    guard var common = paths.first else {
      return (fileName as NSString).deletingPathExtension
    }
    for path in paths.dropFirst() {
      common = Array(zip(common, path).prefix { $0 == $1 }.map(\.0))
    }
    let title = common.joined(separator: "::")
    return title.isEmpty || title == "Default"
      ? (fileName as NSString).deletingPathExtension : title
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
