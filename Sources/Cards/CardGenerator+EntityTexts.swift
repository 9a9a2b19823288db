import Knowledge

extension CardGenerator {
  /// What the generator needs of each entity's texts, by entity index: name, accepted texts, whether one can
  /// be typed, and the normalised texts (for leaks and for texts two entities share).
  struct EntityTexts: Sendable {
    var names: [String] = []
    var accepted: [[String]] = []
    var isTypeable: [Bool] = []
    /// The definition, if the entity has one.
    var definitions: [String?] = []
    /// Whether some accepted text is its class's name or plural ("the Moon" of the class "moon").
    var isNamesake: [Bool] = []
    var leakTexts: LeakTexts
    var textIDs: [[Int32]]
    var neighbours: [[Int32]]

    /// The texts of the declared entities: `declaration[i]` is the position in `deck.entities` of entity
    /// `i` (the last declaration of its id).
    init(deck: Deck, declaration: [Int]) {
      var texts: [[String]] = []
      names.reserveCapacity(declaration.count)
      accepted.reserveCapacity(declaration.count)
      isTypeable.reserveCapacity(declaration.count)
      texts.reserveCapacity(declaration.count)
      var classNames: [String: [String]] = [:]
      for entityClass in deck.classes {
        classNames[entityClass.id] = [entityClass.name, entityClass.plural].map(
          AnswerText.normalize)
      }
      for position in declaration {
        let entity = deck.entities[position]
        let all = entity.acceptedTexts
        names.append(entity.name)
        accepted.append(all)
        isTypeable.append(all.contains(where: Self.isShort))
        definitions.append(entity.definition)
        // Each distinct normal form once, in order (a handful per entity: a list beats a set).
        var normal: [String] = []
        for text in all.lazy.map(AnswerText.normalize) where !normal.contains(text) {
          normal.append(text)
        }
        texts.append(normal)
        let ownClass = classNames[entity.classID] ?? []
        isNamesake.append(normal.contains(where: ownClass.contains))
      }
      leakTexts = LeakTexts(texts: texts)
      (textIDs, neighbours) = Self.sharedTexts(texts)
    }

    /// Adds entities with no texts, named by their ids.
    mutating func appendUndeclared(_ ids: ArraySlice<String>) {
      names += ids
      accepted += repeatElement([], count: ids.count)
      isTypeable += repeatElement(false, count: ids.count)
      definitions += repeatElement(nil, count: ids.count)
      isNamesake += repeatElement(false, count: ids.count)
      leakTexts.appendEmpty(count: ids.count)
      textIDs += repeatElement([], count: ids.count)
      neighbours += repeatElement([], count: ids.count)
    }

    /// At most 40 characters and four words: short enough to type.
    static func isShort(_ text: String) -> Bool {
      // ASCII text without carriage returns: one character per byte, words split at ASCII white space.
      if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) {
        guard text.utf8.count <= 40 else { return false }
        var words = 0
        var inWord = false
        for byte in text.utf8 {
          let isSpace = byte == 32 || (9...13).contains(byte)
          if !isSpace, !inWord { words += 1 }
          inWord = !isSpace
        }
        return words <= 4
      }
      return text.count <= 40 && text.split(whereSeparator: \.isWhitespace).count <= 4
    }

    /// Each entity's normalised texts as ids (sorted), and the other entities with a text in common.
    private static func sharedTexts(_ texts: [[String]]) -> (ids: [[Int32]], neighbours: [[Int32]])
    {
      var textIDs: [String: Int32] = [:]
      var owners: [[Int32]] = []
      var ids = [[Int32]](repeating: [], count: texts.count)
      for (index, entityTexts) in texts.enumerated() {
        for text in entityTexts {
          let id: Int32
          if let known = textIDs[text] {
            id = known
          } else {
            id = Int32(owners.count)
            textIDs[text] = id
            owners.append([])
          }
          owners[Int(id)].append(Int32(index))
          ids[index].append(id)
        }
        ids[index].sort()
      }
      var neighbours = [[Int32]](repeating: [], count: texts.count)
      for sharing in owners where sharing.count > 1 {
        for owner in sharing {
          neighbours[Int(owner)] += sharing.filter { $0 != owner }
        }
      }
      for index in neighbours.indices where neighbours[index].count > 1 {
        neighbours[index] = Array(Set(neighbours[index])).sorted()
      }
      return (ids, neighbours)
    }
  }
}
