extension CardGenerator {
  /// What one worker thread of `generate` writes to or copies for itself: the marks of the question at hand,
  /// and its own copy of every entity's name and accepted texts.
  ///
  /// The copies are for speed alone. Every card holds names and texts, and holding a string retains it: when
  /// both cores retain the same strings, each retain pulls the string's memory across from the other core.
  /// With its own copies (a few thousand small allocations) a worker retains only strings it alone touches.
  final class Workspace {
    let marks: Marks
    /// Display names, by entity index.
    let names: [String]
    /// The name and aliases, by entity index (empty for lint).
    let accepted: [[String]]
    /// Whether the cards are for `DeckLinter` alone, which reads no accepted texts, options or list items of
    /// a generated card: those are left empty (a typed key still names its entities).
    /// For lint, choice options are not shuffled and reverse cards carry no explanation either.
    let forLint: Bool
    /// Whether typed keys name their entities (lint only reads them when some entity could be reported).
    let namesEntities: Bool

    init(model: Model, forLint: Bool, namesEntities: Bool) {
      marks = Marks(count: model.ids.count)
      names = model.names.map(Self.copy)
      accepted = forLint ? [] : model.accepted.map { $0.map(Self.copy) }
      self.forLint = forLint
      self.namesEntities = namesEntities || !forLint
    }

    /// The same text in storage of its own.
    private static func copy(_ text: String) -> String {
      var text = text
      text.makeContiguousUTF8()
      return text.utf8.withContiguousStorageIfAvailable { bytes in
        String(unsafeUninitializedCapacity: bytes.count) { out in
          _ = out.initialize(from: bytes)
          return bytes.count
        }
      } ?? text
    }

    /// The options of a choice or select card: the display names of `entities`.
    func options(_ entities: [Int32]) -> [String] {
      forLint ? [] : entities.map { names[Int($0)] }
    }

    /// The items of a list card: the accepted texts of each entity.
    func listItems(_ entities: [Int32]) -> [[String]] {
      forLint ? [] : entities.map { accepted[Int($0)] }
    }

    /// The accepted texts of `entities`, one entity after the other.
    func accepted(of entities: [Int32]) -> [String] {
      guard !forLint else { return [] }
      var texts: [String] = []
      texts.reserveCapacity(entities.reduce(0) { $0 + accepted[Int($1)].count })
      for entity in entities { texts += accepted[Int(entity)] }
      return texts
    }

    /// "a, b and c" of the names of `entities`.
    func listOfNames(_ entities: [Int32]) -> String {
      names.withUnsafeBufferPointer { names in
        TemplateText.list(names, count: entities.count) { Int(entities[$0]) }
      }
    }

    /// "a, b and c" of the names of `options[positions]`.
    func listOfNames(_ options: [Int32], at positions: [Int]) -> String {
      names.withUnsafeBufferPointer { names in
        TemplateText.list(names, count: positions.count) { Int(options[positions[$0]]) }
      }
    }
  }
}
