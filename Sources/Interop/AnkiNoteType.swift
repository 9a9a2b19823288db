import Foundation

/// What Recall needs of an Anki note type (a "model" in the legacy `col.models` JSON): its name and which
/// field each card template asks and answers.
struct AnkiNoteType: Sendable, Hashable {
  /// Which field a template asks (front) and which it answers with (back).
  struct Template: Sendable, Hashable {
    var question: Int
    var answer: Int
  }

  /// How the note type's cards read.
  enum Shape: Sendable, Hashable {
    /// Each template asks one field and answers with another (Basic, reversed, optional reversed, type-in).
    case basic([Template])
    /// A cloze note type; the field holding the `{{c1::…}}` text.
    case cloze(field: Int)
    /// Anything else.
    case other
  }

  var name: String
  var shape: Shape

  /// The note types of a `col.models` JSON text, by id.
  static func parse(_ json: String, path: String) throws(InteropError) -> [Int64: AnkiNoteType] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    else { throw .malformed(path: path, message: "the note types (col.models) are not JSON") }
    var types: [Int64: AnkiNoteType] = [:]
    for (key, value) in object {
      guard let model = value as? [String: Any], let id = Int64(key) else { continue }
      let fieldList = (model["flds"] as? [[String: Any]] ?? []).sorted {
        ($0["ord"] as? Int ?? 0) < ($1["ord"] as? Int ?? 0)
      }
      let fields = fieldList.compactMap { $0["name"] as? String }
      let templates = (model["tmpls"] as? [[String: Any]] ?? []).sorted {
        ($0["ord"] as? Int ?? 0) < ($1["ord"] as? Int ?? 0)
      }
      let name = model["name"] as? String ?? "unnamed"
      let formats = templates.map {
        (question: $0["qfmt"] as? String ?? "", answer: $0["afmt"] as? String ?? "")
      }
      types[id] = AnkiNoteType(
        name: name,
        shape: shape(type: model["type"] as? Int ?? 0, fields: fields, templates: formats))
    }
    return types
  }

  /// The note types of a collection in Anki's newer schema (18): the `notetypes`, `fields` and `templates`
  /// tables, whose settings are protobuf (note type kind: field 1, 1 = cloze; template question and answer
  /// formats: fields 1 and 2).
  static func read(from database: SQLiteDatabase) throws(InteropError) -> [Int64: AnkiNoteType] {
    var fields: [Int64: [String]] = [:]
    for row in try database.rows("SELECT ntid, name FROM fields ORDER BY ntid, ord") {
      if let id = row[0].integer, let name = row[1].text { fields[id, default: []].append(name) }
    }
    var templates: [Int64: [(question: String, answer: String)]] = [:]
    for row in try database.rows("SELECT ntid, config FROM templates ORDER BY ntid, ord") {
      guard let id = row[0].integer, case .blob(let config) = row[1] else { continue }
      let message = ProtobufFields(config)
      templates[id, default: []].append((message.text(1) ?? "", message.text(2) ?? ""))
    }
    var types: [Int64: AnkiNoteType] = [:]
    for row in try database.rows("SELECT id, name, config FROM notetypes") {
      guard let id = row[0].integer else { continue }
      let kind: UInt64
      if case .blob(let config) = row[2] {
        kind = ProtobufFields(config).integers[1] ?? 0
      } else {
        kind = 0
      }
      types[id] = AnkiNoteType(
        name: row[1].text ?? "unnamed",
        shape: shape(type: Int(kind), fields: fields[id] ?? [], templates: templates[id] ?? []))
    }
    return types
  }

  private static func shape(
    type: Int, fields: [String], templates: [(question: String, answer: String)]
  ) -> Shape {
    let index = Dictionary(
      fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    if type == 1 {
      let question = templates.first?.question ?? ""
      let cloze = references(question, keepingFilter: "cloze").first
      return .cloze(field: cloze.flatMap { index[$0] } ?? 0)
    }
    var shaped: [Template] = []
    for template in templates {
      let asked = references(template.question).compactMap { index[$0] }
      let shown = references(template.answer).compactMap { index[$0] }
        .filter { !asked.contains($0) }
      guard Set(asked).count == 1, let question = asked.first, let answer = shown.first else {
        return .other
      }
      shaped.append(Template(question: question, answer: answer))
    }
    return shaped.isEmpty ? .other : .basic(shaped)
  }

  /// The field names a template shows: `{{Name}}` and `{{filter:Name}}`, without conditionals, special
  /// fields and type-in boxes; with `keepingFilter`, only references through that filter.
  static func references(_ template: String, keepingFilter: String? = nil) -> [String] {
    let special: Set<String> = ["FrontSide", "Tags", "Deck", "Subdeck", "Card", "CardFlag", "Type"]
    var names: [String] = []
    var rest = template[...]
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      let inside = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
      rest = rest[close.upperBound...]
      guard let first = inside.first, !"#^/!".contains(first) else { continue }
      let parts = inside.components(separatedBy: ":")
      let filters = parts.dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
      if let keepingFilter, !filters.contains(keepingFilter) { continue }
      if keepingFilter == nil, filters.contains("type") { continue }
      let name = parts.last?.trimmingCharacters(in: .whitespaces) ?? ""
      if !name.isEmpty, !special.contains(name) { names.append(name) }
    }
    return names
  }
}
