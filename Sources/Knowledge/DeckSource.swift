/// The work a deck was written from.
public struct DeckSource: Sendable, Hashable {
  /// Its title.
  public var title: String
  /// The section headings facts may cite.
  public var sections: [String]
}
