import Knowledge

/// Every entity name and alias of a deck in normal form, to recognise when a learner typed another entity.
public struct Lexicon: Sendable {
  private var entitiesByText: [String: Set<String>] = [:]
  private var names: [String: String] = [:]
  private var textsByEntity: [String: [String]] = [:]

  /// Indexes the names and aliases of every entity in `deck`.
  public init(deck: Deck) {
    for entity in deck.entities {
      names[entity.id] = entity.name
      textsByEntity[entity.id] = entity.acceptedTexts
      for text in entity.acceptedTexts {
        entitiesByText[AnswerText.normalize(text), default: []].insert(entity.id)
      }
    }
  }

  /// An empty lexicon (hand-made decks without entities, tests).
  public init() {}

  /// The entities whose name or an alias normalises to `normalized`.
  public func entities(named normalized: String) -> Set<String> {
    entitiesByText[normalized] ?? []
  }

  /// The display name of an entity.
  public func name(of id: String) -> String? { names[id] }

  /// The name and aliases of an entity, name first.
  func texts(of id: String) -> [String] { textsByEntity[id] ?? [] }

  /// Every entity id with its name and aliases.
  var allTexts: [String: [String]] { textsByEntity }
}
