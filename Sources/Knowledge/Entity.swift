/// A thing the deck talks about: a disease, a drug, a body site.
public struct Entity: Sendable, Hashable {
  /// The entity id.
  public var id: String
  /// The id of its class.
  public var classID: String
  /// The display name, as it reads inside a sentence.
  public var name: String
  /// Other texts a learner may type for it (abbreviations, spellings, plurals).
  public var aliases: [String]
  /// A short noun phrase describing it, if the author gave one.
  public var definition: String?
  /// Entities that are not mutually exclusive with this one (both directions already merged).
  public var overlaps: Set<String>
  /// Where the entity is declared.
  public var location: SourceLocation

  /// The name followed by every alias.
  public var acceptedTexts: [String] { [name] + aliases }
}
